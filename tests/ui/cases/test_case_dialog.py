"""A "delivered but not received" case walked in the real app on the sandbox, then found after a restart."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from tpop_desktop.core.cases import CaseKind, CaseStep, Decision, kinds_for, reship_block
from tpop_desktop.core.messages import TemplateId, mailto_url
from tpop_desktop.core.models import Status
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.ui.cases.dialog import CaseDialog
from case_helpers import case_dialogs, cases_binder, confirm_new_case, show_order


def click(qtbot: QtBot, widget: QPushButton | QCheckBox) -> None:
    assert widget.isEnabled(), widget.text()
    widget.click()  # what a mouse click does, wherever the widget is scrolled


def open_not_received_case(qtbot, window, order) -> CaseDialog:
    show_order(qtbot, window, order.reference)
    click(qtbot, window.detail.case_actions.buttons["start-case-not_received"])
    confirm_new_case(qtbot, window)
    qtbot.waitUntil(lambda: len(case_dialogs(window)) == 1)
    return case_dialogs(window)[0]


def test_walking_a_case_to_a_reship_at_my_cost(qtbot, start_app, delivered, sandbox, opened_urls, qapp):
    controller = start_app()
    window = controller.window
    dialog = open_not_received_case(qtbot, window, delivered)
    shipment = delivered.latest_shipment

    # what the carrier says, and TPOP's rule
    assert "Delivered on" in dialog.tracking_summary and shipment.carrier in dialog.tracking_summary
    assert dialog.rule_label.text().startswith("The carrier's tracking is authoritative")
    assert dialog.tracking_links[0].kind == "carrier"
    click(qtbot, dialog.link_buttons[0])
    assert opened_urls.urls[-1] == dialog.tracking_links[0].url

    # step 1 has nothing to send; ticking it brings the neighbours/post office message, in German
    assert dialog.message_panel.empty_label.isVisibleTo(dialog)
    click(qtbot, dialog.step_boxes[CaseStep.CHECK_TRACKING])
    panel = dialog.message_panel
    assert panel.template_id == TemplateId.NOT_RECEIVED_CHECK_NEIGHBOURS_POST_OFFICE
    assert panel.language == "de"
    assert dialog.step_boxes[CaseStep.CHECK_TRACKING].isChecked()
    assert dialog.step_boxes[CaseStep.CHECK_TRACKING].isChecked()

    click(qtbot, panel.copy_button)
    copied = qapp.clipboard().text()
    assert delivered.customer.name in copied and shipment.tracking_number in copied
    assert copied.startswith("Guten Tag")  # the customer writes German

    click(qtbot, panel.mail_button)
    recorded = opened_urls.urls[-1]
    subject, body = panel.rendered.subject, panel.rendered.body
    assert recorded == mailto_url(delivered.customer.email, subject, body)
    assert QUrl(recorded, QUrl.ParsingMode.StrictMode).toString(QUrl.ComponentFormattingOption.FullyEncoded) == recorded
    assert f"subject={quote(subject, safe='')}" in recorded
    assert parse_qs(urlsplit(recorded).query)["subject"] == [subject]

    click(qtbot, dialog.step_boxes[CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE])
    assert [panel.template_combo.itemData(i) for i in range(panel.template_combo.count())] == [
        TemplateId.NOT_RECEIVED_REFUSAL, TemplateId.NOT_RECEIVED_RESHIP]

    # reship: the dashboard's manual-order page opens with the details on the clipboard
    click(qtbot, dialog.decision_buttons[Decision.RESHIP_AT_MY_COST])
    assert opened_urls.urls[-1] == MANUAL_ORDER_URL
    assert qapp.clipboard().text() == reship_block(delivered)
    assert not dialog.case.closed  # nothing is decided before the order exists
    reship = dialog.reship_panel
    assert not reship.place_button.isEnabled()  # the street address is still missing
    reship.address_field.setPlainText("Lindenstraße 12\n3. OG")
    click(qtbot, reship.place_button)
    box = reship.confirm_box
    assert box is not None and box.isVisible()
    assert "CHARGED TO YOU" in box.text()
    assert "Lindenstraße 12" in box.informativeText() and delivered.items[0].title in box.informativeText()
    assert sandbox.manual_orders == []  # nothing is placed before the merchant confirms
    click(qtbot, reship.confirm_button)

    qtbot.waitUntil(lambda: dialog.case.closed, timeout=10000)
    [placed] = sandbox.manual_orders
    assert placed.items == delivered.items and placed.customer == delivered.customer
    assert placed.destination == delivered.destination
    assert dialog.case.decision is Decision.RESHIP_AT_MY_COST
    assert placed.reference in reship.status_label.text()
    assert panel.template_id == TemplateId.NOT_RECEIVED_RESHIP  # the message that goes with the decision
    cases = controller.session.database.cases()
    try:
        assert cases.manual_order(dialog.case.id) == placed.reference
    finally:
        cases.close()
    lines = window.detail.timeline_view.lines
    assert any("Case decided: reshipped at your cost" in line for line in lines)
    assert any(f"Manual order {placed.reference} placed" in line for line in lines)

    # a restart on the same profile: the decision is in the timeline, the case in the list
    controller.close_session()
    restarted = start_app()
    show_order(qtbot, restarted.window, delivered.reference)
    lines = restarted.window.detail.timeline_view.lines
    for expected in ("Case opened: Delivered, but the customer never got it",
                     "Case step done: Check what the carrier's tracking says",
                     "opened in the mail app", "copied",
                     "Case decided: reshipped at your cost", f"Manual order {placed.reference} placed"):
        assert any(expected in line for line in lines), expected
    assert "open-case-not_received" in restarted.window.detail.case_actions.buttons
    assert "start-case-not_received" not in restarted.window.detail.case_actions.buttons

    restarted.window.actions.open_cases.trigger()  # menu Cases > Open cases…
    listing = cases_binder(restarted).list_dialog
    assert listing.isVisible() and not any(delivered.reference in line for line in listing.lines())
    listing.show_closed.setChecked(True)
    [line] = [line for line in listing.lines() if delivered.reference in line]
    assert "reshipped at your cost" in line


def test_refusing_closes_the_case_and_reopening_from_the_list_continues_it(qtbot, start_app, delivered):
    controller = start_app()
    window = controller.window
    dialog = open_not_received_case(qtbot, window, delivered)
    click(qtbot, dialog.decision_buttons[Decision.REFUSED])
    assert dialog.case.closed and dialog.case.decision is Decision.REFUSED
    assert dialog.message_panel.template_id == TemplateId.NOT_RECEIVED_REFUSAL
    assert all(not button.isEnabled() for button in dialog.decision_buttons.values())

    listing = cases_binder(controller).open_case_list()
    listing.show_closed.setChecked(True)
    assert listing.select_case(dialog.case.id)
    click(qtbot, listing.reopen_button)
    assert not dialog.case.closed and dialog.isVisible()
    assert dialog.decision_buttons[Decision.REFUSED].isEnabled()
    assert any(delivered.reference in line and "next:" in line for line in listing.lines())
    assert any("Case reopened" in line for line in window.detail.timeline_view.lines)


def test_a_failed_manual_order_leaves_the_case_open_and_says_to_check(qtbot, start_app, delivered, sandbox,
                                                                    opened_urls):
    window = start_app().window
    dialog = open_not_received_case(qtbot, window, delivered)
    sandbox.stop()  # TPOP unreachable
    click(qtbot, dialog.decision_buttons[Decision.RESHIP_AT_MY_COST])
    dialog.reship_panel.address_field.setPlainText("Lindenstraße 12")
    click(qtbot, dialog.reship_panel.place_button)
    click(qtbot, dialog.reship_panel.confirm_button)
    status = dialog.reship_panel.status_label
    qtbot.waitUntil(lambda: "could not be confirmed" in status.text(), timeout=15000)
    assert "Check the TPOP dashboard" in status.text()
    assert not dialog.case.closed and dialog.reship_panel.place_button.isEnabled()


def test_no_tracking_update_uses_the_same_dialog_with_its_own_steps(qtbot, start_app, sandbox, utc_now):
    window = start_app().window
    silent = next(o for o in sandbox.orders() if CaseKind.NO_TRACKING_UPDATE in kinds_for(o, utc_now))
    show_order(qtbot, window, silent.reference)
    click(qtbot, window.detail.case_actions.buttons["start-case-no_tracking_update"])
    confirm_new_case(qtbot, window)
    qtbot.waitUntil(lambda: len(case_dialogs(window)) == 1)
    dialog = case_dialogs(window)[0]
    assert list(dialog.step_boxes) == [CaseStep.CHECK_TRACKING, CaseStep.CONTACT_SUPPORT,
                                       CaseStep.WAIT_FOR_CARRIER_VERDICT]
    assert "21 days" in dialog.rule_label.text()
    assert set(dialog.decision_buttons) == {Decision.FOUND, Decision.RESHIPPED_BY_TPOP, Decision.REFUNDED_BY_TPOP}
    click(qtbot, dialog.step_boxes[CaseStep.CHECK_TRACKING])
    assert dialog.message_panel.template_id == TemplateId.NO_UPDATE_WAITING
    assert silent.status is not Status.DELIVERED


def test_a_case_opens_only_when_confirmed_a_step_can_be_unticked_and_a_case_withdrawn(qtbot, start_app, delivered):
    controller = start_app()
    window = controller.window
    show_order(qtbot, window, delivered.reference)
    from PySide6.QtWidgets import QMessageBox

    # one click only asks; Cancel opens nothing
    click(qtbot, window.detail.case_actions.buttons["start-case-not_received"])
    box = cases_binder(controller).confirm_box
    assert box.isVisible() and delivered.reference in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert case_dialogs(window) == [] and controller.session.cases.cases_for(delivered.reference) == []

    dialog = open_not_received_case(qtbot, window, delivered)
    step = dialog.step_boxes[CaseStep.CHECK_TRACKING]
    click(qtbot, step)
    click(qtbot, step)  # ticked by mistake: unticked
    assert not step.isChecked() and CaseStep.CHECK_TRACKING not in dialog.case.steps_done
    lines = window.detail.timeline_view.lines
    assert any("Case step unticked: Check what the carrier's tracking says" in line for line in lines)

    click(qtbot, dialog.withdraw_button)
    confirm = dialog.withdraw_box
    next(button for button in confirm.buttons() if button.text() == "Withdraw the case").click()
    qtbot.waitUntil(lambda: case_dialogs(window) == [])
    assert controller.session.cases.cases_for(delivered.reference) == []
    assert not any("Case" in line for line in window.detail.timeline_view.lines)
    assert "start-case-not_received" in window.detail.case_actions.buttons  # it can be opened again
