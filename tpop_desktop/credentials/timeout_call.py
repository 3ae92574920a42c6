"""Run one blocking call on a daemon thread and give up waiting after a timeout.

A keyring call can block forever (an unlock prompt nobody answers, a hung D-Bus
service). The caller gets control back; the stuck thread is left behind as a daemon
so it never prevents the process from exiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class CallTimedOut(Exception):
    """The call did not finish in time; it may still finish later on its thread."""


class TimedCall(Generic[T]):
    """One call of ``fn`` on its own daemon thread; ``finished`` is set when it returns."""

    def __init__(self, fn: Callable[[], T], name: str) -> None:
        self._fn = fn
        self._value: T | None = None
        self._error: BaseException | None = None
        self.finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # handed over to the waiting thread
            self._error = exc
        finally:
            self.finished.set()

    def start_and_wait(self, timeout: float) -> T:
        """Start the call; return its value or raise its exception, or ``CallTimedOut``."""
        self._thread.start()
        if not self.finished.wait(timeout):
            raise CallTimedOut(f"no answer after {timeout:g} s")
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._value  # type: ignore[return-value]
