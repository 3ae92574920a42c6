"""The Insights window: how long the merchant's parcels take, per country, carrier and lane.

Fed by ``InsightsService`` (its reports arrive on the GUI thread); the window asks again when
the period, the shop or the chosen row changes. Clicking a bar, a week, a slow lane or the
21-day figure asks for the parcels behind it and hands them on with ``ordersRequested``.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from tpop_desktop.core.insights import EVERY_PARCEL, Group, GroupFigure, GroupKind, InsightsFilter, InsightsReport
from tpop_desktop.core.text import display_text
from tpop_desktop.session.csv_export import ENCODING, neutralise
from tpop_desktop.session.insights import InsightsService
from tpop_desktop.ui.csv_export import regional_delimiter
from tpop_desktop.ui.insights.charts import Bar, BarChart, LineChart, Point, render_png
from tpop_desktop.ui.insights.texts import (bin_label, day_text, days_text, distribution_summary, figure_label,
                                            headline_text, lane_label, over_limit_text, share_text, slow_lane_text,
                                            trend_summary, window_text, working_days_text)
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label

PERIODS = (30, 90, 182, 365, 0)  # days back; 0: all history
GroupRole = Qt.ItemDataRole.UserRole + 1


def period_label(days: int) -> str:
    if days == 0:
        return tr("All history")
    if days == 182:
        return tr("Last 6 months")
    if days == 365:
        return tr("Last 12 months")
    return tr("Last %n day(s)", None, days)


class InsightsWindow(QWidget):
    ordersRequested = Signal(object, str)  # references, what they are (for the filter's label)

    def __init__(self, insights: InsightsService, shop_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Delivery insights"))
        self.setObjectName("insights")
        self.resize(1000, 680)
        self._insights = insights
        self.group: Group = EVERY_PARCEL
        self.report: InsightsReport | None = None
        self.file_dialog: QFileDialog | None = None
        self._asked = 0  # click-throughs asked for

        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(period_label(days), days)
        self.period.setCurrentIndex(1)
        self.shop = QComboBox()
        self.set_shops(shop_names)
        self.export_png = QPushButton(tr("Export chart…"))
        self.export_csv = QPushButton(tr("Export figures…"))
        self.status = plain_label("")
        self.headline = plain_label("")
        self.over_limit = plain_label("")
        self.over_limit_button = QPushButton(tr("Show these orders"))
        self.tables: dict[str, QTreeWidget] = {}
        self.every_parcel = QPushButton(tr("Every parcel"))
        self.every_parcel.setToolTip(tr("Show the charts for every parcel again"))
        self.every_parcel.clicked.connect(self.show_every_parcel)
        self.tabs = QTabWidget()
        self.tabs.setCornerWidget(self.every_parcel)
        for name, title in (("country", tr("By country")), ("carrier", tr("By carrier")), ("lane", tr("Lanes"))):
            tree = QTreeWidget()
            tree.setRootIsDecorated(False)
            tree.setHeaderLabels([tr("Destination") if name == "country" else tr("Carrier") if name == "carrier"
                                  else tr("Lane"), tr("Parcels"), tr("Median"), tr("9 in 10 within"),
                                  tr("Usually"), tr("Within usual time")])
            tree.setAccessibleName(title)
            tree.currentItemChanged.connect(self._on_row)
            tree.itemActivated.connect(self._on_row_activated)
            self.tables[name] = tree
            self.tabs.addTab(tree, title)
        self.distribution = BarChart()
        self.distribution.set_empty_text(tr("No delivered parcel here yet."))
        self.distribution.barClicked.connect(self._on_bar)
        self.trend = LineChart()
        self.trend.set_empty_text(tr("Too few deliveries per week for a trend."))
        self.trend.pointClicked.connect(self._on_week)
        self.charts = QWidget()  # both charts: what "Export chart" saves
        self.slow = QListWidget()
        self.slow.setAccessibleName(tr("Slowest lanes this month"))
        self.slow.itemActivated.connect(self._on_slow_lane)
        self.slow.itemClicked.connect(self._on_slow_lane)
        self.slow.setMaximumHeight(self.slow.fontMetrics().height() * 6)  # the five slowest, and no more
        self._build_layout()

        self.period.currentIndexChanged.connect(lambda _i: self.request())
        self.shop.currentIndexChanged.connect(lambda _i: self.request())
        self.export_png.clicked.connect(self.ask_png)
        self.export_csv.clicked.connect(self.ask_csv)
        self.over_limit_button.clicked.connect(lambda: self._open_figure(tr("Over 21 days"), over_limit=True))
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        insights.reportReady.connect(self.show_report)
        insights.reportFailed.connect(self._on_failed)

    def set_shops(self, shop_names: dict[str, str]) -> None:
        """The shop filter's choices (the merchant's shops with orders); keeps the chosen one."""
        chosen = self.shop.currentData()
        self.shop.blockSignals(True)
        self.shop.clear()
        self.shop.addItem(tr("Every shop"), "")
        for shop_id, name in sorted(shop_names.items(), key=lambda pair: pair[1].casefold()):
            self.shop.addItem(display_text(name), shop_id)
        self.shop.setCurrentIndex(max(0, self.shop.findData(chosen)))
        self.shop.blockSignals(False)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for text, widget in ((tr("&Period:"), self.period), (tr("&Shop:"), self.shop)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_png)
        filters.addWidget(self.export_csv)
        limit = QHBoxLayout()
        limit.addWidget(self.over_limit, 1)
        limit.addWidget(self.over_limit_button)
        charts = QHBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.distribution, 1)
        charts.addWidget(self.trend, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.headline)
        layout.addLayout(limit)
        layout.addWidget(self.tabs, 2)
        layout.addWidget(self.charts, 2)
        layout.addWidget(plain_label(tr("Slowest lanes this month, against their own history")))
        layout.addWidget(self.slow)
        layout.addWidget(self.status)

    # -- asking ----------------------------------------------------------------------------------------

    def chosen(self) -> InsightsFilter:
        days = int(self.period.currentData())
        shop = str(self.shop.currentData() or "")
        start = self._insights.today() - timedelta(days=days) if days else None
        return InsightsFilter(shipped_from=start, shop_ids=frozenset({shop}) if shop else frozenset())

    def request(self) -> None:
        self.status.setText(tr("Counting…"))
        self._insights.request(self.chosen(), self.group)

    def _on_failed(self, message: str) -> None:
        self.status.setText(tr("The figures could not be read: {error}").format(error=message))

    # -- showing ---------------------------------------------------------------------------------------

    def show_report(self, report: InsightsReport) -> None:
        self.report = report
        self.status.setText("")
        self.headline.setText(headline_text(report))
        self.over_limit.setText(over_limit_text(report))
        self.over_limit_button.setEnabled(report.over_limit > 0)
        for name, figures in (("country", report.by_country), ("carrier", report.by_carrier),
                              ("lane", report.lanes)):
            self._fill(self.tables[name], figures)
        what = self._group_name(report.group)
        self.distribution.set_title(tr("Working days from shipping to delivery: {what}").format(what=what))
        self.distribution.set_bars([Bar(bin_label(day), parcels, day, tr("{parcels}: {days}").format(
            parcels=tr("%n parcel(s)", None, parcels), days=working_days_text(day)))
            for day, parcels in report.distribution])
        self.distribution.set_summary(distribution_summary(report, what))
        self.trend.set_title(tr("Median working days per week: {what}").format(what=what))
        self.trend.set_points([Point(day_text(week.monday), week.median, week.monday,
                                     tr("Week of {date}: %n parcel(s), median {median}", None, week.parcels).format(
                                         date=day_text(week.monday), median=days_text(week.median)))
                               for week in report.trend])
        self.trend.set_summary(trend_summary(report.trend))
        self.slow.clear()
        for lane in report.slow_lanes:
            item = QListWidgetItem(slow_lane_text(lane))
            item.setData(GroupRole, lane)
            self.slow.addItem(item)
        if not report.slow_lanes:
            self.slow.addItem(QListWidgetItem(tr("No lane is slower this month than usual.")))

    def _fill(self, tree: QTreeWidget, figures: Sequence[GroupFigure]) -> None:
        tree.blockSignals(True)
        tree.clear()
        for figure in figures:
            stats = figure.stats
            name = figure_label(figure)
            cells = [name, str(stats.parcels)]
            if stats.enough:
                cells += [days_text(stats.median), days_text(stats.p90), window_text(stats), share_text(figure.within)]
            else:
                cells += [tr("too few parcels"), "", "", ""]
            item = QTreeWidgetItem(cells)
            item.setData(0, GroupRole, figure.group)
            tree.addTopLevelItem(item)
            if figure.group == self.group:
                tree.setCurrentItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        tree.blockSignals(False)

    def _group_name(self, group: Group) -> str:
        if group.kind is None:
            return tr("every parcel")
        tree = self.tables[group.kind.value]
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item.data(0, GroupRole) == group:
                return item.text(0)
        return group.country or group.carrier

    # -- choosing and clicking -------------------------------------------------------------------------

    def _on_row(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        group = current.data(0, GroupRole) if current is not None else EVERY_PARCEL
        if group != self.group:
            self.group = group
            self.request()

    def show_every_parcel(self) -> None:
        for tree in self.tables.values():
            tree.blockSignals(True)
            tree.setCurrentItem(None)  # type: ignore[arg-type]
            tree.clearSelection()
            tree.blockSignals(False)
        if self.group != EVERY_PARCEL:
            self.group = EVERY_PARCEL
            self.request()

    def _on_row_activated(self, item: QTreeWidgetItem) -> None:
        self._open_figure(item.text(0), group=item.data(0, GroupRole))

    def _figure_label(self, figure: str) -> str:
        """ "Delivered in 2 working days", or "Belgium: delivered in 2 working days" for a chosen row."""
        if self.group.kind is None:
            return figure[:1].upper() + figure[1:]
        return tr("{what}: {figure}").format(what=self._group_name(self.group), figure=figure)

    def _on_bar(self, day: object) -> None:
        self._open_figure(self._figure_label(tr("delivered in {days}").format(days=working_days_text(int(day)))),
                          working_days=day)

    def _on_week(self, monday: object) -> None:
        self._open_figure(self._figure_label(tr("delivered in the week of {date}").format(date=day_text(monday))),
                          week=monday)  # type: ignore[arg-type]

    def _on_slow_lane(self, item: QListWidgetItem) -> None:
        lane = item.data(GroupRole)
        if lane is None:
            return
        self._open_figure(lane_label(lane.trend.country, lane.label),
                          group=Group(GroupKind.LANE, lane.trend.country, lane.trend.carrier), recent=True)

    def _open_figure(self, label: str, *, group: Group | None = None, **figure: object) -> None:
        chosen_group = self.group if group is None else group
        self._asked += 1
        asked = self._asked

        def deliver(references: frozenset[str]) -> None:
            if asked == self._asked:  # the last click wins, whichever answer comes first
                self.ordersRequested.emit(references, label)

        self._insights.references(self.chosen(), chosen_group, deliver, self, **figure)

    # -- exporting -------------------------------------------------------------------------------------

    def _save_dialog(self, title: str, name: str, kinds: str, suffix: str, save) -> QFileDialog:  # noqa: ANN001
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        dialog = QFileDialog(self, title, str(base / name), kinds)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda chosen: save(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def ask_png(self) -> QFileDialog:
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        return self._save_dialog(tr("Export the chart as PNG"), tr("tpop-delivery-{date}.png").format(date=today),
                                 tr("PNG images (*.png)"), "png", self.save_png)

    def ask_csv(self) -> QFileDialog:
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        return self._save_dialog(tr("Export the figures to CSV"), tr("tpop-delivery-{date}.csv").format(date=today),
                                 tr("CSV files (*.csv)"), "csv", self.save_csv)

    def save_png(self, path: Path) -> bool:
        """Both charts, as they are shown."""
        ok = render_png(self.charts, path)
        if not ok:
            self.status.setText(tr("The image could not be saved to {path}.").format(path=str(path)))
        return ok

    def save_csv(self, path: Path) -> bool:
        """Every row of the three tables: what, parcels, median, 90th percentile, usual window, share."""
        if self.report is None:
            return False
        header = [tr("Group"), tr("Name"), tr("Parcels"), tr("Median (working days)"),
                  tr("90th percentile (working days)"), tr("Usual window (working days)"), tr("Within usual time")]
        rows = []
        for kind, figures in ((tr("Country"), self.report.by_country), (tr("Carrier"), self.report.by_carrier),
                              (tr("Lane"), self.report.lanes)):
            for figure in figures:
                stats = figure.stats
                rows.append([kind, figure_label(figure), str(stats.parcels), days_text(stats.median) if stats.enough else "",
                             days_text(stats.p90) if stats.enough else "",
                             window_text(stats) if stats.enough else "",
                             share_text(figure.within) if stats.enough else ""])
        try:
            with open(path, "w", encoding=ENCODING, newline="") as file:
                writer = csv.writer(file, delimiter=regional_delimiter())
                writer.writerow(header)
                writer.writerows([[neutralise(cell) for cell in row] for row in rows])
        except OSError as error:
            self.status.setText(tr("The figures could not be saved: {error}").format(error=error.strerror or error))
            return False
        return True
