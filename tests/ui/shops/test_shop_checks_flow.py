"""The daily shop checks in the real window on the sandbox: connect, check, explain, fix, re-check."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from shop_helpers import (
    ETSY,
    LUNE,
    WOO,
    connect_shop,
    fill_shop_form,
    reference_of,
    rows_only_in_shops,
    run_connection_test,
    shop_cell,
    sync_with_checks,
)

from tpop_desktop.core.models import Status
from tpop_desktop.core.shop_checks import ShopState
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.credentials import SERVICE_NAME, shop_user


def confirm_fix(qtbot, app, reference: str, *, notify: bool = True) -> str:
    """Click the pane's button, read the confirmation, click OK, wait for the write."""
    app.window.select_reference(reference)
    section = app.window.detail.section_widgets.get("shop")
    assert section is not None and section.fix_button.isEnabled()
    section.fix_button.click()
    dialog = app.binder.shops.fix_dialog
    details = dialog.details.toPlainText()
    dialog.notify_box.setChecked(notify)
    with qtbot.waitSignal(app.binder.shops.fixFinished, timeout=20000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return details


def writes_for(sandbox, shop_id: str, number: str) -> list[str]:
    return [kind for shop, n, kind in sandbox.shops.writes if (shop, n) == (shop_id, number)]


def test_a_shopify_order_closed_by_hand_is_explained_fixed_after_confirmation_and_then_in_sync(
        qtbot, app, sandbox, memory_keyring):
    connect_shop(qtbot, app, sandbox, LUNE)
    token = sandbox.shop_credentials()[LUNE]["access_token"]
    assert json.loads(memory_keyring.entries[(SERVICE_NAME, shop_user(LUNE))]) == {"access_token": token}
    assert token.encode() not in app.profile.settings_path.read_bytes()

    outcome = sync_with_checks(qtbot, app)
    assert outcome.failures == {}
    number = sandbox.shops.seeded[LUNE].closed_manually[0]
    reference = reference_of(sandbox, LUNE, number)
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "Tracking missing", timeout=5000)
    app.window.select_reference(reference)
    section = app.window.detail.section_widgets.get("shop")
    assert section.state_label.text() == "Tracking missing"
    assert "closed (fulfilled) by hand or automatically" in section.reason_label.text()
    assert "Do not automatically fulfill any of the order's line items" in section.prevention_label.text()

    tracking = sandbox.order(reference).shipments[-1]
    details = confirm_fix(qtbot, app, reference)
    assert tracking.tracking_number in details and tracking.carrier in details
    assert "Your customer will be notified" in details

    assert writes_for(sandbox, LUNE, number) != []
    assert tracking.tracking_number in sandbox.shops.by_number(LUNE, number).numbers()
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "In sync", timeout=5000)
    assert app.window.detail.section_widgets.get("shop").state_label.text() == "In sync"
    assert any("added to shop order" in line for line in app.window.detail.timeline_view.lines)

    sync_with_checks(qtbot, app)
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "In sync", timeout=5000)
    assert len(writes_for(sandbox, LUNE, number)) == 1  # nothing written twice


def test_cancelling_the_confirmation_writes_nothing(qtbot, app, sandbox):
    connect_shop(qtbot, app, sandbox, LUNE)
    sync_with_checks(qtbot, app)
    number = sandbox.shops.seeded[LUNE].not_closed[0]
    reference = reference_of(sandbox, LUNE, number)
    app.window.select_reference(reference)
    app.window.detail.section_widgets.get("shop").fix_button.click()
    app.binder.shops.fix_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert writes_for(sandbox, LUNE, number) == []
    assert app.session.shops.check_for(reference).state is ShopState.TRACKING_MISSING


def test_the_status_bar_counts_shop_problems_and_the_filter_shows_only_them(qtbot, app, sandbox):
    connect_shop(qtbot, app, sandbox, LUNE)
    sync_with_checks(qtbot, app)
    seeded = sandbox.shops.seeded[LUNE]
    problems = len(seeded.closed_manually) + len(seeded.not_closed) + len(seeded.different)
    # the count is the length of the list its button opens; the orders missing in TPOP are counted apart
    assert app.window.shop_problem_button.text().startswith(f"{problems} order")
    assert app.window.shop_problem_button.isVisibleTo(app.window)
    missing = len(seeded.not_in_tpop)
    assert missing and app.window.missing_button.text().startswith(f"{missing} paid shop order")

    bar = app.window.filter_bar
    bar.chips[Status.SHIPPED].click()  # another filter on: the count's button still opens its whole list
    app.window.shop_problem_button.click()
    qtbot.waitUntil(lambda: app.window.model.rowCount() == problems, timeout=5000)
    shown = {app.window.model.reference_at(row) for row in range(problems)}
    assert shown == {reference_of(sandbox, LUNE, n) for n in seeded.closed_manually + seeded.not_closed
                     + seeded.different}
    assert app.window.actions.shop_problems.isChecked()  # the menu says the filter is on
    bar.clear_button.click()
    qtbot.waitUntil(lambda: app.window.model.rowCount() == len(sandbox.orders()) + rows_only_in_shops(sandbox, LUNE),
                    timeout=5000)
    assert not app.window.actions.shop_problems.isChecked()  # cleared with the others
    app.window.shop_problem_button.click()  # and the button works again
    qtbot.waitUntil(lambda: app.window.model.rowCount() == problems, timeout=5000)


