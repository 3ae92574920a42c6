"""A controllable clock for the sandbox tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

TOKEN = "sandbox-test-token-5b1f"
START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


class FakeClock:
    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current

