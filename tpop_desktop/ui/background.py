"""Run a blocking call (network, keyring) on the thread pool; get its result back on the GUI thread.

Exceptions travel back as values, so a failure is a message, never a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pending: set[_Relay] = set()  # keeps relays alive until their result is delivered


class _Relay(QObject):
    done = Signal(object, object)  # result, error

    def __init__(self, on_result: Callable[[Any], None], on_error: Callable[[Exception], None],
                 context: QObject | None) -> None:
        super().__init__()
        self._on_result = on_result
        self._on_error = on_error
        self._context = context
        self.done.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _pending.discard(self)
        if self._context is not None and not shiboken6.isValid(self._context):
            return  # the widget that asked is gone (its window closed): nobody to tell
        if error is not None:
            self._on_error(error)  # type: ignore[arg-type]
        else:
            self._on_result(result)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # handed to the GUI thread as a value
            log.debug("background call failed: %s", type(error).__name__)
            self._relay.done.emit(None, error)
        else:
            self._relay.done.emit(result, None)


def run_in_background(fn: Callable[[], Any], on_result: Callable[[Any], None],
                      on_error: Callable[[Exception], None], context: QObject | None = None) -> None:
    """Call ``fn`` on the global thread pool; one of the callbacks runs on the GUI thread.

    With a ``context`` object, the callbacks are skipped once it has been deleted.
    """
    relay = _Relay(on_result, on_error, context)
    _pending.add(relay)
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_background(msecs: int = 5000) -> bool:
    """At exit: give running calls a moment to end."""
    return QThreadPool.globalInstance().waitForDone(msecs)
