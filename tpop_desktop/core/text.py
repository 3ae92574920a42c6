"""Search keys: what the merchant types must find names however they are spelled.

A merchant types "muller" for "Müller" and "elodie" for "Élodie"; folding both the
stored text and the typed text to the same key makes the match a plain substring test.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_LIGATURES_AND_STROKES = str.maketrans(
    {
        "ß": "ss",
        "œ": "oe",
        "æ": "ae",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """Case- and accent-insensitive key for ``text`` ("Élodie Müller" -> "elodie muller").

    Casefolding comes first because it can itself produce combining marks ("İ" -> "i̇"),
    which the decomposition step then drops.
    """
    if text.isascii():  # the common case (tracking numbers, postcodes, e-mails), 20x faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return without_marks.translate(_LIGATURES_AND_STROKES)


# -- showing server text -----------------------------------------------------------------------
#
# A server's text (a customer name, a city, a carrier) may be megabytes long or hold
# characters that reorder or hide what is around them. Stored whole, it is shown through
# ``display_text``: cut to what a person can read, without control characters or bidi
# overrides. Copy buttons and exports use the stored value.

LINE_LIMIT = 200  # one line: a table cell, a label, a tooltip, a notification, a dialog line
BLOCK_LIMIT = 2000  # a paragraph: a detail shown on several lines
ELLIPSIS = "…"

# Removed: C0 and C1 controls (but the line breaks and the tab, replaced below), the
# bidirectional embeddings, overrides and isolates ("Trojan Source": they reorder the text
# around them; the plain LRM/RLM/ALM marks only hint a direction and are kept), and
# invisible spaces (byte-order mark, zero-width space, word joiner).
_REMOVED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufeff\u200b\u2060]+")
_LINE_BREAK = re.compile("\r\n|[\n\v\f\r\x85\u2028\u2029]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # from a "\ud800" in JSON


def _cleaned(part: str, multiline: bool) -> str:
    part = _REMOVED.sub("", part)
    part = _LINE_BREAK.sub("\n" if multiline else " ", part).replace("\t", " ")
    return _LONE_SURROGATE.sub("\ufffd", part)


def _clean(text: str, limit: int, multiline: bool) -> tuple[str, bool]:
    """The cleaned start of ``text``, longer than ``limit`` when there is more; and whether all was read.

    Only a window of the text is cleaned, grown as long as removed characters leave it
    short: a 10 MB name costs little more than a short one.
    """
    window = limit + 2
    while True:
        part = text[:window]
        cleaned = _cleaned(part, multiline)
        whole = len(part) == len(text)
        if whole or len(cleaned.lstrip()) > limit:
            return cleaned, whole
        window *= 4


def display_text(text: str, limit: int = LINE_LIMIT, *, multiline: bool = False) -> str:
    """``text`` as a person can read it: at most ``limit`` characters, ending in "…" when cut.

    Control characters, bidi overrides and invisible spaces are removed; tabs and (unless
    ``multiline``) line breaks become spaces (``\\r\\n`` counts as one). Never cuts between a
    letter and its accent. Pure: the stored value is untouched.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit and text.isprintable():  # the common case: nothing to remove, nothing to cut
        return text.strip()
    cleaned, whole = _clean(text, limit, multiline)
    cleaned = cleaned.strip() if whole else cleaned.lstrip()
    if whole and len(cleaned) <= limit:
        return cleaned
    cut = limit - 1
    while cut > 0 and unicodedata.combining(cleaned[cut]):
        cut -= 1  # the accent after the cut belongs to the letter before it
    return cleaned[:cut].rstrip().removesuffix("\u200d") + ELLIPSIS
