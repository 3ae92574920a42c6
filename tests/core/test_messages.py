"""Customer messages: placeholders, the missing-data rule, order fields, language, mailto."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tpop_desktop.core.cases import CaseKind
from tpop_desktop.core.messages import (
    ESTIMATE_TEMPLATE,
    PLACEHOLDERS,
    TEMPLATES_BY_ADVICE,
    MessageTemplate,
    RenderedMessage,
    TemplateError,
    TemplateId,
    fields_for,
    language_for,
    mailto_url,
    placeholders_in,
    render,
    template_from_data,
    templates_for,
)
from tpop_desktop.core.models import Customer, Destination, Order, Platform, Shipment, Shop, Status
from tpop_desktop.core.text import LINE_LIMIT

UTC = timezone.utc
SHIPPED = datetime(2027, 3, 1, 10, tzinfo=UTC)
DELIVERED = datetime(2027, 3, 3, 23, 30, tzinfo=UTC)


def order(*, country: str = "BE", language: str | None = "fr", shipments: tuple[Shipment, ...] | None = None,
          **changes) -> Order:
    if shipments is None:
        shipments = (Shipment("La Poste", "LB 1234 5678 5FR", "", SHIPPED, DELIVERED),)
    base = Order(
        reference="TP-104233",
        shop=Shop("shop-1", "Lune & Soleil", Platform.SHOPIFY),
        shop_order_number="#1042",
        created_at=SHIPPED - timedelta(days=5),
        updated_at=DELIVERED,
        status=Status.DELIVERED,
        customer=Customer("Zoë O'Brien-Müller", "zoe@example.org", language),
        destination=Destination(country, "1150", "Woluwe-Saint-Pierre"),
        shipments=shipments,
    )
    return replace(base, **changes)


def all_fields(**changes: str) -> dict[str, str]:
    fields = {name: f"<{name}>" for name in PLACEHOLDERS}
    fields.update(changes)
    return fields


def template(body: str, subject: str = "Order {shop_order_number}") -> MessageTemplate:
    return MessageTemplate("test", "en", subject, body)


# --- placeholders ------------------------------------------------------------------------

INVALID_TEMPLATES = {
    "unknown name": "Hello {first_name}",
    "attribute access": "Hello {customer_name.upper}",
    "index access": "Hello {customer_name[0]}",
    "positional": "Hello {}",
    "numbered": "Hello {0}",
    "conversion": "Hello {customer_name!r}",
    "format spec": "Hello {customer_name:>30}",
    "single open brace": "Hello {customer_name",
    "single close brace": "Hello customer_name}",
    "nested braces": "Hello {customer_{name}}",
    "dunder": "{__class__}",
}


@pytest.mark.parametrize("body", list(INVALID_TEMPLATES.values()), ids=list(INVALID_TEMPLATES))
def test_invalid_templates_are_refused(body):
    with pytest.raises(TemplateError):
        render(template(body), all_fields())


def test_placeholders_are_listed_in_order_and_doubled_braces_are_literal():
    assert placeholders_in("{carrier}: {tracking_number} {{not a field}}") == ("carrier", "tracking_number")
    assert render(template("{{literal}} {carrier}"), all_fields()).body == "{literal} <carrier>"


def test_missing_field_is_an_error_not_a_blank():
    fields = all_fields()
    del fields["tracking_number"]
    with pytest.raises(TemplateError, match="tracking_number"):
        render(template("Number: {tracking_number}"), fields)


def test_values_are_inserted_literally_never_interpreted():
    fields = all_fields(customer_name="{shop_name} {0.__class__} 100% & <b>")
    assert render(template("Hello {customer_name}"), fields).body == "Hello {shop_name} {0.__class__} 100% & <b>"


def test_multi_line_subject_is_refused_and_values_cannot_break_it():
    with pytest.raises(TemplateError, match="single line"):
        render(template("x", subject="Order\nBcc: someone@example.org"), all_fields())
    rendered = render(template("x", subject="Order {shop_order_number}"),
                      all_fields(shop_order_number="#1\r\nBcc: x@example.org"))
    assert rendered.subject == "Order #1 Bcc: x@example.org"


# --- the missing-data rule -------------------------------------------------------------------

BODY = """Hello {customer_name},

Tracking number: {tracking_number}
Tracking ({carrier}): {carrier_link}
On the {destination_post} website: {destination_link}

Delivered on {delivery_date}.

