"""After a whole session, no file the app wrote holds the token, in any encoding we can think of."""

from __future__ import annotations

import base64
import binascii
import logging
import threading
import urllib.parse
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tpop_desktop.controller import AppController
from tpop_desktop.crash_report import CrashReporter
from tpop_desktop.logging_setup import forget_secret, setup_logging, shutdown_logging
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.server import SandboxServer

TOKEN = "tpop_live_Qm7xK2vR9sLp4WzN8cTb1YhD"


def encodings(secret: str) -> dict[str, bytes]:
    """The token as raw bytes, URL-encoded, hex, UTF-16 and base64 at each of the three alignments."""
    raw = secret.encode()
    forms = {"raw": raw, "url": urllib.parse.quote(secret, safe="").encode(),
             "url-plus": urllib.parse.quote_plus(secret).encode(), "hex": binascii.hexlify(raw),
             "utf-16": secret.encode("utf-16-le"), "bearer-base64": base64.b64encode(b"Bearer " + raw)}
    for shift in range(3):
        for name, encode in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            encoded = encode(b"\0" * shift + raw)
            # keep only the characters that depend on the token alone
            start = {0: 0, 1: 4, 2: 4}[shift]
            forms[f"{name}+{shift}"] = encoded[start:len(encoded) - 4]
    return forms


def scan(folder: Path, secret: str) -> tuple[int, list[str]]:
    forms = encodings(secret)
    hits, count = [], 0
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            count += 1
            data = path.read_bytes()
            hits += [f"{path.relative_to(folder)} ({name})" for name, form in forms.items() if form in data]
    return count, hits


def test_scan_finds_a_planted_token(tmp_path):
    """The scanner itself works: every form is found when planted."""
    for name, form in encodings(TOKEN).items():
        (tmp_path / name).write_bytes(b"prefix " + form + b" suffix")
    count, hits = scan(tmp_path, TOKEN)
    assert count == len(encodings(TOKEN)) and len(hits) >= count
    for shift in range(3):
        (tmp_path / f"blob{shift}").write_bytes(base64.b64encode(b"x" * shift + b"Authorization: " + TOKEN.encode()))
    assert len(scan(tmp_path, TOKEN)[1]) >= count + 3


@pytest.fixture
def own_sandbox():
    server = SandboxServer(TOKEN, seed=11)
    server.start()
    yield server
    server.stop()


def test_a_full_session_leaves_no_token_in_any_file(qtbot, tmp_path, own_sandbox, monkeypatch):
    root = tmp_path / "profile"
    profile = Profile.in_folder(root)
    profile.ensure()
    setup_logging(profile.log_dir, level=logging.DEBUG)  # debug: requests and urllib3 say the most
    reporter = CrashReporter(show_dialog=False).install()
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: None))  # keep the test's own app
    controller = AppController(profile, api_url=own_sandbox.base_url, token=TOKEN)
    qtbot.addWidget(controller.window)
    try:
        with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
            controller.start(demo=False)
        assert first.args == [True]
        window = controller.window
        for order in own_sandbox.orders()[:5]:
            qtbot.waitUntil(lambda o=order: window.select_reference(o.reference), timeout=5000)
        controller.settings.set_account("acc_7Q2M4K", "Atelier Lune SAS", own_sandbox.base_url)  # as Connect does
        controller.settings.sync_interval_minutes = 10
        controller.settings.sync()
        own_sandbox.state.tick()
        window.sync_label.setText("")
        controller.sync_now()
        qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=10000)

        def leak() -> None:
            raise RuntimeError(f"Authorization: Bearer {TOKEN}; token={TOKEN}")

        thread = threading.Thread(target=leak, name="leaky")
        thread.start()
        thread.join(5)
        qtbot.waitUntil(lambda: len(reporter.reports) == 1, timeout=5000)
        assert TOKEN not in reporter.reports[0]
        live_count, live_hits = scan(root, TOKEN)  # while running: -wal and -shm files exist too
        assert live_hits == []
        controller.quit()
    finally:
        reporter.uninstall()
        shutdown_logging()
        logging.getLogger().setLevel(logging.WARNING)
        forget_secret(TOKEN)

    log_text = (profile.log_dir / "tpop-desktop.log").read_text()
    assert "uncaught exception" in log_text and "GET" in log_text  # the log did record the session
    count, hits = scan(root, TOKEN)
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    print(f"\nsecrets scan: {live_count} files while running, {count} after quitting "
          f"({', '.join(files)}), {len(hits)} hits")
    assert {"data/orders.sqlite3", "logs/tpop-desktop.log", "config/settings.ini"} <= set(files)
    assert live_count > count  # the scan saw the database's side files too
    assert hits == []


