"""Export what the table shows to a CSV file, one row per shipment, off the GUI thread.

The worker opens its own connection and re-runs the table's query, so the export is
exactly the current view even at 100,000 orders, and the window stays responsive.
The file is written beside its target and renamed at the end: a cancelled or failed
export never leaves half a file under the chosen name. Cells a spreadsheet would run
as a formula are neutralised (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tpop_desktop.core.models import BlockReason, Order, Platform, Shipment, Status
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.records import OrderQuery, SortKey
from tpop_desktop.ui.texts import block_reason_label, platform_label, status_label, tr

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BLOCK = 500
ENCODING = "utf-8-sig"  # the byte-order mark makes Excel read accents correctly


def header_labels() -> list[str]:
    """Column titles in the user's language (read on the GUI thread, handed to the worker)."""
    return [tr("Order"), tr("Created"), tr("Updated"), tr("Status"), tr("Block reason"), tr("Shop"),
            tr("Platform"), tr("Shop order number"), tr("Customer"), tr("E-mail"), tr("Country"),
            tr("Postcode"), tr("City"), tr("Carrier"), tr("Tracking number"), tr("Tracking link"),
            tr("Shipped"), tr("Delivered"), tr("Archived")]


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would treat as a formula; other text is unchanged."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def iso(value: datetime | None) -> str:
    """ISO 8601 in local time with its offset, to the second; empty when unknown."""
    return value.astimezone().isoformat(timespec="seconds") if value is not None else ""


class Labels:
    """Translated words the worker writes, captured on the GUI thread."""

    def __init__(self) -> None:
        self.header = header_labels()
        self.yes, self.no = tr("yes"), tr("no")
        self.status = {status: status_label(status) for status in Status}
        self.reasons = {reason: block_reason_label(reason) for reason in BlockReason}
        self.platforms = {platform: platform_label(platform) for platform in Platform}


def order_lines(order: Order, archived: bool, labels: Labels) -> list[list[str]]:
    """One line per shipment; an order without shipment gives one line with empty shipment cells."""
    common = [
        order.reference, iso(order.created_at), iso(order.updated_at), labels.status[order.status],
        labels.reasons[order.block_reason] if order.block_reason is not None else "",
        order.shop.name, labels.platforms[order.shop.platform], order.shop_order_number,
        order.customer.name, order.customer.email, order.destination.country, order.destination.postcode,
        order.destination.city,
    ]
    shipments: Sequence[Shipment | None] = order.shipments or (None,)
    lines = []
    for shipment in shipments:
        shipped = ([shipment.carrier, shipment.tracking_number, shipment.tracking_url, iso(shipment.shipped_at),
                    iso(shipment.delivered_at)] if shipment is not None else ["", "", "", "", ""])
        lines.append([neutralise(cell) for cell in (*common, *shipped, labels.yes if archived else labels.no)])
    return lines


def write_csv(path: Path, store: OrderStore, query: OrderQuery, sort: SortKey, descending: bool,
              labels: Labels, *, now: datetime | None = None,
              progress: Callable[[int, int], None] = lambda done, total: None,
              cancelled: Callable[[], bool] = lambda: False) -> int | None:
    """Write the view to ``path``; returns the number of data lines, or None when cancelled."""
    ids = store.query_ids(query, sort, descending, now=now or datetime.now(timezone.utc))
    partial = path.with_name(path.name + ".part")
    written = 0
    try:
        with open(partial, "w", encoding=ENCODING, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([neutralise(title) for title in labels.header])
            progress(0, len(ids))
            for start in range(0, len(ids), BLOCK):
                if cancelled():
                    raise _Cancelled
                block = ids[start:start + BLOCK]
                rows = store.rows(block)
                for rowid in block:
                    row = rows.get(rowid)
                    order = store.order(row.reference) if row is not None else None
                    if row is None or order is None:
                        continue  # deleted by a sign-out meanwhile
                    lines = order_lines(order, row.archived, labels)
                    writer.writerows(lines)
                    written += len(lines)
                progress(min(start + BLOCK, len(ids)), len(ids))
        os.replace(partial, path)
    except _Cancelled:
        partial.unlink(missing_ok=True)
        return None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written


class _Cancelled(Exception):
    pass


class _Relay(QObject):
    """Lives on the GUI thread: the worker emits, the exporter's slots run on the GUI thread."""

    progress = Signal(int, int)
    done = Signal(object)  # lines written, or None when cancelled
    error = Signal(str)


class CsvExporter(QObject):
    """One export at a time; a progress dialog appears only if it takes longer than a moment."""

    finished = Signal(str, int)  # path, data lines written
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)
        self.progress_dialog: QProgressDialog | None = None
        self._path = ""

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, path: Path, store_path: Path, query: OrderQuery, sort: SortKey, descending: bool) -> bool:
        """Begin exporting; False when an export is already running."""
        if self.is_running():
            return False
        self._path = str(path)
        self._cancel = threading.Event()
        cancel = self._cancel
        labels = Labels()
        relay = self._relay
        dialog = QProgressDialog(tr("Exporting orders…"), tr("Cancel"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(tr("Export to CSV"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        self.progress_dialog = dialog

        def run() -> None:
            try:
                store = OrderStore(store_path)
                try:
                    result = write_csv(Path(path), store, query, sort, descending, labels,
                                       progress=relay.progress.emit, cancelled=cancel.is_set)
                finally:
                    store.close()
            except (StoreError, OSError) as error:
                relay.error.emit(str(error))
            else:
                relay.done.emit(result)

        self._thread = threading.Thread(target=run, name="tpop-csv-export", daemon=True)
        self._thread.start()
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout_s: float = 10.0) -> bool:
        """At shutdown: stop and wait for the worker; True when it ended."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
        return not self.is_running()

    def _close_dialog(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(done)

    @Slot(object)
    def _on_done(self, lines: object) -> None:
        self._close_dialog()
        if lines is None:
            self.cancelled.emit()
        else:
            self.finished.emit(self._path, int(lines))  # type: ignore[call-overload]

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self._close_dialog()
        self.failed.emit(message)
