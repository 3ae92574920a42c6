"""Connecting the sandbox's Etsy shop from the Shops dialog: the browser step, the keyring, rotation, the fix."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PySide6.QtWidgets import QDialogButtonBox
from shop_helpers import ETSY, reference_of, shop_cell, sync_with_checks

from tpop_desktop.connectors.etsy_redirect import redirect_uris
from tpop_desktop.core.models import Platform
from tpop_desktop.credentials import SERVICE_NAME, shop_user
from tpop_desktop.session.shop_connections import load_connections

ETSY_FIELDS = {"keystring", "shared_secret", "access_token", "refresh_token", "expires_at", "user_id",
               "etsy_shop_id"}


def stored_secret(memory_keyring) -> dict | None:
    text = memory_keyring.entries.get((SERVICE_NAME, shop_user(ETSY)))
    return json.loads(text) if text else None


def open_etsy_form(qtbot, app, sandbox, **browser_options):
    """The Shops dialog on the Etsy shop TPOP lists, the app's keys typed in, the demo's Etsy address."""
    shops = app.session.shops
    shops.default_addresses[Platform.ETSY] = sandbox.base_url  # as the demo does: its Etsy is the sandbox
    shops.browser_options.update(browser_options)
    dialog = app.binder.shops.open_shops()
    qtbot.waitUntil(lambda: dialog.select_shop(ETSY) or dialog.current_shop() == ETSY, timeout=5000)
    form = dialog.current_form()
    assert form.entry.platform is Platform.ETSY and not form.address.isVisibleTo(dialog)
    keys = sandbox.etsy_app()
    form.secrets["keystring"].setText(keys["keystring"])
    form.secrets["shared_secret"].setText(keys["shared_secret"])
    return dialog


def click_connect(qtbot, dialog, opened_urls) -> str:
    """Click "Connect with Etsy…" and return the page the app asked the desktop to open."""
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: bool(opened_urls.urls), timeout=10000)
    assert dialog.cancel_button.isVisibleTo(dialog) and "Waiting for Etsy" in dialog.result_label.text()
    return opened_urls.urls[-1]


def follow_in_browser(url: str) -> requests.Response:
    """What the default browser does: Etsy's page approves (the sandbox at once) and sends it back to the app."""
    return requests.get(url, timeout=10)


def connect_etsy(qtbot, app, sandbox, opened_urls) -> None:
    dialog = open_etsy_form(qtbot, app, sandbox)
    url = click_connect(qtbot, dialog, opened_urls)
    with qtbot.waitSignal(dialog.connectionSaved, timeout=20000) as saved:
        page = follow_in_browser(url)
    assert saved.args == [ETSY] and "connected" in page.text
    qtbot.waitUntil(lambda: app.session.shops.job.access(ETSY) is not None, timeout=10000)  # secrets in memory


def test_connecting_etsy_in_the_dialog_keeps_every_token_in_the_keyring_and_nothing_in_files(
        qtbot, app, sandbox, opened_urls, memory_keyring):
    sandbox.etsy_auth.redirect_uris = set(redirect_uris())  # Etsy accepts only the registered callbacks
    dialog = open_etsy_form(qtbot, app, sandbox)
    url = click_connect(qtbot, dialog, opened_urls)
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query["redirect_uri"] in redirect_uris() and query["code_challenge_method"] == "S256"
    assert query["client_id"] == sandbox.etsy_app()["keystring"] and query["state"]
    assert sandbox.etsy_app()["shared_secret"] not in url  # the keystring is public, the secret never travels there

    with qtbot.waitSignal(dialog.connectionSaved, timeout=20000):
        page = follow_in_browser(url)
    assert page.status_code == 200 and "connected" in page.text
    assert dialog.result_label.text().startswith("Connected to PetitCotonStudio")
    assert not dialog.cancel_button.isVisibleTo(dialog)
    secret = stored_secret(memory_keyring)
    assert set(secret) == ETSY_FIELDS and secret["refresh_token"] in sandbox.etsy_auth.refresh_tokens
    assert secret["etsy_shop_id"] == sandbox.etsy_app()["etsy_shop_id"]
    settings_bytes = app.profile.settings_path.read_bytes()
    for name in ("access_token", "refresh_token", "shared_secret"):
        assert secret[name].encode() not in settings_bytes
    assert load_connections(app.session.settings)[ETSY].platform is Platform.ETSY