Kind regards,
{shop_name}"""


def test_lines_about_missing_data_are_left_out():
    fields = all_fields(destination_post="", destination_link="")
    body = render(template(BODY), fields).body
    assert "website" not in body
    assert body.splitlines()[2:5] == ["Tracking number: <tracking_number>",
                                      "Tracking (<carrier>): <carrier_link>", ""]


def test_blank_lines_collapse_when_a_whole_paragraph_drops_out():
    fields = all_fields(tracking_number="", carrier_link=" ", destination_link="", delivery_date="")
    assert render(template(BODY), fields) == RenderedMessage(
        "Order <shop_order_number>", "Hello <customer_name>,\n\nKind regards,\n<shop_name>")


def test_empty_value_in_subject_leaves_no_double_space():
    rendered = render(template("x", subject="Your order {shop_order_number} from {shop_name}"),
                      all_fields(shop_order_number=""))
    assert rendered.subject == "Your order from <shop_name>"


def test_template_from_data_accepts_a_list_of_lines_and_refuses_wrong_shapes():
    loaded = template_from_data("t", "en", {"subject": "S {carrier}", "body": ["a", "", "b {carrier}"]})
    assert loaded.body == "a\n\nb {carrier}"
    for bad in ({"subject": "S"}, {"subject": 3, "body": "b"}, {"subject": "S", "body": ["a", 1]},
                {"subject": " ", "body": "b"}, ["subject", "body"], None):
        with pytest.raises(TemplateError):
            template_from_data("t", "en", bad)


def test_every_template_is_offered_by_a_case_kind_a_piece_of_advice_or_the_estimate():
    offered = set().union(*(templates_for(kind) for kind in CaseKind), *TEMPLATES_BY_ADVICE.values(),
                          {ESTIMATE_TEMPLATE})
    assert offered == set(TemplateId)
    assert all(templates_for(kind) for kind in CaseKind)


# --- order fields ---------------------------------------------------------------------------


def test_fields_for_a_parcel_delivered_in_belgium():
    fields = fields_for(order())
    assert set(fields) == PLACEHOLDERS
    assert fields["customer_name"] == "Zoë O'Brien-Müller"
    assert fields["shop_name"] == "Lune & Soleil"
    assert fields["order_reference"] == "TP-104233"
    assert fields["shop_order_number"] == "#1042"
    assert fields["tracking_number"] == "LB 1234 5678 5FR"
    assert fields["carrier"] == "La Poste"
    assert fields["carrier_link"].startswith("https://www.laposte.fr/") and "LB123456785FR" in fields["carrier_link"]
    assert fields["destination_post"] == "bpost"
    assert "LB123456785FR" in fields["destination_link"] and "bpost" in fields["destination_link"]
    assert fields["delivery_date"] == "2027-03-03"


def test_fields_for_a_french_delivery_has_no_destination_post():
    fields = fields_for(order(country="FR"))
    assert (fields["destination_post"], fields["destination_link"]) == ("", "")
    assert fields["carrier_link"]


def test_fields_for_uses_the_ui_date_format():
    fields = fields_for(order(), locale_date=lambda moment: moment.astimezone(timezone(timedelta(hours=1)))
                        .strftime("%d/%m/%Y"))
    assert fields["delivery_date"] == "04/03/2027"  # 23:30 UTC is already the next day in Brussels


def test_fields_for_an_order_without_shipment_are_empty_not_missing():
    fields = fields_for(order(shipments=()))
    for name in ("tracking_number", "carrier", "carrier_link", "destination_post", "destination_link",
                 "delivery_date"):
        assert fields[name] == ""


def test_fields_for_cut_server_text_to_one_line_a_customer_can_read():
    huge = "Zoë " + "N" * 10_000_000
    fields = fields_for(order(customer=Customer(huge + "\u202e", "zoe@example.org", "fr"),
                              shop=Shop("shop-1", "Lune\n& Soleil", Platform.SHOPIFY)))
    assert fields["customer_name"].startswith("Zoë NNN") and fields["customer_name"].endswith("…")
    assert len(fields["customer_name"]) == LINE_LIMIT
    assert fields["shop_name"] == "Lune & Soleil"  # one line: a line break would split the message


def test_fields_for_prefers_the_api_tracking_url_when_safe():
    shipment = Shipment("Colissimo", "6A12345678901", "https://track.example.com/p/6A12345678901", SHIPPED)
    assert fields_for(order(shipments=(shipment,)))["carrier_link"] == "https://track.example.com/p/6A12345678901"
    unsafe = replace(shipment, tracking_url="javascript:alert(1)")
    assert not fields_for(order(shipments=(unsafe,)))["carrier_link"].startswith("javascript")


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("customer_language", "country", "expected"), [
    ("de", "FR", "de"),       # the customer's own language wins
    ("nl-BE", "BE", "nl"),    # region tags are reduced to the language
    ("IT", "FR", "it"),
    ("pt", "PT", "en"),       # unsupported language, unsupported country
    ("pt", "CH", "de"),       # unsupported language, country decides
    (None, "FR", "fr"),
    (None, "BE", "fr"),
    (None, "LU", "fr"),
    (None, "MC", "fr"),
    (None, "CH", "de"),
    (None, "AT", "de"),
    (None, "DE", "de"),
    (None, "NL", "nl"),
    (None, "ES", "es"),
    (None, "IT", "it"),
    (None, "GB", "en"),
    (None, "US", "en"),
    ("", "", "en"),
])
def test_language_for(customer_language, country, expected):
    assert language_for(order(language=customer_language, country=country)) == expected


# --- mailto -------------------------------------------------------------------------------------

SUBJECT = "Commande #1042 – Lune & Soleil ? a=b + 100 % ; c'est ça"
BODY_TEXT = ("Bonjour Zoë O'Brien-Müller,\n\nLien : https://example.com/t?code=LB1&lang=fr#top\n"
             "Réduction 10% + livraison = 0 €\r\nFin")


def test_mailto_round_trips_subject_and_body_exactly():
    url = mailto_url("zoë+shop@example.org", SUBJECT, BODY_TEXT)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert "@" in parts.path and "+" not in parts.path
    assert unquote(parts.path) == "zoë+shop@example.org"
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert query == {"subject": [SUBJECT],
                     "body": [BODY_TEXT.replace("\r\n", "\n").replace("\n", "\r\n")]}


def test_mailto_uses_crlf_and_encodes_every_reserved_character():
    url = mailto_url("a@example.org", "x", "line 1\nline 2")
    assert url == "mailto:a@example.org?subject=x&body=line%201%0D%0Aline%202"
    query = urlsplit(mailto_url("a@example.org", SUBJECT, BODY_TEXT)).query
    for raw in (" ", "#", "&", "=", "?", "+", "'", "\n", "\r"):
        assert raw not in query.split("&body=")[1]


def test_mailto_without_address_still_carries_the_message():
    url = mailto_url("", "Hi", "Body")
    assert url == "mailto:?subject=Hi&body=Body"
