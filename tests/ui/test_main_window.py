"""The real window on the sandbox account: the table fills, the detail pane and its links work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import Status
from tpop_desktop.profile import Profile


@pytest.fixture
def controller(qtbot, tmp_path, sandbox, sandbox_token):
    app_controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url,
                                   token=sandbox_token)
    qtbot.addWidget(app_controller.window)
    with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000) as first:
        app_controller.start(demo=False)
    assert first.args == [True]
    yield app_controller
    app_controller.close_session()


def click_order(qtbot, window, reference: str) -> None:
    model = window.model
    qtbot.waitUntil(lambda: model.row_of_reference(reference) >= 0, timeout=5000)
    index = model.index(model.row_of_reference(reference), 0)
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == reference,
                    timeout=5000)


def test_table_fills_from_the_first_sync(qtbot, controller, sandbox):
    window = controller.window
    expected = len(sandbox.orders())
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=5000)
    assert window.stack.currentWidget() is window.splitter
    assert "Up to date" in window.sync_label.text()
    newest = max(sandbox.orders(), key=lambda o: (o.created_at, o.reference))
    assert window.model.reference_at(0) == newest.reference  # newest first by default


def test_clicking_a_shipped_order_shows_its_tracking_number(qtbot, controller, sandbox):
    shipped = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.shipments)
    click_order(qtbot, controller.window, shipped.reference)
    views = controller.window.detail.shipment_views
    assert [v.number_field.text() for v in views] == [s.tracking_number for s in shipped.shipments]
    assert controller.window.detail.status_label.text() == "Shipped"


def test_carrier_link_opens_exactly_the_carriers_url(qtbot, controller, sandbox, opened_urls):
    shipped = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.shipments
                   and o.shipments[-1].tracking_url.startswith("https://"))
    click_order(qtbot, controller.window, shipped.reference)
    view = controller.window.detail.shipment_views[-1]
    carrier_button = next(b for b in view.link_buttons if b.objectName() == "carrier-link")
    qtbot.mouseClick(carrier_button, Qt.MouseButton.LeftButton)
    assert opened_urls.urls == [shipped.shipments[-1].tracking_url]


def test_an_order_without_shipment_says_it_is_not_shipped_yet(qtbot, controller, sandbox):
    waiting = next(o for o in sandbox.orders() if o.status is Status.OPEN)
    click_order(qtbot, controller.window, waiting.reference)
    detail = controller.window.detail
    assert detail.shipment_views == []
    assert detail.no_shipment_label.text().startswith("Not shipped yet")


def test_copy_button_puts_the_tracking_number_on_the_clipboard(qtbot, controller, sandbox, qapp):
    shipped = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.shipments)
    click_order(qtbot, controller.window, shipped.reference)
    view = controller.window.detail.shipment_views[-1]
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert qapp.clipboard().text() == shipped.shipments[-1].tracking_number.replace(" ", "")


def test_demo_opens_a_window_with_orders_without_touching_the_profile(qtbot, tmp_path):
    profile_dir = tmp_path / "real-profile"
    app_controller = AppController(Profile.in_folder(profile_dir), demo_live=False)
    qtbot.addWidget(app_controller.window)
    with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000) as first:
        app_controller.start(demo=True)
    try:
        assert first.args == [True]
        qtbot.waitUntil(lambda: app_controller.window.model.rowCount() > 100, timeout=5000)
        assert "demo" in app_controller.window.windowTitle()
        assert not profile_dir.exists()
    finally:
        app_controller.close_session()


def test_without_an_account_the_welcome_offers_the_demo(qtbot, tmp_path):
    app_controller = AppController(Profile.in_folder(tmp_path / "p"))
    qtbot.addWidget(app_controller.window)
    app_controller.start(demo=False)
    window = app_controller.window
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() > 100, timeout=5000)
    finally:
        app_controller.close_session()


def test_the_demo_comes_with_its_shops_connected_and_checked(qtbot, tmp_path):
    from tpop_desktop.ui.orders_model import Column

    app_controller = AppController(Profile.in_folder(tmp_path / "real-profile"), demo_live=False)
    qtbot.addWidget(app_controller.window)
    try:
        with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000):
            app_controller.start(demo=True)
        model = app_controller.window.model

        def shop_states() -> set[str]:
            return {model.index(row, Column.SHOP_CHECK).data() or "" for row in range(model.rowCount())}

        qtbot.waitUntil(lambda: "Tracking missing" in shop_states(), timeout=30000)
        assert "In sync" in shop_states()
    finally:
        app_controller.close_session()


def test_the_pane_never_shows_an_order_the_search_or_a_filter_hid(qtbot, controller, sandbox):
    window = controller.window
    shown, other = [o for o in sandbox.orders() if o.status is Status.SHIPPED][:2]
    click_order(qtbot, window, shown.reference)
    window.filter_bar.search.setText(other.reference)  # the merchant searches for another order
    qtbot.waitUntil(lambda: window.model.row_of_reference(other.reference) == 0 and window.model.rowCount() == 1,
                    timeout=5000)
    assert window.detail.order is None  # the placeholder, not a stale order
    window.filter_bar.search.clear()
    click_order(qtbot, window, shown.reference)
    window.filter_bar.search.setText("no order is called like this")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    assert window.detail.order is None


def demo_on(qtbot, profile: Profile, **kwargs) -> AppController:
    """The embedded demo, synced once (``kwargs`` go to the controller)."""
    app_controller = AppController(profile, demo_live=False, **kwargs)
    qtbot.addWidget(app_controller.window)
    with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000):
        app_controller.start(demo=True)
    return app_controller


def choose_language(app_controller: AppController, code: str, *, shown_first: str | None = None) -> None:
    """Settings > Language, then OK; ``shown_first``: what the list must show when it opens."""
    app_controller.open_settings()
    dialog = app_controller.settings_dialog
    if shown_first is not None:
        assert dialog.language.currentData() == shown_first
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.accept()


def test_a_language_chosen_in_the_demo_is_kept_for_the_next_start(qtbot, tmp_path):
    from tpop_desktop.settings import Settings

    profile = Profile.in_folder(tmp_path / "real-profile")
    app_controller = demo_on(qtbot, profile)
    try:
        choose_language(app_controller, "de")
        notice = app_controller.window.notice
        assert notice.isVisible() and "next start" in notice.label.text()
        assert Settings(profile.settings_path).language == "de"  # where app.main reads it at start
        assert oct(profile.settings_path.stat().st_mode & 0o777) == "0o600"
    finally:
        app_controller.close_session()


def test_a_blocked_order_opens_in_the_dashboard_where_it_is_fixed(qtbot, controller, sandbox, opened_urls):
    from tpop_desktop.core.models import BlockReason
    from tpop_desktop.core.tpop_urls import order_url

    blocked = next(o for o in sandbox.orders() if o.status is Status.BLOCKED and o.block_reason is BlockReason.ADDRESS)
    click_order(qtbot, controller.window, blocked.reference)
    advice = controller.window.detail.advice_view
    assert any("Correct the shipping address in the TPOP dashboard" in text for text in advice.texts)
    qtbot.mouseClick(advice.dashboard_button, Qt.MouseButton.LeftButton)
    assert opened_urls.urls == [order_url(blocked.reference)]


def test_the_default_window_fits_a_laptop_with_the_tracking_first_in_the_pane(qtbot, controller, sandbox, tmp_path):
    from layout_helpers import scanned_columns_fit

    from tpop_desktop.ui.main_window import DEFAULT_SIZE

    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == DEFAULT_SIZE == (1280, 720)
    assert scanned_columns_fit(window) == []
    shipped = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.shipments)
    click_order(qtbot, window, shipped.reference)
    pane = window.detail
    number = pane.shipment_views[-1].number_field
    top_of_number = number.mapTo(pane.widget(), number.rect().topLeft()).y()
    assert top_of_number + number.height() <= pane.viewport().height()  # no scrolling to reach it
    assert top_of_number < pane.advice_view.mapTo(pane.widget(), pane.advice_view.rect().topLeft()).y()
    assert window.grab().save(str(tmp_path / "default-window-1280x720.png"))  # to look at when it fails


def test_tpop_desktop_dash_dash_demo_keeps_the_language_in_the_merchants_own_profile(qtbot, tmp_path):
    """``tpop-desktop --demo`` runs on a throw-away profile: the language goes to the own one, which start reads."""
    from tpop_desktop.settings import Settings

    own = Profile.in_folder(tmp_path / "own")
    own.ensure()
    Settings(own.settings_path).language = "fr"
    app_controller = demo_on(qtbot, Profile.in_folder(tmp_path / "throw-away"), own_profile=own)
    try:
        choose_language(app_controller, "de", shown_first="fr")  # the merchant's choice, not the throw-away's
        assert Settings(own.settings_path).language == "de"
        assert not Profile.in_folder(tmp_path / "throw-away").settings_path.exists() or \
            Settings(Profile.in_folder(tmp_path / "throw-away").settings_path).language == ""
    finally:
        app_controller.close_session()
