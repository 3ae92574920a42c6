"""Wires one session together: the store, the sync worker, the query runner, the window.

A session is the merchant's account or the embedded demo; switching tears one down
and builds the other. This is the only place that knows every part.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.settings import Settings
from tpop_desktop.store.database import open_database
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.engine import SyncReport
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncFailure, SyncWorker
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.query_runner import QueryRunner

log = logging.getLogger(__name__)

DEMO_SEED = 2026


def tr(text: str) -> str:
    return QCoreApplication.translate("AppController", text)


@dataclass
class Session:
    """Everything that lives as long as one account is shown."""

    profile: Profile
    settings: Settings
    store: OrderStore
    runner: QueryRunner
    model: OrderTableModel
    sync: SyncThread
    cleanup: list[Callable[[], None]] = field(default_factory=list)

    def close(self) -> None:
        self.sync.shutdown()
        self.runner.shutdown()
        self.store.close()
        for step in reversed(self.cleanup):
            try:
                step()
            except Exception:  # tearing down must finish whatever fails
                log.exception("cleanup step failed")


class AppController(QObject):
    """Starts the right session for the command line and owns the main window."""

    firstSyncDone = Signal(bool)  # True when it succeeded (for --quit-after-sync)

    def __init__(self, profile: Profile, *, api_url: str | None = None, token: str | None = None,
                 demo_seed: int = DEMO_SEED, demo_live: bool = True) -> None:
        super().__init__()
        self.profile = profile
        self.settings = Settings(profile.settings_path)
        self.api_url = api_url
        self.token = token
        self.demo_seed = demo_seed
        self.demo_live = demo_live
        self.session: Session | None = None
        self.sandbox: SandboxServer | None = None
        self._first_sync_reported = False
        self.window = MainWindow()
        self.window.demoRequested.connect(self.start_demo)
        self.window.quitRequested.connect(self.quit)
        self.window.closing.connect(self._on_window_closing)

    # -- starting a session --------------------------------------------------------------

    def start(self, *, demo: bool) -> None:
        self.window.show()
        if demo:
            self.start_demo()
        elif self.token and (self.api_url or self.settings.api_url):
            url = self.api_url or self.settings.api_url
            self.open_session(self.profile, self.settings, lambda: TpopConnector(url, self.token or ""))
        else:
            self.window.show_welcome()

    def start_demo(self) -> None:
        """The embedded demo: a sandbox account on a throwaway profile, never the real one."""
        self.close_session()
        root = Path(tempfile.mkdtemp(prefix="tpop-desktop-demo-"))
        profile = Profile.in_folder(root)
        profile.ensure()
        token = secrets.token_urlsafe(24)
        self.sandbox = SandboxServer(token, seed=self.demo_seed, live=self.demo_live)
        url = self.sandbox.start()
        log.info("demo sandbox serving on %s", url)
        sandbox = self.sandbox
        self.window.setWindowTitle(tr("TPOP Desktop (demo account)"))
        self.open_session(profile, Settings(profile.settings_path), lambda: TpopConnector(url, token),
                          cleanup=[sandbox.stop, lambda: shutil.rmtree(root, ignore_errors=True)])

    def open_session(self, profile: Profile, settings: Settings, source_factory: Callable[[], OrderSource],
                     cleanup: list[Callable[[], None]] | None = None) -> None:
        profile.ensure()
        try:
            opened = open_database(profile.database_path)
        except StoreError as error:
            self.window.show_welcome()
            self.window.welcome.show_notice(tr("The order database cannot be opened: {error}").format(error=error))
            for step in cleanup or []:
                step()
            return
        if opened.rebuilt:
            self.window.statusBar().showMessage(
                tr("The order database was damaged; it was set aside and is being rebuilt from TPOP."), 15000)
        store = OrderStore(profile.database_path)
        runner = QueryRunner(profile.database_path)
        model = OrderTableModel(store, runner)
        worker = SyncWorker(source_factory, profile.database_path,
                            interval_s=settings.sync_interval_minutes * 60, full_first=opened.rebuilt)
        sync = SyncThread(worker)
        worker.syncStarted.connect(self.window.on_sync_started)
        worker.syncSucceeded.connect(self._on_sync_succeeded)
        worker.syncFailed.connect(self._on_sync_failed)
        self.window.syncRequested.connect(sync.sync_now)
        self.session = Session(profile, settings, store, runner, model, sync, list(cleanup or []))
        self.window.show_orders(store, model)
        model.refresh()
        sync.start()

    def close_session(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        try:
            self.window.syncRequested.disconnect(session.sync.sync_now)
        except (RuntimeError, TypeError):
            pass
        session.close()
        self.sandbox = None

    # -- sync results ------------------------------------------------------------------------

    def _on_sync_succeeded(self, report: SyncReport) -> None:
        self.window.on_sync_succeeded(report)
        self._report_first_sync(True)

    def _on_sync_failed(self, failure: SyncFailure) -> None:
        self.window.on_sync_failed(failure)
        self._report_first_sync(False)

    def _report_first_sync(self, ok: bool) -> None:
        if not self._first_sync_reported:
            self._first_sync_reported = True
            self.firstSyncDone.emit(ok)

    # -- quitting ---------------------------------------------------------------------------------

    def _on_window_closing(self, event) -> None:
        event.accept()
        self.quit()

    def quit(self) -> None:
        self.close_session()
        self.window.hide()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
