"""The Insights window on the sandbox account: figures, the chosen group, click-through, exports; the estimate."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

from everyday_helpers import expected_by, shown, start_app  # noqa: F401 - fixture
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton

from tpop_desktop.core.insights import GroupKind
from tpop_desktop.core.models import Status
from tpop_desktop.ui.cases.message_panel import letter_date
from tpop_desktop.ui.orders_model import Column


def open_insights(qtbot, controller, window):
    qtbot.waitUntil(lambda: bool(expected_by(controller)), timeout=10000)  # the estimates job ran
    with qtbot.waitSignal(controller.session.insights.reportReady, timeout=10000):
        window.actions.insights.trigger()
    view = controller.binder.insights.view
    qtbot.waitUntil(lambda: view.report is not None)
    return view


def test_the_view_shows_every_country_and_opens_the_parcels_behind_a_bar(qtbot, start_app, sandbox):  # noqa: F811
    controller, window = start_app()
    view = open_insights(qtbot, controller, window)
    report = view.report
    countries = view.tables["country"]
    assert countries.topLevelItemCount() == len(report.by_country) > 1
    assert "delivered parcels" in view.headline.text() or "Too few" in view.headline.text()
    assert view.distribution.accessibleDescription()  # a sentence for screen readers

    # choosing a country redraws the charts for it
    first = countries.topLevelItem(0)
    name = first.text(0)
    with qtbot.waitSignal(controller.session.insights.reportReady, timeout=10000):
        countries.setCurrentItem(first)
    assert view.report.group.kind is GroupKind.COUNTRY and name in view.distribution.accessibleName()

    # a bar with parcels: the table shows exactly them, named in the filter bar
    day, parcels = max(view.report.distribution, key=lambda pair: pair[1])
    assert parcels > 0
    with qtbot.waitSignal(view.ordersRequested, timeout=10000) as asked:
        view.distribution.barClicked.emit(day)
    references, label = asked.args
    qtbot.waitUntil(lambda: set(shown(window)) == set(references), timeout=5000)
    assert window.filter_bar.recent_toggle.isVisible() and label in window.filter_bar.recent_toggle.text()
    assert all(o.destination.country.upper() == view.report.group.country for o in sandbox.orders()
               if o.reference in references)

    # and back to every parcel
    with qtbot.waitSignal(controller.session.insights.reportReady, timeout=10000):
        view.every_parcel.click()
    assert view.report.group.kind is None and "every parcel" in view.distribution.accessibleName()


def test_the_period_filter_and_the_exports(qtbot, start_app, tmp_path):  # noqa: F811
    controller, window = start_app()
    view = open_insights(qtbot, controller, window)
    everything = view.report.shipped
    with qtbot.waitSignal(controller.session.insights.reportReady, timeout=10000):
        view.period.setCurrentIndex(0)  # the last 30 days
    assert 0 < view.report.shipped < everything

    # a week of the trend opens its deliveries, though they shipped before the period
    oldest = next(week for week in view.report.trend if week.parcels)
    with qtbot.waitSignal(view.ordersRequested, timeout=10000) as asked:
        view.trend.pointClicked.emit(oldest.monday)
    assert len(asked.args[0]) == oldest.parcels

    png, table = tmp_path / "chart.png", tmp_path / "figures.csv"
    assert view.save_png(png) and not QImage(str(png)).isNull()
    assert view.save_csv(table)
    with open(table, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";" if ";" in file.readline() else ","))
    report = view.report
    assert len(rows) == len(report.by_country) + len(report.by_carrier) + len(report.lanes)


def test_a_travelling_order_shows_its_estimate_and_sorts_by_expected_by(qtbot, start_app):  # noqa: F811
    controller, window = start_app()
    qtbot.waitUntil(lambda: any(at is not None for at in expected_by(controller).values()), timeout=10000)
    estimates = {ref: at for ref, at in expected_by(controller).items() if at is not None}
    model = window.model
    assert window.table.isColumnHidden(Column.EXPECTED)  # the column chooser has it
    window.columns.set_column_visible(Column.EXPECTED, True)
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        window.table.sortByColumn(Column.EXPECTED, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.reference_at(0) in estimates, timeout=5000)
    first = model.reference_at(0)
    assert estimates[first] == min(estimates.values())  # the earliest first
    assert model.index(0, Column.EXPECTED).data()  # "Tue 8 Dec" or "Tue 8 Dec · late"
    window.table.selectionModel().setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                  | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: "estimate" in window.detail.section_widgets, timeout=5000)
    text = " ".join(label.text() for label in window.detail.section_widgets["estimate"].findChildren(QLabel))
    assert "delivered in" in text or "Too few" in text
    order = window.detail.order
    assert order.status is Status.SHIPPED and order.reference == first
    late = datetime.now(timezone.utc) > estimates[first]
    assert ("late" in model.index(0, Column.EXPECTED).data()) == late

    # "when will it arrive?": a message in the customer's language with the expected date (none once late)
    answer = window.detail.section_widgets["estimate"].findChild(QPushButton, "estimate-message")
    assert (answer is None) == late
    coming = next(ref for ref, at in sorted(estimates.items(), key=lambda pair: pair[1])
                  if at > datetime.now(timezone.utc))
    assert window.select_reference(coming)
    qtbot.waitUntil(lambda: window.detail.order.reference == coming and "estimate" in window.detail.section_widgets)
    window.detail.section_widgets["estimate"].findChild(QPushButton, "estimate-message").click()
    dialog = controller.binder.tracking.message_dialog
    qtbot.waitUntil(lambda: dialog.panel.rendered is not None)
    assert letter_date(dialog.panel.language)(estimates[coming]) in dialog.panel.rendered.body
    dialog.close()
