"""A merchant without a TPOP token: the shops are the order source, in the real window on the sandbox."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from shop_helpers import LUNE, WOO, MemoryKeyring, connect_shop, run_connection_test

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import Status
from tpop_desktop.core.shop_order_source import order_match_key
from tpop_desktop.credentials import Credentials
from tpop_desktop.profile import Profile
from tpop_desktop.ui.orders_model import Column

SOURCE_NOTICE = "These orders come from your shops"


def table_column(window, column: Column) -> list[str]:
    model = window.model
    return [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


@pytest.fixture
def shops_only(qtbot, tmp_path):
    keyring = MemoryKeyring()
    controller = AppController(Profile.in_folder(tmp_path / "fresh"),
                               credentials=Credentials(backend=keyring, timeout=5))
    qtbot.addWidget(controller.window)
    controller.start(demo=False)
    yield controller
    controller.quit()


def add_shopify_shop(qtbot, app, sandbox) -> str:
    """Add a shop from the empty Shops dialog, as a merchant does: platform, domain, token, test, save."""
    qtbot.waitUntil(lambda: app.binder is not None and app.binder.shops.dialog is not None, timeout=10000)
    dialog = app.binder.shops.dialog
    assert dialog.isVisible() and dialog.shop_title.text() == "No shop yet"
    next(a for a in dialog.add_menu.actions() if a.objectName() == "add-shopify").trigger()
    creds = sandbox.shop_credentials()[LUNE]
    form = dialog.current_form()
    form.address.setText(creds["shop_domain"])
    form.secrets["access_token"].setText(creds["access_token"])
    assert run_connection_test(qtbot, dialog) == "Connected to Atelier Lune."
    with qtbot.waitSignal(app.session.shopOrdersRead, timeout=20000,
                          check_params_cb=lambda outcome: len(outcome.read_shops) == 1) as read:
        dialog.save_button.click()
    [shop_id] = read.args[0].read_shops
    return shop_id


def test_a_merchant_with_only_a_shop_sees_its_tpop_orders_their_tracking_and_a_shipped_notification(
        qtbot, shops_only, sandbox, opened_urls):
    app, window = shops_only, shops_only.window
    assert window.welcome.shops_button.isVisible()
    qtbot.mouseClick(window.welcome.shops_button, Qt.MouseButton.LeftButton)
    shop_id = add_shopify_shop(qtbot, app, sandbox)
    assert shop_id.startswith("own-shopify-")

    assert window.showing_orders()
    lune = {o.shop_order_number for o in sandbox.orders() if o.shop.id == LUNE}
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    shown = set(table_column(window, Column.REFERENCE))
    assert shown & lune and all(ref.startswith("#") for ref in shown)  # the shop's own numbers, never shop:...
    assert set(table_column(window, Column.SHOP)) == {"Atelier Lune"}
    assert SOURCE_NOTICE in window.notice.label.text() and "authoritative for blocked orders" in \
        window.notice.label.text()
    assert "Shop orders read at" in window.sync_label.text()

    shipped = next(o for o in sandbox.orders() if o.shop.id == LUNE and o.status is Status.SHIPPED and o.shipments
                   and o.shipments[-1].tracking_url.startswith("https://"))
    reference = f"shop:{shop_id}:{shipped.shop_order_number.lstrip('#')}"
    assert window.select_reference(reference)
    assert window.detail.findChild(type(window.detail.status_label), "detail-title").text() == \
        f"Order {shipped.shop_order_number}"
    view = window.detail.shipment_views[-1]
    assert view.shipment.tracking_number == shipped.shipments[-1].tracking_number
    qtbot.mouseClick(view.link_buttons[0], Qt.MouseButton.LeftButton)
    assert opened_urls.urls[-1] == shipped.shipments[-1].tracking_url
    assert window.detail.section_widgets["shop"].objectName() == "shop-source-section"
    assert window.detail.explanation_label.text().startswith("Your shop has it as shipped")

    waiting = next(o for o in sandbox.orders() if o.shop.id == LUNE and o.status in (Status.OPEN, Status.PRODUCTION))
    number = sandbox.ship(waiting.reference).shipments[-1].tracking_number
    with qtbot.waitSignal(app.notifier.shown, timeout=20000,
                          check_params_cb=lambda title, body, ref: "shipped" in title) as shown_note:
        app.sync_now()
    title, body, note_reference = shown_note.args
    assert title == f"Order {waiting.shop_order_number} shipped" and number in body
    assert note_reference == f"shop:{shop_id}:{waiting.shop_order_number.lstrip('#')}"


def test_the_next_start_opens_the_shops_again_without_asking(qtbot, tmp_path, sandbox):
    keyring = MemoryKeyring()
    profile = Profile.in_folder(tmp_path / "again")
    first = AppController(profile, credentials=Credentials(backend=keyring, timeout=5))
    qtbot.addWidget(first.window)
    first.start(demo=False)
    first.start_shops()
    add_shopify_shop(qtbot, first, sandbox)
    qtbot.waitUntil(lambda: first.window.model.rowCount() > 0, timeout=5000)
    rows = first.window.model.rowCount()
    first.quit()

    second = AppController(profile, credentials=Credentials(backend=keyring, timeout=5))
    qtbot.addWidget(second.window)
    try:
        second.start(demo=False)
        assert second.window.stack.currentWidget() is not second.window.welcome  # no welcome page this time
        qtbot.waitUntil(second.window.showing_orders, timeout=10000)  # the shops are the source, as last time
        qtbot.waitUntil(lambda: second.window.model.rowCount() == rows, timeout=5000)
        with qtbot.waitSignal(second.session.shopOrdersRead, timeout=20000) as read:
            second.sync_now()
        assert read.args[0].failures == {}  # the token came back from the keyring
    finally:
        second.quit()


def test_with_a_tpop_token_too_each_order_is_one_row(qtbot, app, sandbox):
    """The sandbox account with its Shopify and WooCommerce shops connected: never two rows for one order."""
    connect_shop(qtbot, app, sandbox, LUNE)
    connect_shop(qtbot, app, sandbox, WOO)
    with qtbot.waitSignal(app.session.shopOrdersRead, timeout=20000,
                          check_params_cb=lambda outcome: {LUNE, WOO} <= set(outcome.read_shops)):
        app.sync_now()
    session = app.session
    seeded = sandbox.shops.seeded
    only_in_shops = len(seeded[LUNE].not_in_tpop + seeded[LUNE].within_grace
                        + seeded[WOO].not_in_tpop + seeded[WOO].within_grace)
    qtbot.waitUntil(lambda: app.window.model.rowCount() == len(sandbox.orders()) + only_in_shops, timeout=5000)
    keys = Counter()
    for reference in (app.window.model.reference_at(row) for row in range(app.window.model.rowCount())):
        order = session.orders.order(reference)
        if order.shop.id in (LUNE, WOO):
            keys[order_match_key(order)] += 1
    assert keys and max(keys.values()) == 1
    assert app.window.notice.key != "shop-source"  # TPOP is the source; the shops only add


def test_which_products_are_tpops_is_set_per_shop_and_the_default_is_explained(qtbot, shops_only, sandbox):
    app = shops_only
    app.start_shops()
    shop_id = add_shopify_shop(qtbot, app, sandbox)
    qtbot.waitUntil(lambda: app.window.model.rowCount() > 0, timeout=5000)
    dialog = app.binder.shops.dialog
    dialog.show_shop(shop_id)
    rule = dialog.rule_form
    assert rule.all_button.isChecked() and "All products is the default" in rule.default_label.text()

    rule.matching_button.click()
    rule.sku_prefixes.setText("MUG-, CANDLE-")  # no product of this shop has such a SKU
    rule.sku_prefixes.textEdited.emit(rule.sku_prefixes.text())
    with qtbot.waitSignal(app.session.shopOrdersRead, timeout=20000):
        dialog.rule_button.click()
    qtbot.waitUntil(lambda: app.window.model.rowCount() == 0, timeout=5000)
    stored = app.session.shops.connections()[shop_id].rule()
    assert stored.sku_prefixes == ("MUG-", "CANDLE-")

    rule.sku_prefixes.setText("TP-")  # the sandbox's TPOP products
    rule.sku_prefixes.textEdited.emit("TP-")
    with qtbot.waitSignal(app.session.shopOrdersRead, timeout=20000):
        dialog.rule_button.click()
    qtbot.waitUntil(lambda: app.window.model.rowCount() > 0, timeout=5000)


def test_connecting_the_tpop_account_later_keeps_one_row_per_order(qtbot, shops_only, sandbox, sandbox_token):
    """Shops first, the TPOP account next: the shop connected on its own becomes TPOP's shop of that name."""
    app = shops_only
    app.start_shops()
    own_id = add_shopify_shop(qtbot, app, sandbox)
    app.binder.shops.dialog.close()
    dialog = app.account_flow.open_connect_dialog()
    dialog.token_field.setText(sandbox_token)
    dialog.advanced.setChecked(True)
    dialog.url_field.setText(sandbox.base_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(app.firstSyncDone, timeout=20000):
        dialog.save_button.click()
    shops = app.session.shops
    qtbot.waitUntil(lambda: LUNE in shops.connections() and own_id not in shops.connections(), timeout=10000)
    qtbot.waitUntil(lambda: shops.order_job.has_shops() and shops.job.access(LUNE) is not None, timeout=10000)
    with qtbot.waitSignal(app.session.shopOrdersRead, timeout=20000,
                          check_params_cb=lambda outcome: LUNE in outcome.read_shops):
        app.sync_now()
    seeded = sandbox.shops.seeded[LUNE]
    expected = len(sandbox.orders()) + len(seeded.not_in_tpop) + len(seeded.within_grace)
    qtbot.waitUntil(lambda: app.window.model.rowCount() == expected, timeout=5000)
    assert app.window.notice.key != "shop-source"  # TPOP is the source now; the shops only add to it
