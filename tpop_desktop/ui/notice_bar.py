"""A persistent notice under the toolbar: a state that lasts (locked keyring, session-only token)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from tpop_desktop.ui.widgets import plain_label


class NoticeBar(QFrame):
    """One notice at a time, with at most one action; it stays until the state changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#notice-bar { background: palette(alternate-base); }")
        layout = QHBoxLayout(self)
        self.label = plain_label("")
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton()
        self.action_button.hide()
        layout.addWidget(self.action_button)
        self._callback: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run)
        self.key = ""
        self.hide()

    def show_notice(self, key: str, text: str, action: str = "",
                    callback: Callable[[], None] | None = None) -> None:
        self.key = key
        self.label.setText(text)
        self._callback = callback
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action and callback))
        self.show()

    def clear(self, key: str | None = None) -> None:
        if key is None or key == self.key:
            self.key = ""
            self._callback = None
            self.hide()

    def _run(self) -> None:
        if self._callback is not None:
            self._callback()
