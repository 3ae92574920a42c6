"""Tracking numbers and the web pages that track them.

TPOP's help centre gives the merchant two places to track a parcel: the carrier's page
and, when the French post loses sight of it at the border, the postal site of the
destination country. ``links_for`` builds both from a URL table kept as package data
(``tpop_desktop/data/tracking_links.json``, one ``source`` per row), because tracking
pages move and the table must be easy to correct without touching code.

Numbers are normalised first (spaces and separators removed, upper case): a stray space
is the most common reason a lookup fails. UPU S10 numbers (``LB123456785FR``) carry a
check digit and the issuing post's country, which lets the app catch typos and find the
right post when the API names no carrier.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any
from urllib.parse import quote, urlsplit

CARRIER = "carrier"
DESTINATION = "destination"

_SEPARATORS = re.compile(r"[\s\-./_\u00a0\u202f]+")
_S10_SHAPE = re.compile(r"[A-Z]{2}[0-9]{8}[0-9][A-Z]{2}")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_NAME_TOKENS = re.compile(r"[a-z0-9]+")
# Shapes of parcel numbers printed on labels, after ``normalize``.
_TRACKING_SHAPES = (
    _S10_SHAPE,  # UPU S10: La Poste, Chronopost abroad, every national post
    re.compile(r"1Z[0-9A-Z]{16}"),  # UPS
    re.compile(r"[0-9][A-Z][0-9]{11}"),  # La Poste / Colissimo at home (6A..., 8R...)
    re.compile(r"[0-9]{8,22}"),  # digits only: Mondial Relay, DHL, DPD, GLS, FedEx, USPS
)
_MAX_ALIAS_TOKENS = 5


@dataclass(frozen=True)
class TrackingLink:
    """One page where the merchant can follow a parcel.

    ``label`` is ready to show ("bpost (Belgium)"); ``operator`` and ``country`` let the
    UI rebuild a translated label. ``copy_number`` means the page cannot receive the
    number in its URL: the UI copies it to the clipboard and says so.
    """

    kind: str  # CARRIER | DESTINATION
    label: str
    url: str
    copy_number: bool
    operator: str
    country: str | None


@dataclass(frozen=True)
class _Page:
    """One row of the URL table: a carrier or a national post."""

    operator: str
    country: str | None
    template: str
    lang_values: Mapping[str, str]
    default_lang: str | None
    lang_variants: Mapping[str, str]
    needs: tuple[str, ...]
    optional_postcode: str
    without_postcode: str
    page: str
    deep_link: bool


@dataclass(frozen=True)
class _Table:
    posts: Mapping[str, _Page]
    carriers: Mapping[str, _Page]
    aliases: Mapping[str, _Page]
    fallback: _Page
    country_names: Mapping[str, str]


# --- numbers -------------------------------------------------------------------------


def normalize(number: str) -> str:
    """Remove spaces and separators (space, tab, -, ., /, _, NBSP) and upper-case."""
    return _SEPARATORS.sub("", number).upper()


def looks_like_s10(number: str) -> bool:
    """True when the number has the S10 shape (2 letters, 9 digits, 2 letters).

    With ``is_valid_s10`` false, this means "probably mistyped".
    """
    return _S10_SHAPE.fullmatch(normalize(number)) is not None


def looks_like_tracking_number(number: str) -> bool:
    """True when the number has the shape of a known carrier's parcel number.

    A shape, not a proof: it tells "LB123456785FR" or "6A12345678901" from a payment
    reference such as PayPal's "4RP55200GJ177180N".
    """
    value = normalize(number)
    return any(shape.fullmatch(value) for shape in _TRACKING_SHAPES)


def carrier_named_in(text: str) -> str | None:
    """The carrier or post whose name appears in free text ("shipped with Mondial Relay"), if any."""
    page = _resolve_carrier(text or "")
    return page.operator if page else None


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of eight serial digits."""
    total = sum(int(digit) * weight for digit, weight in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: 0, 11: 5}.get(check, check)


def is_valid_s10(number: str) -> bool:
    """True for a UPU S10 number: right shape, right check digit, assigned ISO country."""
    value = normalize(number)
    if _S10_SHAPE.fullmatch(value) is None:
        return False
    if s10_check_digit(value[2:10]) != int(value[10]):
        return False
    return value[11:] in _table().country_names


