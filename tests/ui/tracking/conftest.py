"""The real window on the sandbox account with carrier keys in an in-memory keyring, on a clock tests move."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

import pytest
from keyring_fakes import MemoryKeyring
from PySide6.QtCore import QLocale

from tpop_desktop.controller import AppController
from tpop_desktop.credentials import SERVICE_NAME, Credentials, carrier_user
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.server import SandboxServer

TOKEN = "sandbox-token-carrier-ui-81c2"


class Clock:
    def __init__(self) -> None:
        self.current = datetime.now(timezone.utc).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def world(clock) -> Iterator[SandboxServer]:
    """The sandbox on the test's clock: its parcels move when the clock does."""
    server = SandboxServer(TOKEN, seed=7, now=clock)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def english():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def start_app(qtbot, tmp_path, world, keyring, clock, english) -> Iterator[Callable[..., AppController]]:
    """``start_app(keys=("laposte", "17track"), wrong=())``: the window synced once and its parcels refreshed.

    DHL is left out by default: its one call a second would make each refresh last long.
    """
    started: list[AppController] = []

    def start(keys: tuple[str, ...] = ("laposte", "17track"), wrong: tuple[str, ...] = (),
              refreshed: bool = True, urls: dict[str, str] | None = None) -> AppController:
        for service in keys:
            keyring.entries[(SERVICE_NAME, carrier_user(service))] = world.carrier_keys()[service]
        for service in wrong:
            keyring.entries[(SERVICE_NAME, carrier_user(service))] = f"revoked-key-{service}-5d1e"
        controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=world.base_url, token=TOKEN,
                                   credentials=Credentials(backend=keyring, timeout=5),
                                   carrier_urls={**world.carrier_base_urls(), **(urls or {})}, now=clock)
        qtbot.addWidget(controller.window)
        started.append(controller)
        with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
            controller.start(demo=False)
        assert first.args == [True]
        if refreshed and (keys or wrong):
            tracking = controller.session.tracking
            qtbot.waitUntil(lambda: any(s.used_today for s in tracking.statuses.values()), timeout=30000)
            if keys:
                qtbot.waitUntil(tracking.has_parcels, timeout=30000)
        return controller

    yield start
    for controller in started:
        controller.close_session()
