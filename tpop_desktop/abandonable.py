"""One blocking call on a daemon thread that the caller may stop waiting for.

Some calls cannot be interrupted: a keyring call behind an unlock prompt nobody answers,
a request to a server that stopped answering mid-body. The caller waits with a timeout,
or until it is told to give up (the app is quitting); the call is then abandoned on
its daemon thread, which never keeps the process alive. This is the one place the app
starts such threads; everything else runs on Qt's thread pool or the two long-lived
QThreads (sync and queries).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

POLL_S = 0.05  # how often a waiter checks whether it should give up


class CallTimedOut(Exception):
    """The call did not finish in time; it may still finish later on its thread."""


class CallAbandoned(Exception):
    """The waiter gave up (the app is quitting); the call may still finish on its thread."""


class AbandonableCall(Generic[T]):
    """``fn`` on its own daemon thread; ``finished`` is set when it returns or raises."""

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

    def run(self, *, timeout: float | None = None, give_up: Callable[[], bool] = lambda: False) -> T:
        """Start the call and return its value or raise its exception.

        Raises ``CallTimedOut`` after ``timeout`` seconds, or ``CallAbandoned`` as soon as
        ``give_up()`` is true (checked every ``POLL_S``).
        """
        self._thread.start()
        waited = 0.0
        while not self.finished.wait(POLL_S):
            waited += POLL_S
            if give_up():
                raise CallAbandoned()
            if timeout is not None and waited >= timeout:
                raise CallTimedOut(f"no answer after {timeout:g} s")
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._value  # type: ignore[return-value]
