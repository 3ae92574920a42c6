"""Fixtures of the sandbox tests: a controllable clock and a running sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_helpers import TOKEN, FakeClock

from tpop_desktop.sandbox.server import SandboxServer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[SandboxServer]:
    server = SandboxServer(TOKEN, seed=7, now=clock)
    server.start()
    yield server
    server.stop()
