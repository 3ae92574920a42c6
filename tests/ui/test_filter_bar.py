"""The filter bar: search by every field (accents and case ignored), status chips, needs attention, dates."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest
from everyday_helpers import expected_by, search_fields, shown, start_app, wait_for_rows  # noqa: F401 - fixture
from PySide6.QtCore import QLocale, Qt

from tpop_desktop.core.attention import needs_attention
from tpop_desktop.core.models import Status
from tpop_desktop.core.text import fold
from tpop_desktop.ui.filter_bar import FilterBar
from tpop_desktop.core.local_time import local_midnight
from tpop_desktop.ui.filter_state import DateRange, FilterState
from tpop_desktop.ui.row_marks import row_needs_attention

NOW = datetime(2026, 3, 18, 14, 30, tzinfo=timezone.utc)


def first(orders, predicate):
    return next(order for order in orders if predicate(order))


# (what the merchant types, the order it must find) for each searchable field
SEARCHES = {
    "reference": lambda orders: (orders[17].reference, orders[17]),
    "shop order number": lambda orders: (
        (o := first(orders, lambda o: o.shop_order_number.startswith("#"))).shop_order_number, o),
    "customer name, no accent": lambda orders: ("muller", first(orders, lambda o: "Müller" in o.customer.name)),
    "customer name, upper case": lambda orders: ("ELODIE", first(orders, lambda o: "Élodie" in o.customer.name)),
    "customer e-mail": lambda orders: ((o := orders[42]).customer.email, o),
    "tracking number": lambda orders: (
        (o := first(orders, lambda o: len(o.shipments) == 1)).shipments[0].tracking_number, o),
    "city": lambda orders: ((o := first(orders, lambda o: o.destination.city == "Bruxelles")).destination.city.upper(),
                            o),
    "postcode": lambda orders: ((o := first(orders, lambda o: o.destination.country == "GB")).destination.postcode, o),
    "country": lambda orders: ("ch", first(orders, lambda o: o.destination.country == "CH")),
}


@pytest.mark.parametrize("field", SEARCHES)
def test_search_finds_orders_by_each_field(qtbot, start_app, sandbox, field):  # noqa: F811
    controller, views = start_app()
    orders = sandbox.orders()
    needle, target = SEARCHES[field](orders)
    expected = {o.reference for o in orders if fold(needle) in search_fields(o)}
    qtbot.keyClicks(views.filter_bar.search, needle)
    wait_for_rows(qtbot, controller.window, expected)
    assert target.reference in shown(controller.window)
    assert len(expected) < len(orders)


def test_ctrl_f_focuses_the_search_and_escape_clears_it(qtbot, start_app):  # noqa: F811
    controller, views = start_app()
    window = controller.window
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=2000)
    views.filter_bar.search.setText("lune")
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert views.filter_bar.search.hasFocus()
    assert views.filter_bar.search.selectedText() == "lune"
    qtbot.keyClick(views.filter_bar.search, Qt.Key.Key_Escape)
    assert views.filter_bar.search.text() == ""


def test_chips_show_counts_and_filter_by_status(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    orders = sandbox.orders()
    counts = Counter(order.status for order in orders)
    chips = views.filter_bar.chips
    qtbot.waitUntil(lambda: chips[Status.BLOCKED].text() == f"Blocked ({counts[Status.BLOCKED]})", timeout=5000)
    assert {status: chip.text() for status, chip in chips.items()} == {
        status: f"{status.value.capitalize()} ({counts[status]})" for status in Status}

    qtbot.mouseClick(chips[Status.BLOCKED], Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, controller.window, {o.reference for o in orders if o.status is Status.BLOCKED})
    qtbot.mouseClick(chips[Status.SHIPPED], Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, controller.window,
                  {o.reference for o in orders if o.status in (Status.BLOCKED, Status.SHIPPED)})
    assert chips[Status.DELIVERED].text() == f"Delivered ({counts[Status.DELIVERED]})"  # counts ignore the chips

    qtbot.mouseClick(chips[Status.BLOCKED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips[Status.SHIPPED], Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, controller.window, {o.reference for o in orders})


def test_chip_counts_follow_the_other_filters(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    in_germany = [o for o in sandbox.orders() if o.destination.country == "DE"]
    qtbot.waitUntil(lambda: views.filter_bar.country_combo.findData("DE") > 0, timeout=5000)
    views.filter_bar.country_combo.setCurrentIndex(views.filter_bar.country_combo.findData("DE"))
    wait_for_rows(qtbot, controller.window, {o.reference for o in in_germany})
    delivered = sum(1 for o in in_germany if o.status is Status.DELIVERED)
    qtbot.waitUntil(lambda: views.filter_bar.chips[Status.DELIVERED].text() == f"Delivered ({delivered})",
                    timeout=5000)


def test_needs_attention_lists_exactly_blocked_and_stale_orders(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    now = datetime.now(timezone.utc)

    def attention() -> set[str]:  # late parcels too, once the estimates job has run
        late_by = expected_by(controller)
        return {o.reference for o in sandbox.orders() if needs_attention(o, now, late_by.get(o.reference))}

    qtbot.waitUntil(lambda: views.filter_bar.attention_toggle.text() == f"Needs attention ({len(attention())})",
                    timeout=5000)
    expected = attention()
    assert any(o.status is Status.SHIPPED for o in sandbox.orders() if o.reference in expected)
    qtbot.mouseClick(views.filter_bar.attention_toggle, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, controller.window, expected)
    assert views.filter_bar.attention_hint.isVisibleTo(views.filter_bar)
    model = controller.window.model
    assert all(row_needs_attention(model.row_at(row), now) for row in range(model.rowCount()))


def test_shop_filter_lists_every_shop_and_filters(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    orders = sandbox.orders()
    shops = {o.shop.id: o.shop.name for o in orders}
    combo = views.filter_bar.shop_combo
    qtbot.waitUntil(lambda: combo.count() == len(shops) + 1, timeout=5000)
    assert {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())} == shops
    chosen = orders[0].shop
    combo.setCurrentIndex(combo.findData(chosen.id))
    wait_for_rows(qtbot, controller.window, {o.reference for o in orders if o.shop.id == chosen.id})


# -- the bar on its own -----------------------------------------------------------------------


@pytest.fixture
def bar(qtbot) -> FilterBar:
    widget = FilterBar(debounce_ms=40, now=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def test_typing_is_debounced_into_one_query(qtbot, bar):
    queries = []
    bar.queryChanged.connect(queries.append)
    with qtbot.waitSignal(bar.queryChanged, timeout=2000):
        qtbot.keyClicks(bar.search, "lefevre")
    assert [q.text for q in queries] == ["lefevre"]
    assert queries[0].include_archived  # a search also finds archived orders


def test_chip_click_emits_at_once_with_the_current_text(qtbot, bar):
    bar.search.setText("lune")
    with qtbot.waitSignal(bar.queryChanged, timeout=1000) as emitted:
        qtbot.mouseClick(bar.chips[Status.DELIVERED], Qt.MouseButton.LeftButton)
    assert emitted.args[0].statuses == {Status.DELIVERED}
    assert emitted.args[0].text == "lune"


@pytest.mark.parametrize("kind, days_back", [(DateRange.TODAY, 0), (DateRange.LAST_7_DAYS, 6),
                                             (DateRange.LAST_30_DAYS, 29), (DateRange.LAST_90_DAYS, 89)])
def test_relative_date_ranges_start_at_local_midnight(qtbot, bar, kind, days_back):
    with qtbot.waitSignal(bar.queryChanged, timeout=1000) as emitted:
        bar.date_combo.setCurrentIndex(bar.date_combo.findData(kind.value))
    today = NOW.astimezone().date()
    assert emitted.args[0].created_from == local_midnight(today - timedelta(days=days_back))
    assert emitted.args[0].created_to is None


def test_custom_range_includes_both_days(qtbot, bar):
    bar.set_state(FilterState(date_range=DateRange.CUSTOM, date_from=date(2026, 2, 1), date_to=date(2026, 2, 28)))
    assert bar.date_from.isVisible() == bar.isVisible()
    query = bar.query()
    assert query.created_from == local_midnight(date(2026, 2, 1))
    assert query.created_to == local_midnight(date(2026, 3, 1))


@pytest.fixture
def german_numbers():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def test_counts_are_written_in_the_users_locale(bar, german_numbers):
    bar.set_counts({status: 1234 if status is Status.SHIPPED else 0 for status in Status})
    bar.set_attention_count(7)
    assert bar.chips[Status.SHIPPED].text() == "Shipped (1.234)"
    assert bar.attention_toggle.text() == "Needs attention (7)"


def test_a_restored_shop_is_kept_before_the_shop_list_arrives(bar):
    bar.set_state(FilterState(shop_id="shop_sh_lune"))
    assert bar.query().shop_ids == {"shop_sh_lune"}
    bar.set_facets([("shop_sh_lune", "Atelier Lune"), ("shop_tp_nord", "Studio Nord")], ["FR", "DE"])
    assert bar.shop_combo.currentText() == "Atelier Lune"
    assert bar.query().shop_ids == {"shop_sh_lune"}
