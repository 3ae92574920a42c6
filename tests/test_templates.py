"""The template library: every default renders in every language; merchant copies override safely."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tpop_desktop.core.messages import (
    PLACEHOLDERS,
    SUPPORTED_LANGUAGES,
    TemplateId,
    fields_for,
    placeholders_in,
    render,
)
from tpop_desktop.core.models import Customer, Destination, Item, Order, Platform, Shipment, Shop, Status
from tpop_desktop.core.parcel import ParcelStatus, ParcelTracking, PickupPoint, TrackingServiceId
from tpop_desktop.templates import TemplateLibrary, TemplateSource

UTC = timezone.utc
SHIPPED = datetime(2027, 3, 1, 10, tzinfo=UTC)
LONG_CITY = "Sint-Pieters-Woluwe / Woluwe-Saint-Pierre (Résidence « Les Érables », bâtiment C)"
ORDER = Order(
    reference="TP-104233",
    shop=Shop("shop-1", "Lune & Soleil d'Été", Platform.WOOCOMMERCE),
    shop_order_number="#1042",
    created_at=SHIPPED - timedelta(days=4),
    updated_at=SHIPPED + timedelta(days=2),
    status=Status.DELIVERED,
    customer=Customer("Zoë O'Brien-Müller", "zoe@example.org", None),
    destination=Destination("BE", "1150", LONG_CITY),
    items=(Item("Sweat « Nuit étoilée »", "L / Bleu nuit", 1),),
    shipments=(Shipment("La Poste", "LB123456785FR", "", SHIPPED, SHIPPED + timedelta(days=2)),),
)
# The carrier's answer names a pickup point: with it, every placeholder has a value.
PICKUP = ParcelTracking(TrackingServiceId.LA_POSTE, "LB123456785FR", ParcelStatus.AVAILABLE_FOR_PICKUP,
                        pickup_point=PickupPoint("Bureau de poste Woluwe « Centre »", "BDP"))
EXPECTED_BY = datetime(2026, 12, 8, 23, 0, tzinfo=timezone.utc)  # the end of its lane's usual window
ALL_CASES = [(language, template_id.value) for language in SUPPORTED_LANGUAGES for template_id in TemplateId]


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(tmp_path / "templates")


def write_profile(library: TemplateLibrary, language: str, content: str | dict) -> Path:
    library.profile_dir.mkdir(parents=True, exist_ok=True)
    path = library.profile_path(language)
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


# --- the defaults ---------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "template_id"), ALL_CASES)
def test_every_default_renders_completely_with_real_order_data(library, language, template_id):
    loaded = library.get(template_id, language)
    assert (loaded.source, loaded.warning) == (TemplateSource.DEFAULT, None)
    fields = fields_for(ORDER, parcel=PICKUP, expected_by=EXPECTED_BY)
    assert all(fields[name] for name in PLACEHOLDERS)  # a Belgian order with a pickup point fills every field

    message = render(loaded.template, fields)

    text = message.subject + "\n" + message.body
    assert "{" not in text and "}" not in text
    assert message.subject.strip() and "\n" not in message.subject
    for name in set(placeholders_in(loaded.template.subject) + placeholders_in(loaded.template.body)):
        assert fields[name] in text, name
    assert "Zoë O'Brien-Müller" in message.body and "Lune & Soleil d'Été" in message.body
    assert "#1042" in message.subject


@pytest.mark.parametrize(("language", "template_id"), ALL_CASES)
def test_translations_use_the_same_placeholders_as_english(library, language, template_id):
    def used(lang: str) -> set[str]:
        template = library.get(template_id, lang).template
        return set(placeholders_in(template.subject) + placeholders_in(template.body))

    assert used(language) == used("en")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_delivered_messages_quote_the_tracking_and_the_destination_post(library, language):
    template = library.get("not_received.check_neighbours_post_office", language).template
    body = render(template, fields_for(ORDER)).body
    assert "LB123456785FR" in body and "https://www.laposte.fr/" in body and "bpost" in body


@pytest.mark.parametrize(("language", "template_id"), ALL_CASES)
def test_without_a_destination_post_only_its_line_drops_out(library, language, template_id):
    assert fields_for(replace(ORDER, destination=Destination("FR", "75011", "Paris")))["destination_link"] == ""
    template = library.get(template_id, language).template
    full = fields_for(ORDER)
    body_with = render(template, full).body
    body_without = render(template, {**full, "destination_post": "", "destination_link": ""}).body
    expected = [line for line in body_with.splitlines() if full["destination_link"] not in line]
    assert body_without.splitlines() == expected
    assert "bpost" not in body_without and "\n\n\n" not in body_without


def test_languages_are_the_six_supported(library):
    assert library.languages() == ["en", "fr", "de", "nl", "es", "it"]


# --- merchant copies -------------------------------------------------------------------------


def test_profile_override_changes_only_that_template(library):
    write_profile(library, "fr", {"language": "fr", "templates": {
        "not_received.refusal": {"subject": "Commande {shop_order_number}",
                                 "body": ["Coucou {customer_name} !", "{shop_name}"]},
    }})
    loaded = library.get("not_received.refusal", "fr")
    assert (loaded.source, loaded.warning) == (TemplateSource.PROFILE, None)
    assert render(loaded.template, fields_for(ORDER)).body == "Coucou Zoë O'Brien-Müller !\nLune & Soleil d'Été"
    other = library.get("not_received.reship", "fr")
    assert (other.source, other.warning) == (TemplateSource.DEFAULT, None)
    assert library.get("not_received.refusal", "de").source is TemplateSource.DEFAULT


def test_edits_on_disk_are_picked_up_without_restart(library):
    path = write_profile(library, "en", {"templates": {"returned.ask_address": {"subject": "A", "body": "one"}}})
    assert library.get("returned.ask_address", "en").template.body == "one"
    path.write_text(json.dumps({"templates": {"returned.ask_address": {"subject": "A", "body": "two, longer"}}}),
                    encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert library.get("returned.ask_address", "en").template.body == "two, longer"


BROKEN_FILES = {
    "invalid JSON": ('{"templates": {"not_received.refusal": {"subject": "x",}}', "not valid JSON (line 1"),
    "wrong shape": ('["subject", "body"]', "expected shape"),
    "templates not an object": ('{"templates": []}', "expected shape"),
    "wrong language": ('{"language": "en", "templates": {}}', "is named de.json"),
}


@pytest.mark.parametrize(("content", "problem"), list(BROKEN_FILES.values()), ids=list(BROKEN_FILES))
def test_broken_profile_file_falls_back_to_defaults_with_a_warning(library, content, problem):
    path = write_profile(library, "de", content)
    loaded = library.get("not_received.refusal", "de")
    assert loaded.source is TemplateSource.DEFAULT
    assert loaded.template.body.startswith("Guten Tag {customer_name},")
    assert loaded.warning is not None and str(path) in loaded.warning and problem in loaded.warning


BROKEN_TEMPLATES = {
    "unknown placeholder": ({"subject": "S", "body": "Hallo {vorname}"}, "unknown placeholder {vorname}"),
    "malformed braces": ({"subject": "S", "body": "Hallo {customer_name"}, "malformed braces"),
    "attribute access": ({"subject": "S", "body": "{customer_name.__class__}"}, "unknown placeholder"),
    "missing body": ({"subject": "S"}, "body"),
    "multi-line subject": ({"subject": "S\nBcc: x@example.org", "body": "b"}, "single line"),
}


@pytest.mark.parametrize(("entry", "problem"), list(BROKEN_TEMPLATES.values()), ids=list(BROKEN_TEMPLATES))
def test_broken_template_falls_back_alone_and_its_neighbours_still_apply(library, entry, problem):
    path = write_profile(library, "de", {"language": "de", "templates": {
        "not_received.refusal": entry,
        "not_received.reship": {"subject": "Ersatz {shop_order_number}", "body": "Wir schicken Ersatz."},
    }})
    broken = library.get("not_received.refusal", "de")
    assert broken.source is TemplateSource.DEFAULT
    assert broken.warning is not None
    assert str(path) in broken.warning and "not_received.refusal" in broken.warning and problem in broken.warning
    assert render(broken.template, fields_for(ORDER)).body.startswith("Guten Tag Zoë O'Brien-Müller,")
    fine = library.get("not_received.reship", "de")
    assert (fine.source, fine.warning, fine.template.body) == (TemplateSource.PROFILE, None, "Wir schicken Ersatz.")


def test_problems_lists_every_issue_including_unknown_ids(library):
    write_profile(library, "it", {"templates": {"returned.ask_address": {"subject": "S", "body": "{x}"},
                                                "returned.typo": {"subject": "S", "body": "b"}}})
    write_profile(library, "es", "not json")
    problems = library.problems()
    assert len(problems) == 3
    assert any("es.json" in problem and "not valid JSON" in problem for problem in problems)
    assert any("it.json" in problem and "returned.typo" in problem for problem in problems)


def test_unknown_language_or_template_is_a_key_error(library):
    with pytest.raises(KeyError):
        library.get("not_received.refusal", "pt")
    with pytest.raises(KeyError):
        library.get("not_received.apology", "en")


# --- export ------------------------------------------------------------------------------------


def test_export_defaults_writes_editable_copies_that_load_as_profile_templates(library):
    written = library.export_defaults()
    assert sorted(path.name for path in written) == sorted(f"{lang}.json" for lang in SUPPORTED_LANGUAGES)
    loaded = library.get("no_update.waiting", "nl")
    assert (loaded.source, loaded.warning) == (TemplateSource.PROFILE, None)
    assert library.problems() == []


def test_export_defaults_never_overwrites_the_merchants_copy(library):
    mine = write_profile(library, "fr", '{"templates": {}, "note": "mes textes"}')
    written = library.export_defaults()
    assert mine not in written and len(written) == len(SUPPORTED_LANGUAGES) - 1
    assert json.loads(mine.read_text(encoding="utf-8"))["note"] == "mes textes"
    assert library.export_defaults() == []


def test_export_defaults_to_another_folder(library, tmp_path):
    target = tmp_path / "elsewhere" / "nested"
    assert len(library.export_defaults(target)) == len(SUPPORTED_LANGUAGES)
    assert json.loads((target / "de.json").read_text(encoding="utf-8"))["language"] == "de"
    assert not library.profile_dir.exists()