def test_etsy_tokens_never_reach_a_file_through_connecting_refreshing_and_a_revoked_shop(
        qtbot, tmp_path, own_sandbox, monkeypatch, opened_urls):
    """Every Etsy token the sandbox ever issued, and the app's shared secret, in no file of the profile."""
    import json

    import requests
    from keyring_fakes import MemoryKeyring

    from tpop_desktop.core.models import Platform
    from tpop_desktop.credentials import SERVICE_NAME, Credentials, shop_user

    root = tmp_path / "profile"
    profile = Profile.in_folder(root)
    profile.ensure()
    setup_logging(profile.log_dir, level=logging.DEBUG)
    reporter = CrashReporter(show_dialog=False).install()
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: None))
    keyring = MemoryKeyring()
    controller = AppController(profile, api_url=own_sandbox.base_url, token=TOKEN,
                               credentials=Credentials(backend=keyring, timeout=5))
    qtbot.addWidget(controller.window)
    auth = own_sandbox.etsy_auth
    try:
        with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
            controller.start(demo=False)
        shops = controller.session.shops
        shops.default_addresses[Platform.ETSY] = own_sandbox.base_url
        shops.browser_options["ports"] = (0,)
        dialog = controller.binder.shops.open_shops()
        etsy = own_sandbox.etsy_app()
        qtbot.waitUntil(lambda: dialog.select_shop(etsy["shop_id"]) or dialog.current_shop() == etsy["shop_id"],
                        timeout=5000)
        form = dialog.current_form()
        form.secrets["keystring"].setText(etsy["keystring"])
        form.secrets["shared_secret"].setText(etsy["shared_secret"])
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: bool(opened_urls.urls), timeout=10000)
        with qtbot.waitSignals([dialog.connectionSaved, shops.secretsLoaded], timeout=20000):
            requests.get(opened_urls.urls[-1], timeout=10)  # the browser: Etsy's page, then the app's callback

        auth.expire_access_tokens()  # the next read refreshes: a new pair, written back to the keyring
        shops.job.request_check()
        with qtbot.waitSignal(shops.checksDone, timeout=30000,
                              check_params_cb=lambda outcome: etsy["shop_id"] in outcome.checked_shops):
            controller.sync_now()
        assert auth.rotated
        with auth.lock:  # every token Etsy (the sandbox) ever issued to this app
            issued = {*auth.access_tokens, *auth.refresh_tokens, *(t for pair in auth.rotated for t in pair),
                      etsy["shared_secret"]}
        auth.revoke_all()  # then every token dies: the read fails, the window says so
        with qtbot.waitSignal(controller.session.shopOrdersRead, timeout=30000,
                              check_params_cb=lambda outcome: etsy["shop_id"] in outcome.failures):
            controller.sync_now()
        stored = json.loads(keyring.entries[(SERVICE_NAME, shop_user(etsy["shop_id"]))])
        assert stored["refresh_token"] in issued  # the keyring holds the newest pair

        def leak() -> None:
            raise RuntimeError(f"Authorization: Bearer {stored['access_token']}; refresh={stored['refresh_token']}")

        thread = threading.Thread(target=leak, name="leaky-etsy")
        thread.start()
        thread.join(5)
        qtbot.waitUntil(lambda: len(reporter.reports) == 1, timeout=5000)
        assert stored["access_token"] not in reporter.reports[0]
        controller.quit()
    finally:
        reporter.uninstall()
        shutdown_logging()
        logging.getLogger().setLevel(logging.WARNING)
    log_text = (profile.log_dir / "tpop-desktop.log").read_text()
    assert "POST" in log_text and "EtsyReconnectRequired" in log_text  # the log did record the Etsy session
    for secret in issued:
        count, hits = scan(root, secret)
        assert count > 0 and hits == [], secret[:6]


