"""The bar above the orders table: search, status chips with counts, shop/country/date filters, toggles.

It only builds a query: the model runs it in SQLite off the GUI thread. Typing is
debounced so a fast typist starts one query, not one per key.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timezone

from PySide6.QtCore import QCollator, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.core.attention import STALE_AFTER
from tpop_desktop.core.local_time import local_today
from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import ParcelFilter
from tpop_desktop.store.records import OrderQuery
from tpop_desktop.ui.filter_state import DateRange, FilterState
from tpop_desktop.ui.flow_layout import FlowLayout
from tpop_desktop.ui.status_style import status_icon
from tpop_desktop.ui.texts import country_name, status_label, tr
from tpop_desktop.ui.tracking.texts import filter_label, filter_tooltip
from tpop_desktop.ui.widgets import plain_label

DEFAULT_DEBOUNCE_MS = 250


def date_range_label(kind: DateRange) -> str:
    return {
        DateRange.ANY: tr("Any date"),
        DateRange.TODAY: tr("Today"),
        DateRange.LAST_7_DAYS: tr("Last 7 days"),
        DateRange.LAST_30_DAYS: tr("Last 30 days"),
        DateRange.LAST_90_DAYS: tr("Last 90 days"),
        DateRange.CUSTOM: tr("Custom range…"),
    }[kind]


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """Emits ``queryChanged(OrderQuery)`` whenever what the table should show changes."""

    queryChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = DEFAULT_DEBOUNCE_MS,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(parent)
        self.setObjectName("filter-bar")
        self._now = now
        self._state = FilterState()
        self._counts: dict[Status, int] = {}
        self._parcel_counts: dict[ParcelFilter, int] | None = None  # None: no carrier tracking, no chips
        self._attention_count: int | None = None
        self._shops: list[tuple[str, str]] = []
        self._countries: list[str] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(max(0, debounce_ms))
        self._debounce.timeout.connect(self._emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        self._build_rows(layout)
        self.attention_hint = plain_label(tr(
            "Blocked orders, and parcels shipped more than {days} days ago that are still not delivered. "
            "Select one to see what to do.").format(days=STALE_AFTER.days))
        self.attention_hint.setObjectName("attention-hint")
        self.attention_hint.setVisible(False)
        layout.addWidget(self.attention_hint)

        self.find_action = QAction(tr("Find orders"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        self.set_facets([], [])
        self._refresh_labels()

    # -- building ----------------------------------------------------------------------------

    def _build_rows(self, layout: QVBoxLayout) -> None:
        """Search, then the chips and toggles, then the lists; both wrap in a narrow window."""
        self.search = QLineEdit()
        self.search.setObjectName("order-search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Search: order, customer, e-mail, tracking number, city, postcode…"))
        self.search.setAccessibleName(tr("Search orders"))
        self.search.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.search)

        chips_row = FlowLayout()
        self.chips: dict[Status, QToolButton] = {}
        for status in Status:
            chip = QToolButton()
            chip.setObjectName(f"chip-{status.value}")
            chip.setCheckable(True)
            chip.setIcon(status_icon(status))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setToolTip(tr("Show only {status} orders (click again to show all)").format(
                status=status_label(status)))
            chip.toggled.connect(lambda checked, chosen=status: self._on_chip_toggled(chosen, checked))
            self.chips[status] = chip
            chips_row.addWidget(chip)
        self.parcel_chips: dict[ParcelFilter, QToolButton] = {}
        for parcel_chip in ParcelFilter:
            chip = QToolButton()
            chip.setObjectName(f"chip-parcel-{parcel_chip.value}")
            chip.setCheckable(True)
            chip.setToolTip(filter_tooltip(parcel_chip))
            chip.setVisible(False)
            chip.toggled.connect(lambda checked, chosen=parcel_chip: self._on_parcel_chip_toggled(chosen, checked))
            self.parcel_chips[parcel_chip] = chip
            chips_row.addWidget(chip)
        layout.addLayout(chips_row)

        row = FlowLayout()
        self.shop_combo = self._list(tr("Shop"), self._on_shop_changed)
        self.country_combo = self._list(tr("Destination country"), self._on_country_changed)
        self.date_combo = self._list(tr("Order date"), self._on_date_range_changed)
        self.date_combo.blockSignals(True)
        for kind in DateRange:
            self.date_combo.addItem(date_range_label(kind), kind.value)
        self.date_combo.blockSignals(False)
        for combo in (self.shop_combo, self.country_combo, self.date_combo):
            row.addWidget(combo)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, tr("From")), (self.date_to, tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self._on_custom_dates_changed)
            row.addWidget(edit)
        self.attention_toggle = QToolButton()
        self.attention_toggle.setObjectName("needs-attention")
        self.attention_toggle.setCheckable(True)
        self.attention_toggle.setToolTip(tr("Only the orders where you need to do something"))
        self.attention_toggle.toggled.connect(lambda checked: self._change(needs_attention=checked))
        self.archived_check = QCheckBox(tr("Show archived"))
        self.archived_check.setObjectName("show-archived")
        self.archived_check.setToolTip(tr("Archived orders are hidden unless you search for them or tick this"))
        self.archived_check.toggled.connect(lambda checked: self._change(show_archived=checked))
        self.recent_toggle = QToolButton()
        self.recent_toggle.setObjectName("recent-changes")
        self.recent_toggle.setCheckable(True)
        self.recent_toggle.setVisible(False)
        self.recent_toggle.toggled.connect(lambda checked: None if checked else self._change(recent=None,
                                                                                            recent_label=""))
        self.shipped_today_toggle = QToolButton()
        self.shipped_today_toggle.setObjectName("shipped-today")
        self.shipped_today_toggle.setCheckable(True)
        self.shipped_today_toggle.setText(tr("Shipped today ✕"))
        self.shipped_today_toggle.setToolTip(tr("Only the orders shipped since midnight (click to show all)"))
        self.shipped_today_toggle.setVisible(False)
        self.shipped_today_toggle.toggled.connect(
            lambda checked: None if checked else self._change(shipped_today=False))
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clear-filters")
        self.clear_button.setText(tr("Clear filters"))
        self.clear_button.setToolTip(tr("Show every order again: no search, no chip, no list choice"))
        self.clear_button.setVisible(False)
        self.clear_button.clicked.connect(self.reset)
        chips_row.addWidget(self.recent_toggle)
        chips_row.addWidget(self.shipped_today_toggle)
        chips_row.addWidget(self.attention_toggle)
        chips_row.addWidget(self.archived_check)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

    @staticmethod
    def _list(name: str, on_change: Callable[[int], None]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)  # a long shop name must not widen the window
        combo.currentIndexChanged.connect(on_change)
        return combo

    # -- what the table should show -----------------------------------------------------

    def state(self) -> FilterState:
        return self._state

    def query(self) -> OrderQuery:
        return self._state.to_query(self._now())

    def set_state(self, state: FilterState) -> None:
        """Show ``state`` in every control and emit the query once."""
        self._state = state
        self._debounce.stop()
        self._sync_controls()
        self._emit()

    def reset(self) -> None:
        self.set_state(FilterState())

    def set_debounce_ms(self, milliseconds: int) -> None:
        self._debounce.setInterval(max(0, milliseconds))

    def show_recent(self, references: frozenset[str], label: str = "") -> None:
        """Only the orders a notification summed up (or a figure of the Insights view, named by ``label``),
        whatever was filtered before (one click clears it)."""
        self.set_state(FilterState(recent=frozenset(references), recent_label=label))

    def filtering(self) -> bool:
        """Something narrows what the table shows (the empty table says so)."""
        return not self._state.is_default()

    def set_shop_problems(self, enabled: bool) -> None:
        """Only orders whose shop is missing TPOP's tracking (set from the shop checks)."""
        if self._state.shop_problems != enabled:
            self._change(shop_problems=enabled)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _change(self, **changes: object) -> None:
        self._state = replace(self._state, **changes)  # type: ignore[arg-type]
        self._debounce.stop()
        self._refresh_labels()
        self._emit()

    def _emit(self) -> None:
        self.queryChanged.emit(self.query())

    def _on_text_changed(self, text: str) -> None:
        self._state = replace(self._state, text=text)
        self.clear_button.setVisible(self.filtering())
        self._debounce.start()

    def _on_chip_toggled(self, status: Status, checked: bool) -> None:
        statuses = set(self._state.statuses)
        (statuses.add if checked else statuses.discard)(status)
        self._change(statuses=frozenset(statuses))

    def _on_parcel_chip_toggled(self, chip: ParcelFilter, checked: bool) -> None:
        chips = set(self._state.parcel_filters)
        (chips.add if checked else chips.discard)(chip)
        self._change(parcel_filters=frozenset(chips))

    def _on_shop_changed(self, index: int) -> None:
        self._change(shop_id=self.shop_combo.itemData(index) or "")

    def _on_country_changed(self, index: int) -> None:
        self._change(country=self.country_combo.itemData(index) or "")

    def _on_date_range_changed(self, index: int) -> None:
        kind = DateRange(self.date_combo.itemData(index))
        changes: dict[str, object] = {"date_range": kind}
        if kind is DateRange.CUSTOM and self._state.date_from is None:
            today = local_today(self._now())
            changes.update(date_from=today.replace(day=1), date_to=today)
            self._sync_custom_dates(today.replace(day=1), today)
        self._show_custom_dates(kind is DateRange.CUSTOM)
        self._change(**changes)

    def _on_custom_dates_changed(self, _day: QDate) -> None:
        start, end = _from_qdate(self.date_from.date()), _from_qdate(self.date_to.date())
        if end < start:
            end = start
            self._sync_custom_dates(start, end)
        self._change(date_from=start, date_to=end)

    # -- controls follow the state ----------------------------------------------------------

    def _sync_controls(self) -> None:
        state = self._state
        widgets = (self.search, self.shop_combo, self.country_combo, self.date_combo, *self.chips.values(),
                   *self.parcel_chips.values(), self.attention_toggle, self.archived_check, self.recent_toggle,
                   self.shipped_today_toggle)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if self.search.text() != state.text:
                self.search.setText(state.text)
            for status, chip in self.chips.items():
                chip.setChecked(status in state.statuses)
            for parcel_chip, chip in self.parcel_chips.items():
                chip.setChecked(parcel_chip in state.parcel_filters)
            self.attention_toggle.setChecked(state.needs_attention)
            self.archived_check.setChecked(state.show_archived)
            self.recent_toggle.setChecked(state.recent is not None)
            self.shipped_today_toggle.setChecked(state.shipped_today)
            self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(state.date_range.value)))
            self._fill_facets()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        today = local_today(self._now())
        self._sync_custom_dates(state.date_from or today, state.date_to or today)
        self._show_custom_dates(state.date_range is DateRange.CUSTOM)
        self._refresh_labels()

    def _sync_custom_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(_to_qdate(day))
            edit.blockSignals(False)

    def _show_custom_dates(self, visible: bool) -> None:
        self.date_from.setVisible(visible)
        self.date_to.setVisible(visible)

    def _refresh_labels(self) -> None:
        locale = QLocale()
        for status, chip in self.chips.items():
            count = self._counts.get(status)
            label = status_label(status)
            chip.setText(label if count is None else tr("{status} ({count})").format(
                status=label, count=locale.toString(count)))
        for parcel_chip, chip in self.parcel_chips.items():
            label = filter_label(parcel_chip)
            count = None if self._parcel_counts is None else self._parcel_counts.get(parcel_chip, 0)
            chip.setText(label if count is None else tr("{status} ({count})").format(
                status=label, count=locale.toString(count)))
            chip.setVisible(self._parcel_counts is not None or parcel_chip in self._state.parcel_filters)
        attention = tr("Needs attention")
        if self._attention_count is not None:
            attention = tr("{label} ({count})").format(label=attention,
                                                       count=locale.toString(self._attention_count))
        self.attention_toggle.setText(attention)
        self.attention_hint.setVisible(self._state.needs_attention)
        recent = self._state.recent
        self.recent_toggle.setVisible(recent is not None)
        if recent is not None and self._state.recent_label:
            self.recent_toggle.setText(tr("{what}: %n order(s) ✕", None, len(recent)).format(
                what=self._state.recent_label))
            self.recent_toggle.setToolTip(tr("Only the orders behind the figure you clicked (click to show all)"))
        elif recent is not None:
            self.recent_toggle.setText(tr("Recent changes (%n) ✕", None, len(recent)))
            self.recent_toggle.setToolTip(tr("Only the orders the last notification was about (click to show all)"))
        self.shipped_today_toggle.setVisible(self._state.shipped_today)
        self.clear_button.setVisible(self.filtering())

    # -- data from the store ---------------------------------------------------------------------

    def set_counts(self, counts: dict[Status, int]) -> None:
        """Orders per status under the current filters except the chips (``model.countsChanged``)."""
        self._counts = dict(counts)
        self._refresh_labels()

    def counts(self) -> dict[Status, int]:
        return dict(self._counts)

    def set_parcel_counts(self, counts: dict[ParcelFilter, int] | None) -> None:
        """Orders per carrier chip; None hides the chips (no tracking key, no carrier answer stored)."""
        self._parcel_counts = None if counts is None else dict(counts)
        self._refresh_labels()

    def set_attention_count(self, count: int | None) -> None:
        self._attention_count = count
        self._refresh_labels()

    def set_facets(self, shops: Sequence[tuple[str, str]], countries: Sequence[str]) -> None:
        """The shops (id, name) and destination countries (ISO codes) the merchant has orders for."""
        self._shops = list(shops)
        self._countries = list(countries)
        for combo in (self.shop_combo, self.country_combo):
            combo.blockSignals(True)
        try:
            self._fill_facets()
        finally:
            for combo in (self.shop_combo, self.country_combo):
                combo.blockSignals(False)

    def _fill_facets(self) -> None:
        """Rebuild both combos around the chosen shop and country (kept even if not listed yet)."""
        collator = QCollator(QLocale())
        by_name = functools.cmp_to_key(collator.compare)
        shops = sorted(self._shops, key=lambda shop: by_name(shop[1]))
        if self._state.shop_id and self._state.shop_id not in {shop_id for shop_id, _ in shops}:
            shops.append((self._state.shop_id, self._state.shop_id))
        self.shop_combo.clear()
        self.shop_combo.addItem(tr("All shops"), "")
        for shop_id, name in shops:
            self.shop_combo.addItem(name, shop_id)
        self.shop_combo.setCurrentIndex(max(0, self.shop_combo.findData(self._state.shop_id)))

        codes = set(self._countries)
        if self._state.country:
            codes.add(self._state.country)
        named = sorted(((country_name(code), code) for code in codes), key=lambda item: by_name(item[0]))
        self.country_combo.clear()
        self.country_combo.addItem(tr("All countries"), "")
        for name, code in named:
            self.country_combo.addItem(name, code)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(self._state.country)))