def s10_issuer(number: str) -> str | None:
    """ISO country of the post that issued a valid S10 number (not the destination)."""
    return normalize(number)[11:] if is_valid_s10(number) else None


def country_name(code: str) -> str | None:
    """English short name of an assigned ISO 3166-1 alpha-2 code, else None."""
    return _table().country_names.get(code.strip().upper())


# --- URLs ------------------------------------------------------------------------------


_NOT_IN_URLS = frozenset('<>"{}|\\^`')  # RFC 3986 never allows these unescaped: markup, not an address


def is_safe_tracking_url(url: str) -> bool:
    """True for an absolute https URL with a host and no user-info.

    A tracking URL from an API is opened in the browser on a click, so anything else
    (javascript:, data:, file:, http:, relative, hidden whitespace, markup such as
    ``<h1>``) is refused.
    """
    if not url or any(not 0x21 <= ord(char) < 0x7F or char in _NOT_IN_URLS for char in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.hostname) and "@" not in parts.netloc


def links_for(
    number: str,
    *,
    carrier: str | None = None,
    url: str | None = None,
    destination: str | None = None,
    postcode: str | None = None,
    language: str | None = None,
) -> list[TrackingLink]:
    """The carrier's tracking link, then the destination post's, when they exist.

    The destination post's link is offered only for a postal (UPU S10) number going abroad:
    that is the number the destination's post takes over at the border.

    ``carrier`` is the free-text carrier name from the API, ``url`` the tracking URL it
    gave (used only when safe), ``destination`` the delivery country (ISO alpha-2),
    ``language`` an ISO 639-1 code for pages that take one.
    """
    table = _table()
    value = normalize(number)
    country, zip_code, lang = _place(destination, postcode, language)
    carrier_name = (carrier or "").strip()

    named = _resolve_carrier(carrier_name)
    page = named
    if page is None and is_valid_s10(value):
        page = table.posts.get(value[11:])  # unknown carrier: the issuing post

    links: list[TrackingLink] = []
    if url and is_safe_tracking_url(url):
        if named is None and not carrier_name:
            named = page
        operator = named.operator if named else (carrier_name or urlsplit(url).hostname or "")
        owner = named.country if named else None
        links.append(TrackingLink(CARRIER, _label(operator, owner), url, False, operator, owner))
    elif page is not None and value:
        link_url, copy = _render(page, value, country=country, postcode=zip_code, language=lang)
        links.append(TrackingLink(CARRIER, _label(page.operator, page.country), link_url, copy,
                                  page.operator, page.country))
    carrier_country = links[0].country if links else None

    # The national posts hand over only postal numbers (UPU S10, La Poste's international
    # Colissimo included): a DPD or GLS parcel is never tracked by the destination's post.
    if is_valid_s10(value) and country and country != "FR" and country != carrier_country:
        destination_link = _destination_link(value, country, zip_code, lang)
        if destination_link is not None:
            links.append(destination_link)
    return links


def destination_post_link(number: str, country: str | None, *, postcode: str | None = None,
                          language: str | None = None) -> TrackingLink | None:
    """The destination country's post page for a number it knows (a partner's own number), if any."""
    value = normalize(number)
    destination, zip_code, lang = _place(country, postcode, language)
    if not value or not destination or destination == "FR":
        return None
    return _destination_link(value, destination, zip_code, lang)


def _place(country: str | None, postcode: str | None, language: str | None) -> tuple[str | None, str | None, str | None]:
    """The country (ISO, upper case), postcode (no spaces) and language (ISO 639-1) links are built from."""
    return ((country or "").strip().upper() or None, re.sub(r"\s+", "", postcode or "").upper() or None,
            re.split(r"[-_]", (language or "").strip().lower())[0] or None)


def _destination_link(number: str, country: str, postcode: str | None,
                      language: str | None) -> TrackingLink | None:
    table = _table()
    if country not in table.country_names:
        return None
    post = table.posts.get(country)
    if post is None:
        fallback = table.fallback
        return TrackingLink(DESTINATION, fallback.operator, fallback.page, True, fallback.operator, country)
    link_url, copy = _render(post, number, country=country, postcode=postcode, language=language)
    return TrackingLink(DESTINATION, _label(post.operator, country), link_url, copy, post.operator, country)


