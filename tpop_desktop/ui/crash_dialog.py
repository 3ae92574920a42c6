"""The window that says an internal error happened, with a report the merchant can copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from tpop_desktop.ui.widgets import heading_label, plain_label
from tpop_desktop.ui.texts import tr

MAX_REPORTS = 5  # an error repeating in a loop must not grow the dialog without end



class CrashDialog(QDialog):
    """Non-modal and never quits the app on close: the app keeps running where it can."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setWindowTitle(tr("TPOP Desktop hit a problem"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the tray app may have no other window
        self.resize(640, 420)
        self._reports: list[str] = []
        self._dropped = 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(tr("Something went wrong inside TPOP Desktop")))
        self.explanation = plain_label(tr(
            "The app keeps running and your stored orders are safe. If something looks wrong, restart it. "
            "To report the problem, copy the report below and send it to the TPOP Desktop maintainers; "
            "it contains no token."))
        layout.addWidget(self.explanation)
        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("crash-report")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.report_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("Copy report"))
        self.copy_button.setObjectName("copy-report")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.add_report(report)

    def add_report(self, report: str) -> None:
        """Another error while the dialog is open: shown below the first ones."""
        self._reports.append(report)
        if len(self._reports) > MAX_REPORTS:
            self._reports.pop(0)
            self._dropped += 1
        self.report_view.setPlainText(self.report_text())

    def report_text(self) -> str:
        text = "\n\n".join(self._reports)
        if self._dropped:
            text = tr("({count} earlier error reports not shown)").format(count=self._dropped) + "\n\n" + text
        return text

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
