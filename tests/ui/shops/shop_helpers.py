"""Helpers for the shop checks tests: an in-memory keyring, connecting a sandbox shop, reading the column."""

from __future__ import annotations

from keyring_fakes import MemoryKeyring  # noqa: F401 - the shop tests' keyring
from PySide6.QtCore import Qt

LUNE, WOO, ETSY = "shop_sh_lune", "shop_wc_bonnet", "shop_et_coton"


def fill_shop_form(qtbot, dialog, sandbox, shop_id: str, **override: str) -> None:
    """Type the sandbox shop's address and secrets into its platform's form, as a merchant pastes them."""
    creds = {**sandbox.shop_credentials()[shop_id], **override}
    qtbot.waitUntil(lambda: dialog.select_shop(shop_id) or dialog.current_shop() == shop_id, timeout=5000)
    form = dialog.current_form()
    assert form is not None and form.entry.platform.value == creds["platform"]
    form.address.setText(creds.get("shop_domain") or creds["site_url"])
    for name, field in form.secrets.items():
        field.setText(creds[name])


def run_connection_test(qtbot, dialog) -> str:
    before = dialog.result_label.text()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and dialog.result_label.text() not in
                    (before, "Testing the connection…"), timeout=10000)
    return dialog.result_label.text()


def connect_shop(qtbot, app, sandbox, shop_id: str) -> None:
    """Through the Shops dialog: test, save, and wait until the secrets are back in memory."""
    app.window.actions.shops.trigger()
    dialog = app.binder.shops.dialog
    fill_shop_form(qtbot, dialog, sandbox, shop_id)
    assert run_connection_test(qtbot, dialog).startswith("Connected to ")
    with qtbot.waitSignal(app.session.shops.secretsLoaded, timeout=10000):
        dialog.save_button.click()
    assert app.session.shops.job.access(shop_id) is not None


def sync_with_checks(qtbot, app):
    """A check run over every connected shop (connecting a shop also starts a run, maybe with fewer shops)."""
    wanted = set(app.session.shops.connections())
    app.session.shops.job.request_check()
    with qtbot.waitSignal(app.binder.shops.checksShown, timeout=30000,
                          check_params_cb=lambda outcome: wanted <= set(outcome.checked_shops)) as shown:
        app.sync_now()
    return shown.args[0]


def rows_only_in_shops(sandbox, *shop_ids: str) -> int:
    """Paid shop orders TPOP does not list: with the shop connected, the table shows them too."""
    return sum(len(sandbox.shops.seeded[s].not_in_tpop) + len(sandbox.shops.seeded[s].within_grace)
               for s in shop_ids)


def reference_of(sandbox, shop_id: str, number: str) -> str:
    return next(o.reference for o in sandbox.orders() if o.shop.id == shop_id and o.shop_order_number == number)


def shop_cell(app, reference: str) -> str:
    from tpop_desktop.ui.orders_model import Column
    model = app.window.model
    row = model.row_of_reference(reference)
    if row < 0:
        return ""
    return model.data(model.index(row, Column.SHOP_CHECK), Qt.ItemDataRole.DisplayRole)
