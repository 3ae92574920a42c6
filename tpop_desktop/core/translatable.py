"""Marks English text in Qt-free modules for translation, without translating it there.

``pyside6-lupdate`` collects every literal ``QT_TRANSLATE_NOOP(context, text)`` call; the
UI later shows ``QCoreApplication.translate(context, text)``. Registries below the UI
(the shop platforms' field labels, for instance) keep their words next to their facts.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Returns ``text`` unchanged; ``context`` is the translation context it is filed under."""
    del context
    return text
