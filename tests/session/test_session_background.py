"""The one background helper: results and errors come back on the GUI thread; cancel and progress."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from tpop_desktop.session.background import BackgroundTask, run_in_background


def test_a_result_and_an_error_come_back_on_the_gui_thread(qtbot):
    gui = threading.current_thread()
    seen = []
    run_in_background(lambda: threading.current_thread() is not gui,
                      lambda off_thread: seen.append(("result", off_thread, threading.current_thread() is gui)),
                      lambda error: seen.append(("error", error)))
    run_in_background(lambda: 1 / 0, lambda _r: seen.append("wrong"),
                      lambda error: seen.append(("error", type(error).__name__, threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(seen) == [("error", "ZeroDivisionError", True), ("result", True, True)]


def test_nobody_is_called_once_the_context_is_gone(qtbot):
    context = QObject()
    release = threading.Event()
    calls = []
    task = run_in_background(release.wait, calls.append, calls.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(context), timeout=5000)
    release.set()
    assert task.wait(5)
    qtbot.waitUntil(lambda: task.delivered, timeout=5000)
    assert calls == []


def test_long_work_reports_progress_and_stops_when_cancelled(qtbot):
    progress, done = [], []
    task = BackgroundTask(done.append, on_progress=lambda d, t: progress.append((d, t)))
    started, go_on = threading.Event(), threading.Event()

    def work() -> str:
        task.report(1, 3)
        started.set()
        go_on.wait(5)
        return "cancelled" if task.cancelled() else "finished"

    task.start(work)
    assert started.wait(5)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["cancelled"] and progress == [(1, 3)]