@pytest.mark.parametrize("extension", [True, False])
def test_a_woocommerce_order_gets_tpops_tracking_with_or_without_the_extension(qtbot, app, sandbox, extension):
    sandbox.shops.tracking_extension[WOO] = extension
    app.window.actions.shops.trigger()
    dialog = app.binder.shops.dialog
    fill_shop_form(qtbot, dialog, sandbox, WOO)
    result = run_connection_test(qtbot, dialog)
    assert result.startswith("Connected to ")
    assert ("Shipment Tracking extension is not installed" in result) is (not extension)
    with qtbot.waitSignal(app.session.shops.secretsLoaded, timeout=10000):
        dialog.save_button.click()

    sync_with_checks(qtbot, app)
    number = sandbox.shops.seeded[WOO].closed_manually[0]
    reference = reference_of(sandbox, WOO, number)
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "Tracking missing", timeout=5000)
    app.window.select_reference(reference)
    assert "WooCommerce, do not use a plugin that completes orders" in \
        app.window.detail.section_widgets.get("shop").prevention_label.text()

    details = confirm_fix(qtbot, app, reference)
    tracking = sandbox.order(reference).shipments[-1].tracking_number
    assert tracking in details
    assert ("Note text:" in details) is (not extension)
    shop_order = sandbox.shops.by_number(WOO, number)
    if extension:
        assert tracking in {item["tracking_number"] for item in shop_order.tracking_items}
    else:
        assert any(tracking in note.note and note.customer_note for note in shop_order.notes)
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "In sync", timeout=5000)
    sync_with_checks(qtbot, app)
    assert app.session.shops.check_for(reference).state is ShopState.IN_SYNC


def test_a_shop_that_cannot_be_read_shows_unknown_and_why_and_other_shops_keep_their_results(
        qtbot, app, sandbox, memory_keyring):
    connect_shop(qtbot, app, sandbox, LUNE)
    connect_shop(qtbot, app, sandbox, WOO)
    sync_with_checks(qtbot, app)
    woo_reference = reference_of(sandbox, WOO, sandbox.shops.seeded[WOO].closed_manually[0])
    woo_before = app.session.shops.check_for(woo_reference)
    lune_reference = reference_of(sandbox, LUNE, sandbox.shops.seeded[LUNE].closed_manually[0])

    memory_keyring.entries[(SERVICE_NAME, shop_user(LUNE))] = json.dumps({"access_token": "shpat_wrong"})
    with qtbot.waitSignal(app.session.shops.secretsLoaded, timeout=10000):
        app.session.shops.load_secrets()
    outcome = sync_with_checks(qtbot, app)

    assert outcome.failures == {LUNE: "AuthError"}
    qtbot.waitUntil(lambda: shop_cell(app, lune_reference) == "Unknown", timeout=5000)
    assert "could not be checked: The shop rejected the access token" in app.window.statusBar().currentMessage()
    app.window.select_reference(lune_reference)
    section = app.window.detail.section_widgets.get("shop")
    assert section.state_label.text() == "Unknown"
    assert "The shop rejected the access token" in section.reason_label.text()
    assert not section.fix_button.isVisibleTo(section)
    assert app.session.shops.check_for(woo_reference) == woo_before


@pytest.mark.parametrize(("shop_id", "override", "setup", "expected"), [
    (LUNE, {"access_token": "shpat_wrong"}, None, "The shop rejected the access token"),
    (LUNE, {}, "scopes", "lacks a permission: read_merchant_managed_fulfillment_orders"),
    (WOO, {"site_url": "TPOP"}, None, "not a WooCommerce site"),
])
def test_test_connection_names_what_is_wrong(qtbot, app, sandbox, shop_id, override, setup, expected):
    if setup == "scopes":
        sandbox.shops.scopes[LUNE] = ("read_orders",)
    if override.get("site_url") == "TPOP":
        override = {"site_url": sandbox.base_url}
    app.window.actions.shops.trigger()
    dialog = app.binder.shops.dialog
    fill_shop_form(qtbot, dialog, sandbox, shop_id, **override)
    assert expected in run_connection_test(qtbot, dialog)
    assert not dialog.save_button.isEnabled()