def test_carrier_keys_leave_no_trace_in_any_file_through_the_whole_app(qtbot, tmp_path, monkeypatch):
    """Keys read from the keyring, refreshes, a refused key, a manual refresh, Settings' test and save, a crash."""
    from keyring_fakes import MemoryKeyring
    from tpop_desktop.credentials import SERVICE_NAME, Credentials, carrier_user
    from tpop_desktop.ui.binders.tracking import NOTICE_CARRIER_KEY, SETTINGS_PAGE

    sandbox = SandboxServer(TOKEN, seed=13, order_count=120)
    sandbox.start()
    keys = sandbox.carrier_keys()
    revoked = "okapi_revoked_Zq8Mv3Kt6Wd1Hs4"
    keyring = MemoryKeyring()
    keyring.entries[(SERVICE_NAME, carrier_user("laposte"))] = revoked
    keyring.entries[(SERVICE_NAME, carrier_user("17track"))] = keys["17track"]
    root = tmp_path / "profile"
    profile = Profile.in_folder(root)
    profile.ensure()
    setup_logging(profile.log_dir, level=logging.DEBUG)
    reporter = CrashReporter(show_dialog=False).install()
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: None))
    controller = AppController(profile, api_url=sandbox.base_url, token=TOKEN,
                               credentials=Credentials(backend=keyring, timeout=5),
                               carrier_urls=sandbox.carrier_base_urls())
    qtbot.addWidget(controller.window)
    try:
        with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
            controller.start(demo=False)
        window, tracking = controller.window, controller.session.tracking
        qtbot.waitUntil(lambda: window.notice.key == NOTICE_CARRIER_KEY, timeout=30000)  # La Poste refused it
        qtbot.waitUntil(tracking.has_parcels, timeout=30000)  # 17TRACK answered
        controller.open_settings(SETTINGS_PAGE)
        page = controller.settings_dialog.pages[SETTINGS_PAGE]
        dhl, laposte = page.boxes["dhl"], page.boxes["laposte"]
        qtbot.keyClicks(dhl.key_field, keys["dhl"])
        dhl.test_button.click()
        qtbot.waitUntil(lambda: dhl.result_label.text() == "The key works.", timeout=10000)
        qtbot.keyClicks(laposte.key_field, keys["laposte"])
        with qtbot.waitSignal(tracking.keysChanged, timeout=5000):
            laposte.save_button.click()
        controller.settings_dialog.reject()
        order = next(o for o in sandbox.orders() if o.latest_shipment and o.latest_shipment.carrier == "Colissimo"
                     and o.status.value == "shipped")
        with qtbot.waitSignal(tracking.manualDone, timeout=15000):
            tracking.refresh_one(order.reference)

        def leak() -> None:
            raise RuntimeError(f"X-Okapi-Key: {keys['laposte']}; 17token={keys['17track']}; {revoked}")

        thread = threading.Thread(target=leak, name="leaky")
        thread.start()
        thread.join(5)
        qtbot.waitUntil(lambda: len(reporter.reports) == 1, timeout=5000)
        assert not any(key in reporter.reports[0] for key in (*keys.values(), revoked))
        live = [scan(root, key) for key in (*keys.values(), revoked)]
        assert all(hits == [] for _count, hits in live)
        controller.quit()
    finally:
        reporter.uninstall()
        shutdown_logging()
        logging.getLogger().setLevel(logging.WARNING)
        sandbox.stop()
    log_text = (profile.log_dir / "tpop-desktop.log").read_text()
    assert "key_rejected" in log_text and "laposte/suivi/v2" in log_text  # the log did record the refreshes
    assert keyring.entries[(SERVICE_NAME, carrier_user("laposte"))] == keys["laposte"]  # saved where it belongs
    files = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    assert {"data/orders.sqlite3", "logs/tpop-desktop.log"} <= files
    for key in (*keys.values(), revoked):
        count, hits = scan(root, key)
        assert count == len(files) and hits == [], key
