"""Ready-to-send customer messages: templates, their placeholders, and mailto links.

A merchant answers the same few questions again and again ("it says delivered but I have
nothing", "where is my parcel?"). Templates hold the polite answer in the customer's
language; ``render`` fills in the order's data. Placeholders are ``{name}`` from a fixed
set and nothing else: templates can be edited by the merchant, so attribute and index
access (``{a.b}``, ``{a[0]}``), conversions and format specs are refused, and
substitution never goes through ``str.format``.

Rule for missing data: a body line that uses a field whose value is empty is left out
(and the blank lines around it collapse). Templates therefore put optional data, such as
the destination post's link, on a line of its own ("Tracking on the bpost website: ...").
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from types import MappingProxyType
from urllib.parse import quote

from tpop_desktop.core.advice import AdviceCode, delivery_event
from tpop_desktop.core.cases import CaseKind
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelStatus, ParcelTracking
from tpop_desktop.core.text import display_text
from tpop_desktop.core.tracking import CARRIER, DESTINATION, links_for

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "nl", "es", "it")
DEFAULT_LANGUAGE = "en"

PLACEHOLDERS: frozenset[str] = frozenset({
    "customer_name", "order_reference", "shop_order_number", "tracking_number", "carrier",
    "carrier_link", "destination_post", "destination_link", "delivery_date", "shop_name", "pickup_point",
    "expected_date",
})

# Where the customer most likely reads: used when the order does not say.
COUNTRY_LANGUAGES: Mapping[str, str] = MappingProxyType({
    "FR": "fr", "BE": "fr", "LU": "fr", "MC": "fr",
    "DE": "de", "AT": "de", "CH": "de", "LI": "de",
    "NL": "nl",
    "ES": "es",
    "IT": "it", "SM": "it", "VA": "it",
})


class TemplateId(StrEnum):
    NOT_RECEIVED_CHECK_NEIGHBOURS_POST_OFFICE = "not_received.check_neighbours_post_office"
    NOT_RECEIVED_REFUSAL = "not_received.refusal"
    NOT_RECEIVED_RESHIP = "not_received.reship"
    NO_UPDATE_WAITING = "no_update.waiting"
    RETURNED_ASK_ADDRESS = "returned.ask_address"
    PICKUP_COLLECT = "pickup.collect_with_id"  # the carrier says it waits at a pickup point
    IN_TRANSIT_EXPECTED = "in_transit.expected_by"  # "when will it arrive?": the lane's usual window says


TEMPLATES_BY_KIND: Mapping[CaseKind, tuple[TemplateId, ...]] = MappingProxyType({
    CaseKind.NOT_RECEIVED: (
        TemplateId.NOT_RECEIVED_CHECK_NEIGHBOURS_POST_OFFICE,
        TemplateId.NOT_RECEIVED_REFUSAL,
        TemplateId.NOT_RECEIVED_RESHIP,
    ),
    CaseKind.NO_TRACKING_UPDATE: (TemplateId.NO_UPDATE_WAITING,),
    CaseKind.RETURNED_TO_SENDER: (TemplateId.RETURNED_ASK_ADDRESS,),
})

# Messages offered by a piece of advice rather than by a case.
TEMPLATES_BY_ADVICE: Mapping[AdviceCode, tuple[TemplateId, ...]] = MappingProxyType({
    AdviceCode.PARCEL_WAITS_FOR_PICKUP: (TemplateId.PICKUP_COLLECT,),
})


# The message the delivery estimate offers ("when will it arrive?"), for a parcel on its way.
ESTIMATE_TEMPLATE = TemplateId.IN_TRANSIT_EXPECTED


class TemplateError(ValueError):
    """A template that cannot be rendered: unknown placeholder, missing field, bad braces."""


@dataclass(frozen=True)
class MessageTemplate:
    id: str
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    body: str


# --- templates ------------------------------------------------------------------------


def placeholders_in(text: str) -> tuple[str, ...]:
    """The placeholder names ``text`` uses, in order; TemplateError when it is not a valid template."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as error:  # "Single '}' encountered", "expected '}' before end of string"
        raise TemplateError(f"malformed braces: {error}") from None
    names: list[str] = []
    for _literal, name, format_spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            shown = "{" + name + "}"
            raise TemplateError(f"unknown placeholder {shown}")
        if conversion is not None or format_spec:
            raise TemplateError(f"placeholder {{{name}}} must be written plainly, without ! or :")
        names.append(name)
    return tuple(names)


def validate(template: MessageTemplate) -> MessageTemplate:
    """The template itself, once both parts parse; TemplateError otherwise."""
    if "\n" in template.subject or "\r" in template.subject:
        raise TemplateError("the subject must be a single line")
    for part, text in (("subject", template.subject), ("body", template.body)):
        try:
            placeholders_in(text)
        except TemplateError as error:
            raise TemplateError(f"{part}: {error}") from None
    return template


def template_from_data(template_id: str, language: str, data: object) -> MessageTemplate:
    """A validated template from decoded JSON: ``{"subject": str, "body": str | [str, ...]}``.

    A body may be a list of lines, which is far easier to edit in a JSON file.
    """
    if not isinstance(data, dict):
        raise TemplateError("must be an object with a subject and a body")
    subject, body = data.get("subject"), data.get("body")
    if isinstance(body, list) and all(isinstance(line, str) for line in body):
        body = "\n".join(body)
    if not isinstance(subject, str) or not isinstance(body, str):
        raise TemplateError("needs a text subject and a body (text, or a list of lines)")
    if not subject.strip() or not body.strip():
        raise TemplateError("subject and body must not be empty")
    return validate(MessageTemplate(template_id, language, subject, body.replace("\r\n", "\n")))


