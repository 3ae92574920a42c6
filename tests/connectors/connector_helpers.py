"""Shared values of the connector tests (a unique module name, importable from any test)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

TOKEN = "tpop_live_Sx9QmK2vT7pLw4Zr"


class FakeClock:
    def __init__(self) -> None:
        self.current = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current
