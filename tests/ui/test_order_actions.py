"""Row actions on the real window: each opens or copies exactly the expected text, for the selected rows."""

from __future__ import annotations

import pytest
from everyday_helpers import select_references, start_app  # noqa: F401 - fixture
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from tpop_desktop.core.models import Order, Status
from tpop_desktop.core.tracking import DESTINATION, links_for, normalize
from tpop_desktop.sandbox import catalog
from tpop_desktop.ui.order_actions import MAX_OPEN_AT_ONCE


def shipped_with_link(orders: list[Order]) -> list[Order]:
    return [o for o in orders if o.status is Status.SHIPPED and o.shipments
            and o.shipments[-1].tracking_url.startswith("https://")]


def focus_table(qtbot, window) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=2000)


def test_enter_opens_the_carrier_page_of_the_selected_order(qtbot, start_app, sandbox, opened_urls):  # noqa: F811
    controller, _views = start_app()
    order = shipped_with_link(sandbox.orders())[0]
    select_references(controller.window, [order.reference])
    focus_table(qtbot, controller.window)
    qtbot.keyClick(controller.window.table, Qt.Key.Key_Return)
    assert opened_urls.urls == [order.shipments[-1].tracking_url]


def test_enter_in_the_search_box_opens_nothing(qtbot, start_app, sandbox, opened_urls):  # noqa: F811
    controller, views = start_app()
    select_references(controller.window, [shipped_with_link(sandbox.orders())[0].reference])
    controller.window.activateWindow()
    views.filter_bar.search.setFocus()
    qtbot.waitUntil(views.filter_bar.search.hasFocus, timeout=2000)
    qtbot.keyClick(views.filter_bar.search, Qt.Key.Key_Return)
    assert opened_urls.urls == []


def test_ctrl_c_copies_the_tracking_numbers_of_the_selection(qtbot, start_app, sandbox, qapp):  # noqa: F811
    controller, _views = start_app()
    first, second = shipped_with_link(sandbox.orders())[:2]
    waiting = next(o for o in sandbox.orders() if o.status is Status.OPEN)
    select_references(controller.window, [first.reference, second.reference, waiting.reference])
    focus_table(qtbot, controller.window)
    qtbot.keyClick(controller.window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    model = controller.window.model
    in_display_order = sorted((first, second), key=lambda o: model.row_of_reference(o.reference))
    assert qapp.clipboard().text() == "\n".join(normalize(o.shipments[-1].tracking_number) for o in in_display_order)


def test_copy_carrier_link_copies_the_tracking_url(start_app, sandbox, qapp):  # noqa: F811
    controller, views = start_app()
    order = shipped_with_link(sandbox.orders())[0]
    select_references(controller.window, [order.reference])
    views.order_actions.copy_link_action.trigger()
    assert qapp.clipboard().text() == order.shipments[-1].tracking_url


def test_destination_post_link_opens_the_belgian_posts_page(start_app, sandbox, opened_urls):  # noqa: F811
    controller, views = start_app()
    order = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.destination.country == "BE"
                 and o.shipments and o.shipments[-1].carrier == catalog.LA_POSTE)
    shipment = order.shipments[-1]
    expected = [link.url for link in links_for(
        shipment.tracking_number, carrier=shipment.carrier, url=shipment.tracking_url or None,
        destination="BE", postcode=order.destination.postcode, language=QLocale().name()[:2])
        if link.kind == DESTINATION]
    assert len(expected) == 1 and expected[0].startswith("https://")
    select_references(controller.window, [order.reference])
    views.order_actions.open_destination_action.trigger()
    assert opened_urls.urls == expected


def test_open_in_dashboard_opens_each_selected_orders_page(start_app, sandbox, opened_urls):  # noqa: F811
    controller, views = start_app()
    first, second = sandbox.orders()[3], sandbox.orders()[4]
    select_references(controller.window, [first.reference, second.reference])
    views.order_actions.open_dashboard_action.trigger()
    assert sorted(opened_urls.urls) == sorted(f"https://app.tpop.com/orders/{o.reference}" for o in (first, second))


def test_a_javascript_tracking_url_is_never_opened(qtbot, start_app, sandbox, opened_urls):  # noqa: F811
    controller, views = start_app()
    order = next(o for o in sandbox.orders() if o.shipments
                 and o.shipments[-1].tracking_url == catalog.HOSTILE_TRACKING_URL)
    select_references(controller.window, [order.reference])
    views.order_actions.open_carrier_action.trigger()
    views.order_actions.copy_link_action.trigger()
    assert opened_urls.urls and all(url.startswith("https://") for url in opened_urls.urls)
    assert "javascript" not in QApplication.clipboard().text()


def test_opening_too_many_pages_at_once_is_refused(start_app, sandbox, opened_urls):  # noqa: F811
    controller, views = start_app()
    many = [o.reference for o in shipped_with_link(sandbox.orders())[:MAX_OPEN_AT_ONCE + 1]]
    select_references(controller.window, many)
    views.order_actions.open_carrier_action.trigger()
    assert opened_urls.urls == []
    assert str(MAX_OPEN_AT_ONCE) in controller.window.statusBar().currentMessage()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen popups
@pytest.mark.parametrize("status, tracked", [(Status.SHIPPED, True), (Status.OPEN, False)])
def test_the_context_menu_offers_what_applies(qtbot, start_app, sandbox, status, tracked):  # noqa: F811
    controller, views = start_app()
    order = next(o for o in sandbox.orders() if o.status is status and bool(o.shipments) == tracked)
    select_references(controller.window, [order.reference])
    table = controller.window.table
    position = table.visualRect(controller.window.model.index(controller.window.model.row_of_reference(
        order.reference), 0)).center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position,
                                                               table.viewport().mapToGlobal(position)))
    menu = views.order_actions.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    enabled = {action.text() for action in menu.actions() if action.isEnabled() and not action.isSeparator()}
    tracking = {"Copy tracking number", "Copy carrier link", "Open carrier tracking page"}
    assert tracking <= enabled if tracked else not tracking & enabled
    assert "Archive" in enabled and "Restore from archive" not in enabled
    menu.close()
    assert all(action.isEnabled() for action in views.order_actions.row_actions())  # shortcuts stay live


def test_archive_and_restore_a_row(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    window = controller.window
    order = sandbox.orders()[5]
    select_references(window, [order.reference])
    views.order_actions.archive_action.trigger()
    qtbot.waitUntil(lambda: window.model.row_of_reference(order.reference) < 0, timeout=5000)
    assert "1 order archived." in window.statusBar().currentMessage()

    qtbot.keyClicks(views.filter_bar.search, order.reference)  # archived orders stay searchable
    qtbot.waitUntil(lambda: window.model.row_of_reference(order.reference) >= 0, timeout=5000)
    assert window.model.row_at(window.model.row_of_reference(order.reference)).archived
    select_references(window, [order.reference])
    menu = views.order_actions.context_menu()
    assert views.order_actions.restore_action in menu.actions() and views.order_actions.archive_action not in menu.actions()
    views.order_actions.restore_action.trigger()
    qtbot.waitUntil(lambda: not window.model.row_at(window.model.row_of_reference(order.reference)).archived,
                    timeout=5000)
    views.filter_bar.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(sandbox.orders()), timeout=5000)
