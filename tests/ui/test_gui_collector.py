"""Garbage is collected on the GUI thread only, even while worker threads allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from tpop_desktop.ui.gui_collector import GuiThreadCollector


class Holder(QObject):
    """A Qt object caught in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_collections_run_on_the_gui_thread_while_a_worker_allocates(qtbot, _gui_thread_collector):
    assert not gc.isenabled()  # the collector owns collection, as in the app
    threads: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        holder = Holder()
        gone = weakref.ref(holder)
        del holder

        def allocate() -> None:  # enough cycles to trip every threshold many times over
            for _ in range(200_000):
                cycle: list = []
                cycle.append(cycle)

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert threads == []  # the worker allocated past every threshold and collected nothing
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the GUI thread's timer collects
        assert threads and set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(record)


def test_stopping_gives_collection_back_to_the_interpreter(qapp):
    collector = GuiThreadCollector()
    collector.start()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the session's collector still owns it
