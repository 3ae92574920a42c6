"""Where a WooCommerce order keeps its tracking: Shipment Tracking items and order notes.

Two misreadings are avoided here. Order notes are written by everyone (payment gateways,
stock, status changes), so a note counts only when it names a tracking number in words a
tracking note uses ("Tracking number:", "Numéro de suivi", "Sendungsnummer"...) and the
number has the shape of a carrier's, or the note names a carrier: PayPal's "Refunded 12.50 -
Refund ID: 4RP55200GJ177180N" is not tracking. And the Shipment Tracking extension shows
the same item twice, in the order's meta data (provider slug only) and on its own route
(provider name and tracking link): both copies become one item with the richest fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from tpop_desktop.connectors.shops import text
from tpop_desktop.core.shop_orders import ShopTracking, normalize_tracking_number
from tpop_desktop.core.tracking import carrier_named_in, looks_like_tracking_number

MAX_NOTE_CHARS = 4000  # notes are free text; a tracking note is short
_TAG = re.compile(r"<[^>]+>")
_URL = re.compile(r"https?://[^\s<>\"']+")
_CANDIDATE = re.compile(r"\b[A-Za-z0-9][A-Za-z0-9-]{6,38}[A-Za-z0-9]\b")
_WINDOW_END = re.compile(r"\n|\.\s|\.$")
_TRACKING_WORDS = re.compile(
    r"(?i)\b(?:"
    r"tracking(?:\s+(?:number|code|no\.?|id|#))?|track\s*(?:&|and|n)\s*trace(?:\s*code)?|trackingnummer|trackingcode"
    r"|num[ée]ro\s+de\s+suivi|n[°o]\s*de\s+suivi|code\s+de\s+suivi|suivi\s+(?:du\s+|de\s+)?colis"
    r"|sendungsnummer|sendungsverfolgung|paketnummer|volgnummer"
    r"|n[uú]mero\s+de\s+seguimiento|c[oó]digo\s+de\s+seguimiento"
    r"|numero\s+di\s+tracciamento|codice\s+di\s+tracciamento|numero\s+di\s+spedizione"
    r")"
)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def tracking_from_note(note: str) -> list[ShopTracking]:
    """The tracking numbers a note gives, with the carrier it names and its first link."""
    plain = _TAG.sub(" ", (note or "")[:MAX_NOTE_CHARS])
    urls = _URL.findall(plain)
    without_urls = _URL.sub(" ", plain)
    carrier = carrier_named_in(without_urls) or ""
    found: list[ShopTracking] = []
    seen: set[str] = set()
    for words in _TRACKING_WORDS.finditer(without_urls):
        rest = without_urls[words.end():words.end() + 160]
        end = _WINDOW_END.search(rest)
        window = rest[:end.start()] if end else rest
        for candidate in _CANDIDATE.findall(window):
            key = normalize_tracking_number(candidate)
            if key in seen or not any(ch.isdigit() for ch in candidate):
                continue
            if looks_like_tracking_number(candidate) or (carrier and sum(ch.isdigit() for ch in candidate) >= 6):
                seen.add(key)
                found.append(ShopTracking(carrier, candidate, urls[0] if urls else ""))
    return found


def tracking_item(item: dict[str, Any]) -> ShopTracking:
    """One Shipment Tracking item, from the order meta or from the extension's route."""
    company = text(item, "custom_tracking_provider") or text(item, "tracking_provider")
    url = text(item, "tracking_link") or text(item, "custom_tracking_link")
    return ShopTracking(company, text(item, "tracking_number"), url, _shipped_on(item.get("date_shipped")))


def merge_tracking(*sources: Iterable[ShopTracking]) -> tuple[ShopTracking, ...]:
    """One entry per tracking number, in first-seen order, each field from the copy that has it."""
    merged: dict[str, ShopTracking] = {}
    for source in sources:
        for entry in source:
            key = normalize_tracking_number(entry.number)
            if not key:
                continue
            known = merged.get(key)
            merged[key] = entry if known is None else _richer(known, entry)
    return tuple(merged.values())


def _richer(first: ShopTracking, second: ShopTracking) -> ShopTracking:
    company = first.company
    if second.company and (not company or (_is_slug(company) and not _is_slug(second.company))):
        company = second.company
    return ShopTracking(company, first.number, first.url or second.url, first.shipped_at or second.shipped_at)


def _is_slug(value: str) -> bool:
    """A provider slug ("la-poste", "colissimo") rather than the name the merchant sees."""
    return _SLUG.fullmatch(value) is not None


def _shipped_on(value: Any) -> datetime | None:
    """``date_shipped``: a Unix time in the meta ("1763000000"), a day on the route ("2026-11-12")."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    raw = str(value).strip()
    try:
        if raw.isdigit():
            return datetime.fromtimestamp(int(raw), UTC)
        parsed = datetime.fromisoformat(raw)
    except (ValueError, OverflowError, OSError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
