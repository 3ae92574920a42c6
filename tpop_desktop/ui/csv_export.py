"""The CSV export as the merchant sees it: translated column titles, a progress dialog, the outcome.

The writing itself is the order service's (``session.csv_export``), off the GUI thread.
The progress dialog appears only when the export takes longer than a moment.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from tpop_desktop.core.models import BlockReason, Platform, Status
from tpop_desktop.session.background import BackgroundTask
from tpop_desktop.session.csv_export import Labels
from tpop_desktop.session.orders import OrderService
from tpop_desktop.store.records import OrderQuery, SortKey
from tpop_desktop.ui.texts import block_reason_label, platform_label, status_label, tr


def header_labels() -> list[str]:
    """Column titles in the user's language."""
    return [tr("Order"), tr("Created"), tr("Updated"), tr("Status"), tr("Block reason"), tr("Shop"),
            tr("Platform"), tr("Shop order number"), tr("Customer"), tr("E-mail"), tr("Country"),
            tr("Postcode"), tr("City"), tr("Carrier"), tr("Tracking number"), tr("Tracking link"),
            tr("Shipped"), tr("Delivered"), tr("Archived")]


def regional_delimiter(regional: QLocale | None = None) -> str:
    """";" where the system writes numbers "3,5" (Excel and LibreOffice expect it there), else ","."""
    return ";" if (regional or QLocale.system()).decimalPoint() == "," else ","


def export_labels(regional: QLocale | None = None) -> Labels:
    """Every word the export writes, translated now (on the GUI thread) for the worker.

    The separator follows the system's regional settings, as spreadsheets do (not the app's
    language): where numbers are written "3,5", cells are separated by ";" (Excel and
    LibreOffice expect it there).
    """
    delimiter = regional_delimiter(regional)
    return Labels(header=header_labels(), yes=tr("yes"), no=tr("no"),
                  status={status: status_label(status) for status in Status},
                  reasons={reason: block_reason_label(reason) for reason in BlockReason},
                  platforms={platform: platform_label(platform) for platform in Platform},
                  delimiter=delimiter)


class CsvExporter(QObject):
    """One export at a time, with its progress dialog."""

    finished = Signal(str, int)  # path, data lines written
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._path = ""

    def is_running(self) -> bool:
        return self._task is not None and not self._task.finished.is_set()

    def start(self, orders: OrderService, path: Path, query: OrderQuery, sort: SortKey, descending: bool) -> bool:
        """Begin exporting; False when an export is already running."""
        if self.is_running():
            return False
        self._path = str(path)
        dialog = QProgressDialog(tr("Exporting orders…"), tr("Cancel"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(tr("Export to CSV"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        self._task = orders.export_csv(path, query, sort, descending, export_labels(),
                                       on_done=self._on_done, on_error=self._on_error,
                                       on_progress=self._on_progress, context=self)
        dialog.canceled.connect(self._task.cancel)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def wait(self, timeout_s: float = 10.0) -> bool:
        """At shutdown: stop and wait for the export; True when it ended."""
        if self._task is None:
            return True
        self._task.cancel()
        return self._task.wait(timeout_s)

    def _close_dialog(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(done)

    def _on_done(self, lines: int | None) -> None:
        self._close_dialog()
        if lines is None:
            self.cancelled.emit()
        else:
            self.finished.emit(self._path, int(lines))

    def _on_error(self, error: Exception) -> None:
        self._close_dialog()
        self.failed.emit(str(error))
