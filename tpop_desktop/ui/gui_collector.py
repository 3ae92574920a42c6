"""Python's cyclic garbage collection, run on the GUI thread only.

CPython collects in whichever thread crosses an allocation threshold: a sync worker, a
pool thread reading the keyring. A cycle holding a Qt object freed there runs the object's
C++ destructor off the GUI thread, and PySide's destructor waits for the GIL while holding
Qt's connection lock, which the GUI thread may be waiting for: the app freezes for good.
So automatic collection is off, and a timer on the GUI thread collects each generation when
the allocation counts reach the thresholds the interpreter itself would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250  # how often the counts are looked at (a look costs microseconds)


class GuiThreadCollector(QObject):
    """Owns garbage collection while it lives; ``stop`` gives it back to the interpreter."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0  # how many this collector ran (for tests and the log)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns it (-1: none)."""
        counts = gc.get_count()
        generation = -1
        for candidate in (2, 1, 0):
            if counts[candidate] >= self.thresholds[candidate] > 0:
                generation = candidate
                break
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1
        return generation
