"""Uncaught exceptions, in any thread: logged (redacted) and shown in a dialog; the app goes on.

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and keeps the event
loop running, and Python hands one ending a thread to ``threading.excepthook``. Both land
here. The report is redacted before it is logged or shown, and reaches the GUI thread
through a queued signal, because widgets may only be touched there.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import UTC, datetime
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot, qVersion

from tpop_desktop import __version__
from tpop_desktop.logging_setup import redact

log = logging.getLogger(__name__)


def format_report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                  *, thread_name: str, now: datetime | None = None) -> str:
    """The text a merchant can copy: versions, platform, thread and traceback, secrets removed."""
    when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    lines = [
        f"TPOP Desktop {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"Platform: {platform.platform()}",
        f"Thread: {thread_name}",
        f"Time: {when}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return redact("\n".join(lines))


class CrashReporter(QObject):
    """Installs the hooks; ``crashed`` carries each redacted report to the GUI thread."""

    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self.show_dialog = show_dialog
        self.dialog = None  # the CrashDialog, once one was shown
        self.reports: list[str] = []
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        self.crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashReporter:
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        self._installed = True
        return self

    def uninstall(self) -> None:
        if self._installed:
            sys.excepthook = self._previous_sys_hook
            threading.excepthook = self._previous_thread_hook
            self._installed = False

    def report(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
               thread_name: str | None = None) -> str:
        """Log one uncaught exception and queue its dialog; safe to call from any thread."""
        text = format_report(exc_type, exc, tb, thread_name=thread_name or threading.current_thread().name)
        log.critical("uncaught exception\n%s", text)  # already redacted, whatever handlers are set up
        self.crashed.emit(text)
        return text

    def _sys_hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys_hook(exc_type, exc, tb)
            return
        self._report_safely(exc_type, exc, tb, None)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return  # what the default hook does: a thread may end itself this way
        name = args.thread.name if args.thread is not None else None
        self._report_safely(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _report_safely(self, exc_type, exc, tb, thread_name: str | None) -> None:  # type: ignore[no-untyped-def]
        try:
            self.report(exc_type, exc, tb, thread_name)
        except Exception:  # the reporter itself failed: print a redacted traceback at least
            sys.stderr.write(redact("".join(traceback.format_exception(exc_type, exc, tb))))

    @Slot(str)
    def _on_crashed(self, text: str) -> None:
        self.reports.append(text)
        if not self.show_dialog or QCoreApplication.instance() is None:
            return
        from tpop_desktop.ui.crash_dialog import CrashDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_report(text)
        else:
            self.dialog = CrashDialog(text)
            self.dialog.show()
        self.dialog.raise_()


def install_crash_handler(parent: QObject | None = None) -> CrashReporter:
    """Call once the QApplication exists, on the GUI thread."""
    return CrashReporter(parent).install()
