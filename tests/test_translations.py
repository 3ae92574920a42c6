"""The French and German translation sources stay complete and in step with the code.

A merchant who runs the app in French must never meet an English sentence because a new
``tr()`` string was added without translation, nor a sentence with a missing order
reference because a translation dropped ``{reference}``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "de")
PLURAL_FORMS = {"fr": 2, "de": 2}  # Qt's rules: French 0-1 / more, German 1 / other

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")
ACCELERATOR = re.compile(r"&(?!&)(\w)")


def ts_path(language: str) -> Path:
    return TS_DIR / f"tpop_desktop_{language}.ts"


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def source_key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def translations(message: ET.Element) -> list[str]:
    """The translated text, or each plural form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def lupdate(sources: list[Path], ts_file: Path) -> None:
    """Qt's own string extractor, exactly as scripts/update-translations.sh runs it."""
    subprocess.run(
        [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lupdate; lupdate()",
         "-silent", "-no-obsolete", "-locations", "none", *map(str, sources), "-ts", str(ts_file)],
        check=True, capture_output=True, text=True, timeout=60,
    )


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, Path]:
    """Each .ts file, copied and refreshed from the current code."""
    folder = tmp_path_factory.mktemp("refreshed-ts")
    sources = sorted((ROOT / "tpop_desktop").rglob("*.py"))
    copies = {}
    for language in LANGUAGES:
        copy = folder / ts_path(language).name
        shutil.copyfile(ts_path(language), copy)
        lupdate(sources, copy)
        copies[language] = copy
    return copies


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_finished(language):
    problems = []
    for context, message in messages(ts_path(language)):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind is not None:
            problems.append(f"{kind}: {source_key(context, message)}")
        elif not all(text.strip() for text in translations(message)):
            problems.append(f"empty: {source_key(context, message)}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translations_hold_exactly_the_strings_of_the_code(language, refreshed):
    """New tr() strings, changed ones and removed ones all show up as a difference."""
    stored = {source_key(c, m) for c, m in messages(ts_path(language))}
    current = {source_key(c, m) for c, m in messages(refreshed[language])}
    assert sorted(current - stored) == [], "in the code but not in the .ts: run scripts/update-translations.sh"
    assert sorted(stored - current) == [], "in the .ts but gone from the code: run scripts/update-translations.sh"
    unfinished = [source_key(c, m) for c, m in messages(refreshed[language])
                  if m.find("translation").get("type") is not None]
    assert unfinished == []


def test_english_has_both_plural_forms_of_every_plural_message_of_the_code(tmp_path):
    """"1 order", "2 orders": English's file holds exactly the code's plural messages, finished."""
    refreshed = tmp_path / "tpop_desktop_en.ts"
    shutil.copyfile(ts_path("en"), refreshed)
    subprocess.run(
        [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lupdate; lupdate()", "-silent",
         "-no-obsolete", "-locations", "none", "-pluralonly", "-source-language", "en", "-target-language", "en",
         *map(str, sorted((ROOT / "tpop_desktop").rglob("*.py"))), "-ts", str(refreshed)],
        check=True, capture_output=True, text=True, timeout=60)
    stored = {source_key(c, m) for c, m in messages(ts_path("en"))}
    current = {source_key(c, m) for c, m in messages(refreshed)}
    assert stored == current, "run scripts/update-translations.sh"
    for _context, message in messages(ts_path("en")):
        assert message.get("numerus") == "yes" and message.find("translation").get("type") is None
        one, other = translations(message)
        assert "%n" in one and "%n" in other and "(s)" not in one + other and "(ies)" not in one + other


def test_french_and_german_cover_the_same_messages():
    french, german = ({source_key(c, m) for c, m in messages(ts_path(lang))} for lang in LANGUAGES)
    assert french == german


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_of_their_source(language):
    mismatches = []
    for context, message in messages(ts_path(language)):
        source = message.findtext("source") or ""
        expected = placeholders(source)
        for text in translations(message):
            if placeholders(text) != expected:
                mismatches.append((context, source, text))
    assert mismatches == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_forms_the_language_uses(language):
    wrong = []
    for context, message in messages(ts_path(language)):
        if message.get("numerus") != "yes":
            continue
        forms = translations(message)
        if len(forms) != PLURAL_FORMS[language] or not all("%n" in form or "%Ln" in form for form in forms):
            wrong.append((context, message.findtext("source"), forms))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_accelerators_ellipses_and_edge_spaces_survive(language):
    """"&File" keeps one accelerator, "Settings…" keeps its "…", " min" keeps its leading space."""
    wrong = []
    for context, message in messages(ts_path(language)):
        source = message.findtext("source") or ""
        for text in translations(message):
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                wrong.append(("accelerator", source, text))
            if source.endswith("…") != text.endswith("…"):
                wrong.append(("ellipsis", source, text))
            if (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(), text[-1:].isspace()):
                wrong.append(("edge space", source, text))
    assert wrong == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Order {reference} shipped", {"{reference}": 1}),
    ("%n order(s)", {"%n": 1}),
    ("{carrier} {number} to {country}", {"{carrier}": 1, "{number}": 1, "{country}": 1}),
    ("Nothing to fill", {}),
])
def test_the_placeholder_check_sees_names_and_counts(text, expected):
    assert placeholders(text) == Counter(expected)


@pytest.mark.parametrize(("source", "pronoun_phrase"), [
    ("Delivered, but the customer never got it", "hat es nie erhalten"),
    ("If your customer says it never arrived: the carrier's tracking is authoritative. The parcel is often with a "
     "neighbour or at the post office (tracking number and an identity document).", "sagt, es sei nie angekommen"),
])
def test_german_speaks_of_the_parcel_as_das_paket(source, pronoun_phrase):
    """"It" is the parcel (das Paket): "es", never "sie" (which would be the customer or the order)."""
    german = {message.findtext("source"): translations(message)[0] for _context, message in messages(ts_path("de"))}
    assert pronoun_phrase in german[source]