def render(template: MessageTemplate, fields: Mapping[str, str]) -> RenderedMessage:
    """Fill the template with ``fields``; TemplateError on any problem, never a half-filled text."""
    validate(template)
    for name in placeholders_in(template.subject) + placeholders_in(template.body):
        if name not in fields:
            raise TemplateError(f"no value for placeholder {{{name}}}")
        if not isinstance(fields[name], str):
            raise TemplateError(f"the value for {{{name}}} must be text")
    subject_values = {name: " ".join(value.split()) for name, value in fields.items()}
    subject = " ".join(_fill(template.subject, subject_values).split())
    lines: list[str] = []
    for line in template.body.replace("\r\n", "\n").split("\n"):
        if any(not fields[name].strip() for name in placeholders_in(line)):
            continue  # a line about data we do not have
        filled = _fill(line, fields).rstrip()
        if filled or (lines and lines[-1]):
            lines.append(filled)
    while lines and not lines[-1]:
        lines.pop()
    return RenderedMessage(subject, "\n".join(lines))


def _fill(text: str, values: Mapping[str, str]) -> str:
    """Literal text plus values, straight from the parser (no str.format, no lookups)."""
    parts: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        parts.append(literal)
        if name is not None:
            parts.append(values[name])
    return "".join(parts)


def templates_for(kind: CaseKind) -> tuple[TemplateId, ...]:
    return TEMPLATES_BY_KIND[CaseKind(kind)]


# --- order data -----------------------------------------------------------------------


def language_for(order: Order) -> str:
    """The customer's language when it is supported, else the destination's, else English."""
    declared = re.split(r"[-_]", (order.customer.language or "").strip().lower())[0]
    if declared in SUPPORTED_LANGUAGES:
        return declared
    return COUNTRY_LANGUAGES.get(order.destination.country.strip().upper(), DEFAULT_LANGUAGE)


def fields_for(order: Order, *, locale_date: Callable[[datetime], str] | None = None,
               parcel: ParcelTracking | None = None, expected_by: datetime | None = None) -> dict[str, str]:
    """Every placeholder's value for ``order`` ("" when unknown, so its lines drop out).

    ``locale_date`` formats the dates the way the UI's locale does; without it a date is
    ISO 8601 (unambiguous in every language), read in UTC. ``parcel`` is the carrier's own
    answer: its delivery scan dates the delivery, its pickup point is named. ``expected_by``
    is the end of the order's usual delivery window (its lane's history), for a parcel on its way.
    """
    shipment = order.latest_shipment
    carrier_link = destination_link = None
    if shipment is not None and (shipment.tracking_number.strip() or shipment.tracking_url):
        links = links_for(
            shipment.tracking_number,
            carrier=shipment.carrier,
            url=shipment.tracking_url,
            destination=order.destination.country,
            postcode=order.destination.postcode,
            language=language_for(order),
        )
        carrier_link = next((link for link in links if link.kind == CARRIER), None)
        destination_link = next((link for link in links if link.kind == DESTINATION), None)
    delivered_at = order.delivered_at
    carrier_delivery = delivery_event(parcel) if parcel is not None else None
    if carrier_delivery is not None and carrier_delivery.time is not None:
        delivered_at = carrier_delivery.time  # the carrier's time is authoritative (naive: its local time)

    def date_text(moment: datetime | None) -> str:
        if moment is None:
            return ""
        if locale_date is not None:
            return locale_date(moment)
        return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).date().isoformat()

    carrier = (display_text(shipment.carrier) if shipment else "") or (carrier_link.operator if carrier_link else "")
    return {  # server text cut to one line: a message to a customer, not a place for 10 MB
        "customer_name": display_text(order.customer.name),
        "order_reference": display_text(order.reference),
        "shop_order_number": display_text(order.shop_order_number),
        "tracking_number": display_text(shipment.tracking_number) if shipment else "",
        "carrier": carrier,
        "carrier_link": carrier_link.url if carrier_link else "",
        "destination_post": destination_link.operator if destination_link else "",
        "destination_link": destination_link.url if destination_link else "",
        "delivery_date": date_text(delivered_at),
        "shop_name": display_text(order.shop.name),
        "pickup_point": _pickup_point(parcel),
        "expected_date": date_text(expected_by),
    }


def _pickup_point(parcel: ParcelTracking | None) -> str:
    if parcel is None or parcel.status is not ParcelStatus.AVAILABLE_FOR_PICKUP or parcel.pickup_point is None:
        return ""
    return display_text(" ".join(parcel.pickup_point.name.split()))


# --- mailto -----------------------------------------------------------------------------


def mailto_url(email: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL that opens the merchant's mail program with the message filled in.

    RFC 6068: every reserved character is percent-encoded (UTF-8), line breaks become
    ``%0D%0A``; only the ``@`` of the address is kept as is.
    """
    crlf_body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    address = quote(email.strip(), safe="@")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(crlf_body, safe='')}"
