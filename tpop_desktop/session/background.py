"""The one way to run a blocking call (network, keyring, a scan of the store) off the GUI thread.

``run_in_background(fn, on_result, on_error)`` calls ``fn`` on Qt's global thread pool and
delivers its result, or its exception as a value, to a callback on the GUI thread: a
failure is a message, never a crash. A ``BackgroundTask`` adds what long work needs: a
cancel flag the work polls, and progress reported to the GUI thread. Callbacks are
dropped once the ``context`` object they belong to (a dialog, a service) is deleted.

The app's other threads are the two long-lived QThreads (the sync worker and the table's
query runner) and the abandonable daemon calls of ``tpop_desktop.abandonable``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pending: set[BackgroundTask] = set()  # keeps tasks alive until their result is delivered


class BackgroundTask(QObject):
    """One call on the thread pool; its callbacks run on the thread that created the task."""

    _done = Signal(object, object)  # result, error
    _progress = Signal(int, int)

    def __init__(self, on_result: Callable[[Any], None], on_error: Callable[[Exception], None] | None = None,
                 *, context: QObject | None = None,
                 on_progress: Callable[[int, int], None] | None = None) -> None:
        super().__init__()
        self._on_result = on_result
        self._on_error = on_error or (lambda error: log.warning("background call failed: %s",
                                                                 type(error).__name__))
        self._on_progress = on_progress
        self._context = context
        self._cancel = threading.Event()
        self.finished = threading.Event()  # the call returned (set on its thread)
        self.delivered = False  # its outcome reached the GUI thread (or was dropped there)
        self._done.connect(self._deliver)
        self._progress.connect(self._deliver_progress)

    # -- from the worker thread -------------------------------------------------------------------

    def cancelled(self) -> bool:
        """For the work to poll: the caller asked it to stop."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """For the work: how far it got (delivered to ``on_progress`` on the GUI thread)."""
        self._progress.emit(done, total)

    # -- from the GUI thread ------------------------------------------------------------------------

    def start(self, fn: Callable[[], Any]) -> BackgroundTask:
        _pending.add(self)
        QThreadPool.globalInstance().start(_Runnable(fn, self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout_s: float) -> bool:
        """At shutdown: True when the call has returned."""
        return self.finished.wait(timeout_s)

    def _alive(self) -> bool:
        return self._context is None or shiboken6.isValid(self._context)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _pending.discard(self)
        self.delivered = True
        if not self._alive():
            return  # whoever asked is gone (its window closed): nobody to tell
        if error is not None:
            self._on_error(error)  # type: ignore[arg-type]
        else:
            self._on_result(result)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(done, total)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: BackgroundTask) -> None:
        super().__init__()
        self._fn = fn
        self._task = task

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # handed to the GUI thread as a value
            log.debug("background call failed: %s", type(error).__name__)
            self._task.finished.set()
            self._task._done.emit(None, error)
        else:
            self._task.finished.set()
            self._task._done.emit(result, None)


def run_in_background(fn: Callable[[], Any], on_result: Callable[[Any], None],
                      on_error: Callable[[Exception], None] | None = None,
                      context: QObject | None = None) -> BackgroundTask:
    """Call ``fn`` on the global thread pool; one of the callbacks runs on the GUI thread."""
    return BackgroundTask(on_result, on_error, context=context).start(fn)


def wait_for_background(msecs: int = 5000) -> bool:
    """At exit: give running calls a moment to end."""
    return QThreadPool.globalInstance().waitForDone(msecs)
