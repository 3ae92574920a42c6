"""The window comes back as it was left: filters, sort, column widths and hidden columns survive a restart."""

from __future__ import annotations

from datetime import date

import pytest
from everyday_helpers import shown, start_app, wait_for_rows  # noqa: F401 - fixture
from PySide6.QtCore import Qt

from tpop_desktop.core.models import Status
from tpop_desktop.settings import Settings
from tpop_desktop.store.records import SortKey
from tpop_desktop.ui.filter_state import DateRange, FilterState
from tpop_desktop.ui.orders_model import Column
from tpop_desktop.ui.view_state import FILTERS_KEY


def test_filters_sort_and_columns_survive_a_restart(qtbot, start_app, sandbox, tmp_path):  # noqa: F811
    profile_dir = tmp_path / "merchant"
    controller, views = start_app(profile_dir)
    window = controller.window
    orders = sandbox.orders()
    shop = orders[0].shop
    qtbot.waitUntil(lambda: views.filter_bar.shop_combo.findData(shop.id) > 0, timeout=5000)
    views.filter_bar.shop_combo.setCurrentIndex(views.filter_bar.shop_combo.findData(shop.id))
    qtbot.mouseClick(views.filter_bar.chips[Status.DELIVERED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(views.filter_bar.archived_check, Qt.MouseButton.LeftButton)
    views.filter_bar.search.setText("a")  # a search is not kept: it would silently hide orders
    window.table.sortByColumn(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    window.table.horizontalHeader().resizeSection(Column.CUSTOMER, 231)
    tracking_item = next(action for action in views.columns.build_menu().actions()
                         if action.text() == "Tracking number")
    tracking_item.trigger()  # unticks it
    window.resize(760, 590)  # inside the 800 x 800 offscreen screen
    expected = {o.reference for o in orders if o.shop.id == shop.id and o.status is Status.DELIVERED}
    qtbot.waitUntil(lambda: Settings(controller.profile.settings_path).value(FILTERS_KEY, "")
                    == views.filter_bar.state().to_json(), timeout=5000)
    controller.close_session()

    again, views_again = start_app(profile_dir)
    window_again = again.window
    wait_for_rows(qtbot, window_again, expected)
    state = views_again.filter_bar.state()
    assert (state.statuses, state.shop_id, state.show_archived, state.text) == (
        frozenset({Status.DELIVERED}), shop.id, True, "")
    assert views_again.filter_bar.chips[Status.DELIVERED].isChecked()
    assert views_again.filter_bar.archived_check.isChecked()
    header = window_again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.CUSTOMER,
                                                                             Qt.SortOrder.AscendingOrder)
    assert window_again.model.sort_state() == (SortKey.CUSTOMER, False)
    assert header.sectionSize(Column.CUSTOMER) == 231
    assert header.isSectionHidden(Column.TRACKING)
    assert (window_again.width(), window_again.height()) == (760, 590)
    names = [window_again.model.row_at(row).customer_name for row in range(window_again.model.rowCount())]
    assert names[0] <= names[-1]


def test_each_profile_keeps_its_own_view(qtbot, start_app, tmp_path):  # noqa: F811
    first, first_views = start_app(tmp_path / "one")
    qtbot.mouseClick(first_views.filter_bar.chips[Status.BLOCKED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: FilterState.from_json(Settings(first.profile.settings_path).value(FILTERS_KEY))
                    .statuses == {Status.BLOCKED}, timeout=5000)
    _second, second_views = start_app(tmp_path / "two")
    assert second_views.filter_bar.state() == FilterState()


def test_the_last_visible_column_cannot_be_hidden(start_app):  # noqa: F811
    controller, views = start_app()
    header = controller.window.table.horizontalHeader()
    for column in Column:
        views.columns.set_column_visible(column, False)
    assert views.columns.visible_columns() == [Column.CARRIER]  # the last one asked to hide
    last = next(a for a in views.columns.build_menu().actions() if a.text() == "Carrier")
    assert last.isChecked() and not last.isEnabled()
    views.columns.show_all()
    assert header.hiddenSectionCount() == 0


# -- the saved form of the filters ----------------------------------------------------------------


def test_filter_state_round_trips_through_json():
    state = FilterState(text="ignored", statuses=frozenset({Status.SHIPPED, Status.BLOCKED}), shop_id="shop_x",
                        country="DE", date_range=DateRange.CUSTOM, date_from=date(2026, 1, 2),
                        date_to=date(2026, 1, 31), needs_attention=True, show_archived=True)
    restored = FilterState.from_json(state.to_json())
    assert restored == FilterState(**{**state.__dict__, "text": ""})


@pytest.mark.parametrize("saved", [
    None, "", "not json", "[1, 2]", '{"statuses": "blocked"}', '{"statuses": [["x"]], "date_range": ["7d"]}',
    '{"date_range": "yesterday", "date_from": "31/01/2026", "needs_attention": "yes"}',
])
def test_a_damaged_setting_gives_the_default_view(saved):
    assert FilterState.from_json(saved) == FilterState()


def test_unknown_statuses_are_dropped_and_the_rest_kept():
    state = FilterState.from_json('{"statuses": ["blocked", "lost"], "country": "be", "date_range": "30d"}')
    assert state == FilterState(statuses=frozenset({Status.BLOCKED}), country="BE", date_range=DateRange.LAST_30_DAYS)
