"""Small widgets that are safe with server text: plain-text labels and tooltips.

Every text they show is cut by ``display_text`` (a 10 MB customer name would freeze the
window while it is laid out); where a value was cut, ``server_label`` offers to copy it
whole.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QWidget

from tpop_desktop.core.text import BLOCK_LIMIT, LINE_LIMIT, display_text
from tpop_desktop.ui.texts import tr


def plain_label(text: str = "", parent: QWidget | None = None, *, selectable: bool = False,
                wrap: bool = True) -> QLabel:
    """A label that never interprets markup, whatever the server sent, and shows at most a paragraph."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(display_text(text, BLOCK_LIMIT, multiline=True))
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


def plain_message_box(icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton,
                      parent: QWidget | None = None, *, informative: str = "") -> QMessageBox:
    """A message box that shows its texts literally (an order reference cannot hide a warning)."""
    box = QMessageBox(icon, title, display_text(text, BLOCK_LIMIT, multiline=True), buttons, parent)
    if informative:
        box.setInformativeText(display_text(informative, BLOCK_LIMIT, multiline=True))
    box.setTextFormat(Qt.TextFormat.PlainText)  # after the informative text: it applies to both labels
    return box


def server_label(*lines: str, parent: QWidget | None = None) -> QLabel:
    """A selectable label for server values, one a line; when one had to be cut, a way to copy them whole."""
    value = "\n".join(line for line in lines if line)
    shown = "\n".join(display_text(line, LINE_LIMIT) for line in lines if line)
    label = plain_label(shown, parent, selectable=True)
    if shown != value:
        label.setToolTip(plain_tooltip(tr("Shortened to {shown} of %n character(s). Right-click to copy "
                                          "the whole text.", None, len(value)).format(shown=len(shown))))
        copy = QAction(tr("Copy the whole text"), label)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(value))
        label.addAction(copy)
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        label.setProperty("shortened", True)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text; escaping inside a paragraph shows the text literally, cut to a paragraph."""
    return "<p>" + html.escape(display_text(text, BLOCK_LIMIT, multiline=True)).replace("\n", "<br>") + "</p>"


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
