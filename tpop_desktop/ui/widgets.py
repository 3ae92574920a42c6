"""Small widgets that are safe with server text: plain-text labels and tooltips."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, selectable: bool = False,
                wrap: bool = True) -> QLabel:
    """A label that never interprets markup, whatever the server sent."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def heading_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, parent, wrap=False)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text; escaping inside a paragraph shows the text literally."""
    return "<p>" + html.escape(text) + "</p>"


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
