"""Owns the worker's QThread: start, ask for a sync, shut down promptly."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal

from tpop_desktop.sync.worker import SyncWorker

SHUTDOWN_WAIT_MS = 5000


class SyncThread(QObject):
    """GUI-side handle: every call is a queued signal, so the GUI thread never waits."""

    syncRequested = Signal()
    intervalChanged = Signal(float)
    resumeRequested = Signal()
    stopRequested = Signal()

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._thread = QThread()
        self._thread.setObjectName("tpop-sync")
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.start)
        self.syncRequested.connect(worker.sync_now)
        self.intervalChanged.connect(worker.set_interval)
        self.resumeRequested.connect(worker.resume)
        self.stopRequested.connect(worker.stop)
        # the last thing the thread runs, even when quit() overtakes the queued stop request
        self._thread.finished.connect(worker.stop, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def sync_now(self) -> None:
        self.syncRequested.emit()

    def set_interval(self, seconds: float) -> None:
        self.intervalChanged.emit(float(seconds))

    def resume(self) -> None:
        """A new token is in the source link: sync now, even after a rejected token stopped polling."""
        self.resumeRequested.emit()

    def shutdown(self) -> bool:
        """Stop polling and end the thread; a sync waiting on the network is abandoned."""
        if not self._thread.isRunning():
            return True
        self.worker.request_quit()
        self._thread.requestInterruption()
        self.stopRequested.emit()
        self._thread.quit()
        return self._thread.wait(SHUTDOWN_WAIT_MS)
