"""Writing the CSV export, without a window: neutralised cells, the translated words it is given, cancelling."""

from __future__ import annotations

import csv

import pytest

from tpop_desktop.core.models import BlockReason, Platform, Status
from tpop_desktop.session.csv_export import CELL_LIMIT, Labels, neutralise, write_csv
from tpop_desktop.store.records import OrderQuery, SortKey


def labels() -> Labels:
    return Labels(header=[f"col{i}" for i in range(19)], yes="oui", no="non",
                  status={status: status.value.upper() for status in Status},
                  reasons={reason: reason.value for reason in BlockReason},
                  platforms={platform: platform.value for platform in Platform})


@pytest.mark.parametrize("cell, written", [
    ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
    ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1", "'=1"),  # the leading tab or line break goes (one line per cell); the formula stays inert
    ("\r=1", "'=1"),
    ("Ann\nLee", "Ann Lee"),
    ("abc\u202edef", "abcdef"),  # a bidi override would reorder the cell
    ("x" * 40_000, "x" * (CELL_LIMIT - 1) + "…"),  # what one spreadsheet cell holds
    ("Jürgen Müller", "Jürgen Müller"),
    ("a=b", "a=b"),
    ("", ""),
])
def test_cells_a_spreadsheet_would_run_are_neutralised(cell, written):
    assert neutralise(cell) == written


def test_the_words_are_the_ones_given_and_every_order_is_written(synced_database, sandbox, tmp_path):
    store = synced_database.orders()
    target = tmp_path / "orders.csv"
    try:
        written = write_csv(target, store, OrderQuery(), SortKey.CREATED, True, labels())
    finally:
        store.close()
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [f"col{i}" for i in range(19)]
    assert written == len(rows) - 1 == sum(max(1, len(o.shipments)) for o in sandbox.orders())
    assert {row[3] for row in rows[1:]} <= {status.value.upper() for status in Status}
    assert {row[18] for row in rows[1:]} == {"non"}


def test_a_cancelled_export_leaves_no_file(synced_database, tmp_path):
    store = synced_database.orders()
    target = tmp_path / "cancelled.csv"
    progress: list[tuple[int, int]] = []
    try:
        result = write_csv(target, store, OrderQuery(), SortKey.CREATED, True, labels(),
                           progress=lambda done, total: progress.append((done, total)), cancelled=lambda: True)
        total = store.order_count()
    finally:
        store.close()
    assert result is None
    assert list(tmp_path.glob("cancelled.csv*")) == []
    assert progress == [(0, total)]
