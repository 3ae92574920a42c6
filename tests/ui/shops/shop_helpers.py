"""Helpers for the shop checks tests: an in-memory keyring, connecting a sandbox shop, reading the column."""

from __future__ import annotations

from keyring_fakes import MemoryKeyring  # noqa: F401 - the shop tests' keyring
from PySide6.QtCore import Qt

LUNE, WOO, ETSY = "shop_sh_lune", "shop_wc_bonnet", "shop_et_coton"


def fill_shop_form(dialog, sandbox, shop_id: str, **override: str) -> None:
    creds = {**sandbox.shop_credentials()[shop_id], **override}
    dialog.select_shop(shop_id)
    if creds["platform"] == "shopify":
        dialog.shopify_domain.setText(creds["shop_domain"])
        dialog.shopify_token.setText(creds["access_token"])
    else:
        dialog.woo_url.setText(creds["site_url"])
        dialog.woo_key.setText(creds["consumer_key"])
        dialog.woo_secret.setText(creds["consumer_secret"])


def run_connection_test(qtbot, dialog) -> str:
    before = dialog.result_label.text()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and dialog.result_label.text() not in
                    (before, "Testing the connection…"), timeout=10000)
    return dialog.result_label.text()


def connect_shop(qtbot, app, sandbox, shop_id: str) -> None:
    """Through the Shops dialog: test, save, and wait until the secrets are back in memory."""
    app.window.shops_action.trigger()
    dialog = app.shops.dialog
    fill_shop_form(dialog, sandbox, shop_id)
    assert run_connection_test(qtbot, dialog).startswith("Connected to ")
    with qtbot.waitSignal(app.shops.secretsLoaded, timeout=10000):
        dialog.save_button.click()
    assert app.shops.job.access(shop_id) is not None


def sync_with_checks(qtbot, app):
    app.shops.job.request_check()
    with qtbot.waitSignal(app.shops.checksShown, timeout=30000) as shown:
        app.sync_now()
    return shown.args[0]


def reference_of(sandbox, shop_id: str, number: str) -> str:
    return next(o.reference for o in sandbox.orders() if o.shop.id == shop_id and o.shop_order_number == number)


def shop_cell(app, reference: str) -> str:
    from tpop_desktop.ui.orders_model import Column
    model = app.window.model
    row = model.row_of_reference(reference)
    if row < 0:
        return ""
    return model.data(model.index(row, Column.SHOP_CHECK), Qt.ItemDataRole.DisplayRole)
