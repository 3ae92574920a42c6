import time

import pytest

from tpop_desktop.core.text import BLOCK_LIMIT, ELLIPSIS, LINE_LIMIT, display_text, fold


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("muller", "Müller"),
        ("ELODIE", "Élodie"),
        ("francois", "François"),
        ("strasse", "Straße"),
        ("STRASSE", "STRASSE"),
        ("oeuvre", "Œuvre"),
        ("aero", "Ærø"),
        ("lodz", "Łódź"),
        ("dordevic", "Đorđević"),
        ("nunez", "Ñúñez"),
        ("istanbul", "İstanbul"),
        ("zoe", "Zoë"),
    ],
)
def test_typed_text_finds_the_accented_name(typed, stored):
    assert fold(typed) in fold(stored)
    assert fold(typed) == fold(stored)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", ""),
        ("6A12345678901", "6a12345678901"),
        ("Élodie Müller <elodie@example.org>", "elodie muller <elodie@example.org>"),
        ("1012 AB", "1012 ab"),
        ("ﬁle", "file"),  # compatibility ligature
    ],
)
def test_fold_keeps_everything_but_case_and_accents(text, key):
    assert fold(text) == key


def test_different_letters_stay_different():
    assert fold("Muller") != fold("Miller")
    assert fold("e") != fold("a")


# -- display_text: server text as a person can read it --------------------------------------------

@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ("", 10, ""),
        ("Élodie Müller", 10, "Élodie Mü…"),
        ("Élodie Müller", 13, "Élodie Müller"),
        ("Élodie Müller", 1, ELLIPSIS),
        ("  Lotte Peeters \n", 50, "Lotte Peeters"),
        ("Atelier\tLune\r\nGent", 50, "Atelier Lune Gent"),
        ("TP-104233\u202e<font color=#efefef>", 50, "TP-104233<font color=#efefef>"),  # markup stays text
        ("abc\u202edcba\u202c", 50, "abcdcba"),  # right-to-left override: gone
        ("\u2066evil\u2069 \u2067x\u2069 \u2068y\u2069", 50, "evil x y"),  # isolates
        ("\u202aa\u202bb\u202dc", 50, "abc"),  # embeddings
        ("LB123\x00456\x07785FR", 50, "LB123456785FR"),  # C0 controls
        ("Gent\x85Belgi\u00eb\x9b", 50, "Gent België"),  # C1 controls (NEL is a line break)
        ("\ufeffParis\u200b\u2060", 50, "Paris"),  # BOM, zero-width space, word joiner
        ("\u05e9\u05dc\u05d5\u05dd \u200fabc", 50, "\u05e9\u05dc\u05d5\u05dd \u200fabc"),  # an RLM mark is kept
        ("ab\ud800cd", 50, "ab\ufffdcd"),  # a lone surrogate, as JSON's "\ud800" decodes
        ("Zoe\u0308 Zoe\u0308", 5, "Zoe\u0308" + ELLIPSIS),
        ("Zoe\u0308 Zoe\u0308", 4, "Zo" + ELLIPSIS),  # the accent is never cut from its letter
        ("famille \U0001f468\u200d\U0001f469\u200d\U0001f467", 10, "famille " + "\U0001f468" + ELLIPSIS),
        ("a" * 250, LINE_LIMIT, "a" * (LINE_LIMIT - 1) + ELLIPSIS),
        ("word " * 100, 11, "word word" + ELLIPSIS),  # no space before the ellipsis
    ],
)
def test_display_text_on_one_line(text, limit, shown):
    assert display_text(text, limit) == shown
    assert len(display_text(text, limit)) <= limit


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("line one\r\nline two", "line one\nline two"),
        ("a\rb\u2028c\u2029d", "a\nb\nc\nd"),
        ("tab\there\x00", "tab here"),
        ("\u202eevil\nok", "evil\nok"),
    ],
)
def test_display_text_on_several_lines_keeps_line_breaks(text, shown):
    assert display_text(text, BLOCK_LIMIT, multiline=True) == shown


@pytest.mark.parametrize("text", ["N" * 10_000_000, "\x00" * 10_000_000 + "Paris", "\u202e" * 5_000_000 + "x" * 300])
def test_a_ten_megabyte_name_is_cut_at_once(text):
    started = time.perf_counter()
    shown = display_text(text)
    assert time.perf_counter() - started < 0.5
    assert len(shown) <= LINE_LIMIT and "\x00" not in shown and "\u202e" not in shown


def test_display_text_leaves_the_stored_value_alone_and_refuses_a_useless_limit():
    stored = "N" * 1000
    display_text(stored, 10)
    assert stored == "N" * 1000
    with pytest.raises(ValueError):
        display_text("x", 0)