def test_a_refreshed_etsy_token_is_written_back_to_the_keyring_and_the_fix_works_from_the_window(
        qtbot, app, sandbox, opened_urls, memory_keyring):
    connect_etsy(qtbot, app, sandbox, opened_urls)
    first = stored_secret(memory_keyring)
    sandbox.etsy_auth.expire_access_tokens()  # an hour later: Etsy answers 401 and the app refreshes
    outcome = sync_with_checks(qtbot, app)
    assert outcome.failures == {}
    old, new = sandbox.etsy_auth.rotated[0]
    assert old == first["refresh_token"]
    renewed = stored_secret(memory_keyring)
    assert renewed["refresh_token"] == sandbox.etsy_auth.rotated[-1][1] != first["refresh_token"]
    assert renewed["access_token"] in sandbox.etsy_auth.access_tokens

    number = sandbox.shops.seeded[ETSY].closed_manually[0]
    reference = reference_of(sandbox, ETSY, number)
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "Tracking missing", timeout=5000)
    app.window.select_reference(reference)
    section = app.window.detail.section_widgets["shop"]
    section.fix_button.click()
    fix = app.binder.shops.fix_dialog
    assert "Etsy e-mails your customer" in fix.details.toPlainText()
    with qtbot.waitSignal(app.binder.shops.fixFinished, timeout=20000):
        fix.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    tracking = sandbox.order(reference).shipments[-1].tracking_number
    assert tracking in sandbox.shops.by_number(ETSY, number).numbers()
    assert [w for w in sandbox.shops.writes if w[:2] == (ETSY, number)] == [(ETSY, number, "receipt_shipment")]
    qtbot.waitUntil(lambda: shop_cell(app, reference) == "In sync", timeout=5000)


@pytest.mark.parametrize(("act", "words"), [
    ("timeout", "did not come back within 5 minutes"),
    ("cancel", "Connecting was cancelled."),
    ("deny", "access was refused on Etsy's page"),
])
def test_an_attempt_that_does_not_finish_says_why_and_saves_nothing(
        qtbot, app, sandbox, opened_urls, memory_keyring, act, words):
    dialog = open_etsy_form(qtbot, app, sandbox, ports=(0,), timeout_s=0.5 if act == "timeout" else 60.0)
    url = click_connect(qtbot, dialog, opened_urls)
    if act == "cancel":
        dialog.cancel_button.click()
    elif act == "deny":
        sandbox.etsy_auth.deny_next = True
        follow_in_browser(url)
    qtbot.waitUntil(lambda: words in dialog.result_label.text(), timeout=10000)
    assert "Nothing was saved." in dialog.result_label.text()
    assert stored_secret(memory_keyring) is None and ETSY not in load_connections(app.session.settings)
    assert dialog.connect_button.isEnabled() and not dialog.cancel_button.isVisibleTo(dialog)


def test_a_revoked_etsy_connection_names_the_shop_and_offers_to_reconnect(
        qtbot, app, sandbox, opened_urls, memory_keyring):
    connect_etsy(qtbot, app, sandbox, opened_urls)
    app.binder.shops.dialog.close()
    sandbox.etsy_auth.revoke_all()  # the seller changed the Etsy password: every token is dead
    with qtbot.waitSignal(app.session.shopOrdersRead, timeout=20000,
                          check_params_cb=lambda outcome: ETSY in outcome.failures) as read:
        app.sync_now()
    assert read.args[0].failures[ETSY] == "EtsyReconnectRequired"
    notice = app.window.notice
    assert notice.label.text().startswith("PetitCotonStudio can no longer be read: Etsy no longer accepts")
    assert notice.action_button.text() == "Reconnect…"
    notice.action_button.click()
    dialog = app.binder.shops.dialog
    assert dialog.isVisible() and dialog.current_shop() == ETSY
    assert dialog.connect_button.text() == "Connect with Etsy again…"

    opened_urls.urls.clear()
    form = dialog.current_form()
    keys = sandbox.etsy_app()
    form.secrets["keystring"].setText(keys["keystring"])
    form.secrets["shared_secret"].setText(keys["shared_secret"])
    url = click_connect(qtbot, dialog, opened_urls)
    with qtbot.waitSignals([dialog.connectionSaved, app.session.shops.secretsLoaded], timeout=20000):
        follow_in_browser(url)
    with qtbot.waitSignal(app.session.shopOrdersRead, timeout=20000,
                          check_params_cb=lambda outcome: ETSY in outcome.read_shops):
        app.sync_now()
    qtbot.waitUntil(lambda: notice.key != "shop-access", timeout=5000)
