"""A whole session without a window: opened in one place, syncing with a token, closed in one place."""

from __future__ import annotations

import pytest

from tpop_desktop.connectors.errors import NetworkError
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.models import Platform
from tpop_desktop.credentials import SessionCredentials
from tpop_desktop.profile import Profile
from tpop_desktop.session.demo import DemoAccount
from tpop_desktop.session.session import Session
from tpop_desktop.session.shop_connections import ShopConnectionInfo, save_connection
from tpop_desktop.settings import Settings
from tpop_desktop.sync.source import SourceLink


def open_session(tmp_path, source=None) -> Session:
    profile = Profile.in_folder(tmp_path / "profile")
    profile.ensure()
    return Session.open(profile, Settings(profile.settings_path), source=SourceLink(source),
                        shop_credentials=SessionCredentials())


def test_a_session_with_a_token_syncs_and_closing_stops_every_thread(qtbot, tmp_path, sandbox, sandbox_token):
    session = open_session(tmp_path, lambda: TpopConnector(sandbox.base_url, sandbox_token))
    try:
        with qtbot.waitSignal(session.syncSucceeded, timeout=20000) as synced:
            session.start()
        assert synced.args[0].received == len(sandbox.orders())
        assert session.orders.order_count() == len(sandbox.orders())
        assert session.syncing()
    finally:
        session.close()
    assert not session.sync.is_running()
    session.close()  # twice is harmless


def test_without_a_token_nothing_syncs_until_one_arrives(qtbot, tmp_path, sandbox, sandbox_token):
    session = open_session(tmp_path)
    try:
        session.start()
        assert not session.syncing() and not session.cases.manual_orders_available()
        with qtbot.waitSignal(session.syncSucceeded, timeout=20000):
            session.set_source(lambda: TpopConnector(sandbox.base_url, sandbox_token))
        assert session.cases.manual_orders_available()
    finally:
        session.close()


def test_the_shop_checks_job_result_reaches_the_shop_service(qtbot, tmp_path, sandbox, sandbox_token):
    session = open_session(tmp_path, lambda: TpopConnector(sandbox.base_url, sandbox_token))
    save_connection(session.settings, ShopConnectionInfo("shop_sh_lune", Platform.SHOPIFY, "lune.myshopify.com"))
    try:
        with qtbot.waitSignals([session.shops.secretsLoaded, session.syncSucceeded], timeout=20000):
            session.start()
        session.shops.check_now()
        with qtbot.waitSignal(session.shops.checksDone, timeout=20000) as done:
            session.sync_now()  # a connected shop whose secret is not in the keyring
        assert done.args[0].failures == {"shop_sh_lune": "NoSecret"}
        assert session.shops.snapshot.failures == {"shop_sh_lune": "NoSecret"}
    finally:
        session.close()


def test_the_demo_session_serves_its_own_sandbox_and_leaves_nothing_behind(qtbot):
    demo = DemoAccount(seed=3, live=False)
    folder = demo.profile.data_dir.parent
    session = Session.open(demo.profile, demo.settings, source=SourceLink(demo.source),
                           shop_credentials=demo.shop_credentials, demo=demo)
    with qtbot.waitSignal(session.syncSucceeded, timeout=20000):
        session.start()
    assert session.is_demo and session.shops.connections()
    url = demo.sandbox.base_url
    session.close()
    assert not folder.exists()
    with pytest.raises(NetworkError):  # the demo's server is gone with it
        TpopConnector(url, "x").account()
