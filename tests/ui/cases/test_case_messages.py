"""The customer message in the case dialog: the merchant's own templates, broken ones, other languages."""

from __future__ import annotations

import json

import pytest

from tpop_desktop.core.cases import CaseStep
from case_helpers import case_dialogs, confirm_new_case, show_order

NEIGHBOURS = "not_received.check_neighbours_post_office"


def write_templates(profile, language: str, content: object) -> None:
    profile.templates_dir.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    (profile.templates_dir / f"{language}.json").write_text(text, encoding="utf-8")


def own_template(body: str) -> dict:
    return {"language": "de", "templates": {NEIGHBOURS: {"subject": "Paket {tracking_number}", "body": [body]}}}


@pytest.fixture
def neighbours_message(qtbot, start_app, delivered):
    """The dialog's message panel showing the neighbours/post office message for a German customer."""
    window = start_app().window
    show_order(qtbot, window, delivered.reference)
    window.detail.case_actions.buttons["start-case-not_received"].click()
    confirm_new_case(qtbot, window)
    qtbot.waitUntil(lambda: len(case_dialogs(window)) == 1)
    dialog = case_dialogs(window)[0]
    dialog.step_boxes[CaseStep.CHECK_TRACKING].click()
    assert dialog.message_panel.template_id == NEIGHBOURS
    return dialog.message_panel


def test_the_merchants_own_template_is_used_and_edits_show_at_once(qtbot, profile, delivered,
                                                                   neighbours_message, qapp):
    panel = neighbours_message
    assert panel.body_field.toPlainText().startswith("Guten Tag")  # no own file yet: the default

    write_templates(profile, "de", own_template("Moin {customer_name}, frag bitte beim Nachbarn nach."))
    panel.copy_button.click()
    assert qapp.clipboard().text() == f"Moin {delivered.customer.name}, frag bitte beim Nachbarn nach."
    assert panel.subject_field.text() == f"Paket {delivered.latest_shipment.tracking_number}"
    assert not panel.warning_label.isVisibleTo(panel)

    write_templates(profile, "de", own_template("Servus {customer_name}, die Post hat es: {tracking_number}."))
    panel.copy_button.click()
    assert qapp.clipboard().text() == (f"Servus {delivered.customer.name}, die Post hat es: "
                                       f"{delivered.latest_shipment.tracking_number}.")


@pytest.mark.parametrize(("content", "expected"), [
    ('{"language": "de", "templates": {', "is not valid JSON"),
    (own_template("Hallo {vorname}"), "unknown placeholder {vorname}"),
], ids=["broken-file", "broken-template"])
def test_a_broken_template_falls_back_to_the_default_and_says_why(qtbot, profile, neighbours_message,
                                                                   content, expected):
    panel = neighbours_message
    write_templates(profile, "de", content)
    panel.refresh()
    assert panel.warning_label.isVisibleTo(panel)
    warning = panel.warning_label.text()
    assert expected in warning and str(profile.templates_dir / "de.json") in warning
    assert "default" in warning
    assert panel.body_field.toPlainText().startswith("Guten Tag")  # the merchant can still answer
    assert panel.copy_button.isEnabled()


def test_the_language_defaults_to_the_customers_and_can_be_switched(neighbours_message, delivered):
    panel = neighbours_message
    assert panel.language_combo.currentData() == "de"
    panel.set_language("fr")
    assert panel.body_field.toPlainText().startswith(f"Bonjour {delivered.customer.name}")
    panel.set_language("en")
    assert panel.body_field.toPlainText().startswith(f"Hello {delivered.customer.name}")


def test_edit_templates_copies_the_defaults_into_the_profile_and_keeps_edits(start_app, profile, opened_urls):
    controller = start_app()
    mine = profile.templates_dir / "fr.json"
    profile.templates_dir.mkdir(parents=True, exist_ok=True)
    mine.write_text('{"language": "fr", "templates": {}}', encoding="utf-8")

    controller.window.actions.edit_templates.trigger()  # menu Cases > Edit message templates…
    folder = profile.templates_dir

    assert folder == profile.templates_dir
    assert {p.name for p in folder.glob("*.json")} >= {"en.json", "de.json", "nl.json", "es.json", "it.json"}
    assert mine.read_text(encoding="utf-8") == '{"language": "fr", "templates": {}}'  # the merchant's own kept
    assert opened_urls.urls == [folder.as_uri()]
