"""CSV export of the current view from the window: one line per shipment, ISO dates, formulas neutralised."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from everyday_helpers import start_app  # noqa: F401 - fixture
from PySide6.QtCore import Qt

from tpop_desktop.core.models import Status
from tpop_desktop.sandbox import catalog

COLUMNS = ["Order", "Created", "Updated", "Status", "Block reason", "Shop", "Platform", "Shop order number",
           "Customer", "E-mail", "Country", "Postcode", "City", "Carrier", "Tracking number", "Tracking link",
           "Shipped", "Delivered", "Archived"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def export(qtbot, controller, path: Path) -> list[dict[str, str]]:
    with qtbot.waitSignal(controller.window.exporter.finished, timeout=10000) as done:
        assert controller.binder.orders.export_to(path)
    assert done.args[0] == str(path)
    lines = read_csv(path)
    assert done.args[1] == len(lines)
    return lines


def test_hostile_order_exports_inert_one_line_per_shipment(qtbot, start_app, sandbox, tmp_path):  # noqa: F811
    hostile = next(o for o in sandbox.orders() if o.customer.name == catalog.HOSTILE_FORMULA_NAME)
    hostile = sandbox.ship(hostile.reference)  # a second parcel
    assert len(hostile.shipments) == 2
    controller, views = start_app()
    qtbot.keyClicks(views.filter_bar.search, hostile.reference)
    qtbot.waitUntil(lambda: controller.window.model.rowCount() == 1, timeout=5000)

    lines = export(qtbot, controller, tmp_path / "hostile.csv")
    assert [line["Order"] for line in lines] == [hostile.reference, hostile.reference]
    assert {line["Customer"] for line in lines} == {"'" + catalog.HOSTILE_FORMULA_NAME}
    assert [line["Tracking number"] for line in lines] == [s.tracking_number for s in hostile.shipments]
    assert [datetime.fromisoformat(line["Shipped"]) for line in lines] == [
        s.shipped_at.replace(microsecond=0) for s in hostile.shipments]
    assert datetime.fromisoformat(lines[0]["Created"]) == hostile.created_at.replace(microsecond=0)
    assert lines[0]["Status"] == "Shipped" and lines[0]["Archived"] == "no"
    assert (tmp_path / "hostile.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 that Excel recognises


def test_the_whole_view_exports_every_order_and_shipment(qtbot, start_app, sandbox, tmp_path):  # noqa: F811
    controller, views = start_app()
    orders = sandbox.orders()
    qtbot.waitUntil(lambda: controller.window.model.rowCount() == len(orders), timeout=5000)
    lines = export(qtbot, controller, tmp_path / "all.csv")
    assert len(lines) == sum(max(1, len(o.shipments)) for o in orders)
    assert [line["Order"] for line in lines][:5] == [controller.window.model.reference_at(i) for i in range(5)]
    waiting = next(o for o in orders if not o.shipments)
    mine = [line for line in lines if line["Order"] == waiting.reference]
    assert len(mine) == 1
    assert all(mine[0][column] == "" for column in ("Carrier", "Tracking number", "Tracking link", "Shipped",
                                                    "Delivered"))
    muller = next(o for o in orders if "Müller" in o.customer.name)
    assert any(line["Customer"] == muller.customer.name for line in lines)


def test_export_follows_the_filters(qtbot, start_app, sandbox, tmp_path):  # noqa: F811
    controller, views = start_app()
    blocked = {o.reference: o for o in sandbox.orders() if o.status is Status.BLOCKED}
    qtbot.mouseClick(views.filter_bar.chips[Status.BLOCKED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window.model.rowCount() == len(blocked), timeout=5000)
    lines = export(qtbot, controller, tmp_path / "blocked.csv")
    assert {line["Order"] for line in lines} == set(blocked)
    assert {line["Block reason"] for line in lines} <= {"payment failed", "address problem", "print file problem"}


def test_the_export_follows_the_systems_separator_and_starts_in_the_documents_folder(qtbot, start_app, tmp_path):  # noqa: F811
    from PySide6.QtCore import QLocale

    from tpop_desktop.session.csv_export import write_csv
    from tpop_desktop.store.records import OrderQuery, SortKey
    from tpop_desktop.ui.binders.orders import OrdersBinder
    from tpop_desktop.ui.csv_export import export_labels

    assert export_labels(QLocale("en_US")).delimiter == ","
    french = export_labels(QLocale("fr_FR"))  # "3,5": a French spreadsheet splits cells on ";"
    assert french.delimiter == ";" and export_labels(QLocale("de_DE")).delimiter == ";"
    assert export_labels().delimiter == export_labels(QLocale.system()).delimiter  # the system's, not the app's
    controller, _views = start_app()
    path = tmp_path / "commandes.csv"
    store = controller.session.database.orders()
    try:
        write_csv(path, store, OrderQuery(), SortKey.CREATED, True, french)
    finally:
        store.close()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header = handle.readline().rstrip("\r\n")
    assert header.split(";") == COLUMNS
    folder = OrdersBinder.default_export_path().parent
    assert folder.is_dir() and folder != Path.cwd()
