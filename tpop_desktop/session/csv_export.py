"""Export what the table shows to a CSV file, one row per shipment (blocking: run it in the background).

The export opens its own connection and re-runs the table's query, so it is exactly the
current view even at 100,000 orders. The file is written beside its target and renamed at
the end: a cancelled or failed export never leaves half a file under the chosen name.
Cells a spreadsheet would run as a formula are neutralised (OWASP "CSV injection"), and server
text is cut to what one spreadsheet cell holds, on one line, without control characters or
bidi overrides (``display_text``); the stored value stays whole. The words it writes (column titles, statuses) come translated from the UI as ``Labels``.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from tpop_desktop.core.models import BlockReason, Order, Platform, Shipment, Status
from tpop_desktop.core.text import display_text
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.records import OrderQuery, SortKey

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CELL_LIMIT = 32_767  # the most a spreadsheet cell holds (Excel, LibreOffice Calc)
BLOCK = 500
ENCODING = "utf-8-sig"  # the byte-order mark makes Excel read accents correctly


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it: at most a cell's length, ``'`` before what would be a formula."""
    cell = display_text(cell, CELL_LIMIT) if cell else cell
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def iso(value: datetime | None) -> str:
    """ISO 8601 in local time with its offset, to the second; empty when unknown."""
    return value.astimezone().isoformat(timespec="seconds") if value is not None else ""


@dataclass(frozen=True)
class Labels:
    """Translated words the export writes, captured on the GUI thread by the UI."""

    header: list[str]
    yes: str
    no: str
    status: dict[Status, str]
    reasons: dict[BlockReason, str]
    platforms: dict[Platform, str]
    delimiter: str = ","  # ";" where the decimal separator is a comma (French and German spreadsheets)


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
            writer = csv.writer(handle, delimiter=labels.delimiter)
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