def test_etsy_says_how_to_connect_it_and_orders_missing_in_tpop_open_the_manual_order_page(
        qtbot, app, sandbox, opened_urls):
    connect_shop(qtbot, app, sandbox, LUNE)
    sync_with_checks(qtbot, app)
    dialog = app.binder.shops.open_shops()
    dialog.select_shop(ETSY)
    setup = dialog.current_form().setup_label.text()
    assert "etsy.com/developers/your-apps" in setup
    for port in (47611, 47612, 47613):
        assert f"http://localhost:{port}/tpop-desktop/etsy" in setup
    assert dialog.connect_button.isVisibleTo(dialog) and not dialog.test_button.isVisibleTo(dialog)
    assert "TPOP reads Etsy orders three times a day" in dialog.missing_text.text()
    listed = [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())]
    numbers = sandbox.shops.seeded[LUNE].not_in_tpop
    assert [line.split(" · ")[0] for line in listed] == [f"Atelier Lune: order {n}" for n in numbers]
    assert all(" · placed " in line for line in listed), listed  # when (and for whom, where the shop says)
    dialog.manual_order_button.click()
    assert opened_urls.urls == [MANUAL_ORDER_URL]
    assert not dialog.missing.admin_button.isEnabled()  # nothing chosen yet
    dialog.missing_list.setCurrentRow(0)
    dialog.missing.admin_button.click()
    admin = opened_urls.urls[-1]
    assert "/admin/orders/" in admin and admin.startswith(sandbox.base_url)  # the sandbox's Shopify admin



def test_a_connected_shop_is_tested_again_without_typing_its_secret(qtbot, app, sandbox):
    connect_shop(qtbot, app, sandbox, LUNE)
    dialog = app.binder.shops.dialog
    dialog.select_shop(LUNE)
    assert dialog.test_button.isVisible() and dialog.test_button.isEnabled()  # the secret fields are empty
    result = run_connection_test(qtbot, dialog)
    assert result.startswith("Connected to ") and "The stored secret still works." in result
    assert not dialog.save_button.isEnabled()  # nothing new to save
    dialog.current_form().address.setText("http://127.0.0.1:9/nothing-listens-here")
    result = run_connection_test(qtbot, dialog)  # the address typed now is the one tested
    assert not result.startswith("Connected to ") and not dialog.save_button.isEnabled()


def test_removing_a_connection_deletes_its_secret_and_its_results(qtbot, app, sandbox, memory_keyring):
    connect_shop(qtbot, app, sandbox, LUNE)
    sync_with_checks(qtbot, app)
    reference = reference_of(sandbox, LUNE, sandbox.shops.seeded[LUNE].closed_manually[0])
    dialog = app.binder.shops.dialog
    dialog.select_shop(LUNE)
    with qtbot.waitSignal(dialog.connectionRemoved, timeout=10000):
        dialog.remove_button.click()
    assert (SERVICE_NAME, shop_user(LUNE)) not in memory_keyring.entries
    assert app.session.shops.job.access(LUNE) is None
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "", timeout=5000)


def test_the_row_menu_offers_the_shop_fix_for_the_selection(qtbot, tmp_path, sandbox, sandbox_token):
    from tpop_desktop.controller import AppController
    from tpop_desktop.profile import Profile

    controller = AppController(Profile.in_folder(tmp_path / "menu"), api_url=sandbox.base_url, token=sandbox_token)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
        controller.start(demo=False)
    try:
        menu = controller.window.order_actions.context_menu()
        names = [action.objectName() for action in menu.actions()]
        assert "shop-fix-selected" in names
    finally:
        controller.quit()


def test_a_missing_etsy_order_names_its_date_customer_and_total(qtbot):
    from datetime import UTC, datetime

    from tpop_desktop.core.models import Platform
    from tpop_desktop.core.shop_checks import ShopCheck, ShopState
    from tpop_desktop.core.shop_orders import Money
    from tpop_desktop.ui.shops.missing_box import missing_line

    check = ShopCheck(None, "etsy-1", Platform.ETSY, "3990000000", ShopState.NOT_IN_TPOP,
                      ordered_at=datetime(2026, 11, 29, 18, 22, tzinfo=UTC), customer_name="Lotte Peeters",
                      total=Money(2980, 100, "EUR"))
    shop, placed, customer, total = missing_line(check, "PetitCotonStudio").split(" · ")
    assert shop == "PetitCotonStudio: order 3990000000" and placed.startswith("placed ")
    assert customer == "Lotte Peeters" and "29.80" in total and "EUR" in total