def _render(page: _Page, number: str, *, country: str | None, postcode: str | None,
            language: str | None) -> tuple[str, bool]:
    """Fill a template; returns the URL and whether the number must be copied."""
    template = page.lang_variants.get(language or "", page.template)
    values = {"number": quote(number, safe="")}
    if page.lang_values:
        values["lang"] = page.lang_values.get(language or "") or page.lang_values[page.default_lang or ""]
    if postcode:
        values["postcode"] = quote(postcode, safe="")
    if country:
        values["country"] = country
    missing = [name for name in page.needs if name not in values]
    if missing == ["postcode"] and page.without_postcode:
        template = page.without_postcode
    elif missing:
        return page.page.format_map(values), True
    link_url = template.format_map(values)
    if page.optional_postcode and postcode:
        link_url += page.optional_postcode.format_map(values)
    return link_url, not page.deep_link


def _label(operator: str, country: str | None) -> str:
    name = _table().country_names.get(country or "")
    return f"{operator} ({name})" if name else operator


def _name_key(text: str) -> list[str]:
    """Words of a carrier name, case- and accent-insensitive ("Česká pošta" -> ceska, posta)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NAME_TOKENS.findall(plain)


RELAY_POINT_OPERATORS = frozenset({"Mondial Relay"})  # carriers that deliver to a relay point, not a door


def delivers_to_relay_points(carrier: str | None) -> bool:
    """A parcel of this carrier waits at a relay point (the customer collects it), never at a neighbour's."""
    page = _resolve_carrier((carrier or "").strip())
    return page is not None and page.operator in RELAY_POINT_OPERATORS


def _resolve_carrier(name: str) -> _Page | None:
    """The table row for a free-text carrier name: the longest alias found in it wins.

    Word runs are joined before lookup, so "Mondial Relay", "mondial-relay" and
    "MondialRelay" agree, and "DHL Express Worldwide" beats plain "DHL".
    """
    tokens = _name_key(name)
    aliases = _table().aliases
    best: tuple[int, _Page] | None = None
    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + _MAX_ALIAS_TOKENS) + 1):
            joined = "".join(tokens[start:end])
            page = aliases.get(joined)
            if page is not None and (best is None or len(joined) > best[0]):
                best = (len(joined), page)
    return best[1] if best else None


# --- the table -------------------------------------------------------------------------


def _page(row: Mapping[str, Any], country: str | None) -> _Page:
    return _Page(
        operator=row["operator"],
        country=country,
        template=row.get("template", ""),
        lang_values=MappingProxyType(dict(row.get("lang_values", {}))),
        default_lang=row.get("default_lang"),
        lang_variants=MappingProxyType(dict(row.get("lang_variants", {}))),
        needs=tuple(row.get("needs", ())),
        optional_postcode=row.get("optional_postcode", ""),
        without_postcode=row.get("without_postcode", ""),
        page=row.get("page", row.get("template", "")),
        deep_link=row.get("deep_link", True),
    )


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = json.loads(
        resources.files("tpop_desktop").joinpath("data", "tracking_links.json").read_text(encoding="utf-8")
    )
    posts = {row["country"]: _page(row, row["country"]) for row in raw["national_posts"]}
    carriers = {row["id"]: _page(row, row.get("country")) for row in raw["carriers"]}
    aliases: dict[str, _Page] = {}
    for rows, pages, key in ((raw["national_posts"], posts, "country"), (raw["carriers"], carriers, "id")):
        for row in rows:
            for alias in (row["operator"], *row.get("names", ())):
                aliases.setdefault("".join(_name_key(alias)), pages[row[key]])
    return _Table(
        posts=MappingProxyType(posts),
        carriers=MappingProxyType(carriers),
        aliases=MappingProxyType(aliases),
        fallback=_page(raw["fallback"], None),
        country_names=MappingProxyType(dict(raw["iso3166_alpha2"]["names"])),
    )
