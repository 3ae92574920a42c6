"""Fixtures of the connector tests: scripted servers and a sandbox, all on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from scripted_http import ScriptedServer

from tpop_desktop.sandbox.server import SandboxServer

TOKEN = "tpop_live_Sx9QmK2vT7pLw4Zr"


class FakeClock:
    def __init__(self) -> None:
        self.current = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()
    yield server
    server.stop()


@pytest.fixture
def other_host() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()
    yield server
    server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[SandboxServer]:
    server = SandboxServer(TOKEN, seed=21, now=clock, order_count=250)
    server.start()
    yield server
    server.stop()
