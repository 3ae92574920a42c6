"""Help > Keyboard shortcuts: every shortcut the window answers to, written the platform's way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.ui.texts import tr


def action_name(action: QAction) -> str:
    """The action's menu text without its mnemonic ampersand or trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


def native_text(sequences: Iterable[QKeySequence]) -> str:
    """Keys as this platform writes them (⌘C on macOS, Ctrl+C elsewhere), alternatives joined."""
    return tr(" or ").join(seq.toString(QKeySequence.SequenceFormat.NativeText)
                           for seq in sequences if not seq.isEmpty())


def shortcut_entries(actions: Iterable[QAction],
                     extra: Sequence[tuple[str, QKeySequence]] = ()) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, each action once, in the given order."""
    entries: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen or not any(not seq.isEmpty() for seq in action.shortcuts()):
            continue
        seen.add(id(action))
        entries.append((action_name(action), native_text(action.shortcuts())))
    entries.extend((name, native_text([keys])) for name, keys in extra)
    return entries


class ShortcutsDialog(QDialog):
    def __init__(self, entries: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(entries), 2)
        self.table.setObjectName("shortcuts-table")
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (name, keys) in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(row, 0).text(), self.table.item(row, 1).text())
                for row in range(self.table.rowCount())]
