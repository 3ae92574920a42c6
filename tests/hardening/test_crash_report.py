"""An uncaught exception in any thread: a redacted report in the log and in a dialog; the app goes on."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from tpop_desktop import __version__
from tpop_desktop.crash_report import CrashReporter, format_report
from tpop_desktop.logging_setup import LOG_FILE_NAME, forget_secret, register_secret, setup_logging, shutdown_logging

TOKEN = "crash-token-Zq81xW4p"


@pytest.fixture
def reporter(qapp, tmp_path) -> Iterator[CrashReporter]:
    register_secret(TOKEN)
    setup_logging(tmp_path / "logs")
    crash = CrashReporter().install()
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()
        crash.dialog.deleteLater()
    shutdown_logging()
    logging.getLogger().setLevel(logging.WARNING)
    forget_secret(TOKEN)


def log_text(tmp_path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (tmp_path / "logs" / LOG_FILE_NAME).read_text()


def fail_with_token() -> None:
    raise RuntimeError(f"request failed: Authorization: Bearer {TOKEN} (token {TOKEN})")


def test_a_thread_crash_is_shown_redacted_and_the_app_keeps_running(qtbot, reporter, tmp_path):
    thread = threading.Thread(target=fail_with_token, name="tpop-fetch")
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    report = reporter.dialog.report_text()
    assert "RuntimeError: request failed" in report and "Thread: tpop-fetch" in report
    assert f"TPOP Desktop {__version__}" in report and "Platform:" in report and "Traceback" in report
    assert TOKEN not in report
    text = log_text(tmp_path)
    assert "uncaught exception" in text and "request failed" in text and TOKEN not in text

    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the event loop still runs


def test_a_crash_in_a_gui_slot_reaches_the_dialog_and_the_next_event_runs(qtbot, reporter):
    QTimer.singleShot(0, fail_with_token)
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
    assert "Thread: MainThread" in reporter.dialog.report_text()
    assert TOKEN not in reporter.dialog.report_text()


class Crasher(QObject):
    poke = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.poke.connect(self.crash)

    @Slot()
    def crash(self) -> None:
        QThread.currentThread().setObjectName("tpop-sync")
        fail_with_token()


def test_a_crash_in_a_qthread_slot_is_reported_and_the_thread_lives_on(qtbot, reporter):
    thread = QThread()
    crasher = Crasher()
    crasher.moveToThread(thread)
    thread.start()
    try:
        crasher.poke.emit()
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
        crasher.poke.emit()  # a second error joins the open dialog
        qtbot.waitUntil(lambda: len(reporter.reports) == 2, timeout=5000)
        assert reporter.dialog.report_text().count("RuntimeError: request failed") == 2
        assert thread.isRunning()
        assert TOKEN not in reporter.dialog.report_text()
    finally:
        thread.quit()
        assert thread.wait(5000)


def test_the_report_can_be_copied_and_closing_it_does_not_quit(qtbot, reporter, qapp):
    reporter.report(RuntimeError, RuntimeError(f"boom {TOKEN}"), None, "MainThread")
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
    dialog = reporter.dialog
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.report_text()
    assert "RuntimeError: boom [REDACTED]" in QApplication.clipboard().text()
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    assert dialog.report_view.isReadOnly()


def test_keyboard_interrupt_is_left_to_python(reporter, monkeypatch):
    seen = []
    monkeypatch.setattr(reporter, "_previous_sys_hook", lambda *args: seen.append(args[0]))
    reporter._sys_hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and reporter.reports == []


def test_format_report_redacts_secret_shaped_values_too():
    try:
        raise ValueError("GET https://x.example/orders?api_token=abc123secret&page=2")
    except ValueError as error:
        text = format_report(type(error), error, error.__traceback__, thread_name="t")
    assert "abc123secret" not in text and "page=2" in text
