"""Orders that change while the app runs: notifications, rows updated in place, the timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import BlockReason, Status
from tpop_desktop.profile import Profile


@pytest.fixture
def controller(qtbot, tmp_path, sandbox, sandbox_token):
    app_controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url,
                                   token=sandbox_token)
    qtbot.addWidget(app_controller.window)
    with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000):
        app_controller.start(demo=False)
    qtbot.waitUntil(lambda: app_controller.window.model.rowCount() == len(sandbox.orders()), timeout=5000)
    yield app_controller
    app_controller.close_session()


def select(qtbot, window, reference):
    assert window.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == reference)


def sync_and_collect(qtbot, controller, expected: int = 1):
    shown = []
    controller.notifier.shown.connect(lambda *args: shown.append(args))
    with qtbot.waitSignal(controller.session.syncSucceeded, timeout=15000):
        controller.sync_now()
    # the table's refresh asked for by this sync (an earlier one, the estimates', is superseded by it)
    qtbot.waitSignal(controller.window.model.refreshed, timeout=15000).wait()
    qtbot.waitUntil(lambda: len(shown) >= expected, timeout=5000)
    return shown


def test_an_order_that_ships_notifies_and_updates_its_row_in_place(qtbot, controller, sandbox):
    window = controller.window
    order = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION)
    select(qtbot, window, order.reference)
    row_before = window.table.currentIndex().row()
    shipped = sandbox.ship(order.reference)
    shipment = shipped.shipments[-1]

    shown = sync_and_collect(qtbot, controller)

    title, body, reference = shown[0]
    assert title == f"Order {order.reference} shipped"
    assert shipment.tracking_number in body and shipment.carrier in body
    assert reference == order.reference
    assert window.banner.isVisible() and order.reference in window.banner.label.text()
    # the row is updated in place and stays selected
    assert window.table.currentIndex().row() == row_before
    assert window.model.reference_at(row_before) == order.reference
    status_cell = window.model.index(row_before, 5).data()
    assert status_cell == "Shipped"
    qtbot.waitUntil(lambda: window.detail.order.status is Status.SHIPPED)
    assert any(f"Shipped with tracking number {shipment.tracking_number}" in line
               for line in window.detail.timeline_view.lines)


def test_a_blocked_order_notifies_its_reason_and_shows_the_fix(qtbot, controller, sandbox):
    window = controller.window
    order = next(o for o in sandbox.orders() if o.status is Status.OPEN)
    select(qtbot, window, order.reference)
    sandbox.block(order.reference, BlockReason.PAYMENT, "insufficient_funds")

    shown = sync_and_collect(qtbot, controller)

    assert shown[0][:2] == (f"Order {order.reference} is blocked", "Reason: payment failed")
    qtbot.waitUntil(lambda: window.detail.order.status is Status.BLOCKED)
    advice = " ".join(window.detail.advice_view.texts)
    assert "Retry payment" in advice and "insufficient_funds" in advice
    assert any("Blocked: payment failed" in line for line in window.detail.timeline_view.lines)


def test_a_delivered_order_notifies_and_appears_in_the_timeline(qtbot, controller, sandbox):
    window = controller.window
    order = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.shipments)
    select(qtbot, window, order.reference)
    sandbox.deliver(order.reference)

    shown = sync_and_collect(qtbot, controller)

    assert shown[0][0] == f"Order {order.reference} was delivered"
    qtbot.waitUntil(lambda: window.detail.order.status is Status.DELIVERED)
    assert any("Delivered according to the carrier" in line for line in window.detail.timeline_view.lines)


def test_many_events_in_one_sync_become_one_summary(qtbot, controller, sandbox):
    waiting = [o for o in sandbox.orders() if o.status is Status.PRODUCTION][:3]
    blocked = [o for o in sandbox.orders() if o.status is Status.OPEN][:2]
    for order in waiting:
        sandbox.ship(order.reference)
    for order in blocked:
        sandbox.block(order.reference, BlockReason.ADDRESS)

    shown = sync_and_collect(qtbot, controller)

    assert len(shown) == 1
    title, body, reference = shown[0]
    assert title == "5 order updates"
    assert body == "3 shipped, 2 blocked"
    assert reference == ""


def test_a_kind_switched_off_in_settings_is_not_notified(qtbot, controller, sandbox):
    controller.current_settings.set_notify("shipped", False)
    order = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION)
    sandbox.ship(order.reference)
    shown = []
    controller.notifier.shown.connect(lambda *args: shown.append(args))
    with qtbot.waitSignal(controller.session.syncSucceeded, timeout=15000):
        controller.sync_now()
    # the table's refresh asked for by this sync (an earlier one, the estimates', is superseded by it)
    qtbot.waitSignal(controller.window.model.refreshed, timeout=15000).wait()
    qtbot.waitUntil(lambda: controller.window.model.row_at(
        controller.window.model.row_of_reference(order.reference)).status is Status.SHIPPED)
    assert shown == []


def test_clicking_show_on_the_banner_opens_the_order(qtbot, controller, sandbox):
    window = controller.window
    order = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION)
    sandbox.ship(order.reference)
    sync_and_collect(qtbot, controller)
    window.table.clearSelection()
    qtbot.mouseClick(window.banner.show_button, Qt.MouseButton.LeftButton)
    assert window.detail.order.reference == order.reference


def test_without_a_tray_closing_the_window_quits(qtbot, controller):
    assert controller.tray is None  # offscreen: no system tray
    controller.window.close()
    assert controller.session is None


def test_settings_dialog_stores_the_interval_and_notification_kinds(qtbot, controller, tmp_path):
    controller.open_settings()
    dialog = controller.settings_dialog
    dialog.interval.setValue(12)
    dialog.notify_boxes["delivered"].setChecked(False)
    dialog.close_to_tray.setChecked(False)
    dialog.accept()
    from tpop_desktop.settings import Settings

    reread = Settings(Profile.in_folder(tmp_path / "profile").settings_path)
    assert reread.sync_interval_minutes == 12
    assert reread.notify("delivered") is False and reread.notify("shipped") is True
    assert reread.close_to_tray is False


def test_a_summary_shows_exactly_its_orders_and_never_moves_the_rows(qtbot, controller, sandbox):
    window = controller.window
    window.resize(1200, 720)
    window.show()
    qtbot.waitExposed(window)
    table_top = window.table.mapTo(window, window.table.rect().topLeft())
    producing = [o for o in sandbox.orders() if o.status is Status.PRODUCTION][:5]
    for order in producing:
        sandbox.ship(order.reference)
    shown = sync_and_collect(qtbot, controller)
    assert shown[0][0] == "5 order updates" and shown[0][2] == ""  # one summary, not five messages
    banner = window.banner
    assert banner.isVisible() and banner.show_button.text() == "Show these orders"
    assert window.table.mapTo(window, window.table.rect().topLeft()) == table_top  # it floats over them

    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    shown_refs = {window.model.reference_at(row) for row in range(window.model.rowCount())}
    assert shown_refs == {o.reference for o in producing}
    recent = window.filter_bar.recent_toggle
    assert recent.isVisible() and recent.text() == "Recent changes (5) ✕"
    assert window.filter_bar.clear_button.isVisible()
    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        recent.click()  # one click back to every order
    assert window.model.rowCount() == len(sandbox.orders()) and not recent.isVisible()


def test_an_empty_table_says_why_and_clears_the_filters(qtbot, controller, sandbox):
    window = controller.window
    window.show()
    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        window.filter_bar.search.setText("no customer is called like this")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    assert window.empty_view.isVisible()
    assert window.empty_label.text() == "No order matches the search and filters."
    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        window.empty_clear.click()
    assert window.model.rowCount() == len(sandbox.orders()) and not window.empty_view.isVisible()
    assert window.filter_bar.search.text() == "" and not window.filter_bar.clear_button.isVisible()


def test_a_notification_opens_its_order_even_when_a_filter_hides_it(qtbot, controller, sandbox):
    window = controller.window
    window.filter_bar.set_debounce_ms(0)
    hidden = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION)
    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        window.filter_bar.show_recent(frozenset({next(o.reference for o in sandbox.orders() if o is not hidden)}),
                                      "a figure")
    assert window.model.row_of_reference(hidden.reference) < 0
    controller.open_on(hidden.reference)  # the click on its notification
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == hidden.reference,
                    timeout=5000)
    assert window.model.rowCount() == 1 and window.filter_bar.recent_toggle.isVisible()
    assert window.table.currentIndex().row() == 0
