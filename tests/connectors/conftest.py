"""Fixtures of the connector tests: scripted servers and a sandbox, all on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from connector_helpers import TOKEN, FakeClock
from scripted_http import ScriptedServer

from tpop_desktop.sandbox.server import SandboxServer


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
