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
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox

from tpop_desktop.account_flow import AccountFlow
from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.tpop import DEFAULT_BASE_URL, TpopConnector
from tpop_desktop.core.models import Platform
from tpop_desktop.core.notify_rules import NOTIFIABLE
from tpop_desktop.credentials import Credentials, CredentialStore, SessionCredentials, shop_user
from tpop_desktop.logging_setup import register_secret
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.session import Session
from tpop_desktop.settings import Settings
from tpop_desktop.store.database import IntegrityCheck, open_database
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.cases_store import CaseStore
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.engine import SyncReport
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import FailureKind, SyncFailure, SyncWorker
from tpop_desktop.ui.cases.wiring import install_cases
from tpop_desktop.ui.background import wait_for_background
from tpop_desktop.ui.connect_dialog import Connection
from tpop_desktop.ui.everyday import EverydayViews, install_everyday_views
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.notifications import Notifier
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.query_runner import QueryRunner
from tpop_desktop.ui.settings_dialog import SettingsDialog
from tpop_desktop.ui.shops.connections import (
    ShopConnectionInfo,
    load_connections,
    remove_connection,
    save_connection,
    secret_text,
)
from tpop_desktop.ui.shops.wiring import ShopCoordinator, install_shops
from tpop_desktop.ui.tray import TrayIcon, tray_available
from tpop_desktop.ui.texts import tr

log = logging.getLogger(__name__)

DEMO_SEED = 2026
QUIT_WAIT_MS = 1000


def connector_for(url: str, token: str) -> Callable[[], OrderSource]:
    register_secret(token)
    return lambda: TpopConnector(url, token)


class AppController(QObject):
    """Starts the right session for the command line and owns the main window and the tray."""

    firstSyncDone = Signal(bool)  # True when it succeeded (for --quit-after-sync)
    syncApplied = Signal(object)  # every successful SyncReport, on the GUI thread

    def __init__(self, profile: Profile, *, api_url: str | None = None, token: str | None = None,
                 demo_seed: int = DEMO_SEED, demo_live: bool = True,
                 credentials: CredentialStore | None = None, store_check: IntegrityCheck | None = None) -> None:
        super().__init__()
        self.profile = profile
        self.settings = Settings(profile.settings_path)
        self.api_url = api_url
        self.token = token
        self.demo_seed = demo_seed
        self.demo_live = demo_live
        self.session: Session | None = None
        self._store_check = store_check  # begun at start-up for this profile's order file
        self.shops: ShopCoordinator | None = None  # the session's shop checks
        self._first_sync_reported = False
        self.window = MainWindow()
        self.window.demoRequested.connect(self.start_demo)
        self.window.quitRequested.connect(self.quit)
        self.window.closing.connect(self._on_window_closing)
        self.window.settingsRequested.connect(self.open_settings)
        self.window.syncRequested.connect(self.sync_now)
        self.tray: TrayIcon | None = None
        if tray_available():
            self.tray = TrayIcon(QGuiApplication.windowIcon(), self)
            self.tray.openRequested.connect(self.window.bring_to_front)
            self.tray.syncRequested.connect(self.sync_now)
            self.tray.quitRequested.connect(self.quit)
            self.tray.show()
        self.notifier = Notifier(self._enabled_notifications, self.window.banner, self.tray, self)
        if self.tray is not None:
            self.tray.pauseToggled.connect(lambda paused: setattr(self.notifier, "paused", paused))
        self.notifier.openRequested.connect(self.open_on)
        self.settings_dialog: SettingsDialog | None = None
        self.everyday: EverydayViews | None = None
        self.accounts = AccountFlow(self.window, credentials or Credentials(), TpopConnector,
                                    lambda: self.settings, self)
        self.accounts.accountConnected.connect(self._on_account_connected)
        self.accounts.tokenAvailable.connect(self._on_token_available)
        self.accounts.signedOut.connect(self._on_signed_out)
        self.window.connectRequested.connect(self.accounts.open_connect_dialog)
        self.window.signOutRequested.connect(self.accounts.sign_out)

    # -- choosing a session --------------------------------------------------------------

    def start(self, *, demo: bool) -> None:
        self.window.show()
        url = self.api_url or self.settings.api_url or DEFAULT_BASE_URL
        if demo:
            self.start_demo()
        elif self.token:
            self.open_session(self.profile, self.settings, connector_for(url, self.token))
        elif self.settings.account_id:
            self.open_session(self.profile, self.settings, None)
            self.window.sign_out_action.setEnabled(True)
            self.accounts.read_stored_token()
        else:
            self.window.show_welcome()

    def start_demo(self) -> None:
        """The embedded demo: a sandbox account on a throwaway profile, never the real one."""
        self.close_session()
        root = Path(tempfile.mkdtemp(prefix="tpop-desktop-demo-"))
        profile = Profile.in_folder(root)
        profile.ensure()
        token = secrets.token_urlsafe(24)
        sandbox = SandboxServer(token, seed=self.demo_seed, live=self.demo_live)
        url = sandbox.start()
        log.info("demo sandbox serving on %s", url)
        self.window.setWindowTitle(tr("TPOP Desktop (demo account)"))
        settings = Settings(profile.settings_path)
        self.open_session(profile, settings, connector_for(url, token),
                          cleanup=[sandbox.stop, lambda: shutil.rmtree(root, ignore_errors=True)],
                          sandbox=sandbox, shop_credentials=_connect_demo_shops(settings, sandbox))

    def open_session(self, profile: Profile, settings: Settings, source_factory: Callable[[], OrderSource] | None,
                     cleanup: list[Callable[[], None]] | None = None, sandbox: SandboxServer | None = None,
                     shop_credentials: CredentialStore | None = None) -> None:
        """Show the stored orders at once; sync as soon as there is a token."""
        check, self._store_check = self._store_check, None
        try:
            profile.ensure()
            opened = open_database(profile.database_path, check)
        except (StoreError, OSError) as error:
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
        self.shops = install_shops(self.window, settings, shop_credentials or self.accounts.credentials,
                                   profile.database_path)
        worker = SyncWorker(source_factory or _no_token, profile.database_path,
                            interval_s=settings.sync_interval_minutes * 60, full_first=opened.rebuilt,
                            after_sync=self.shops.job)
        worker.shopChecksDone.connect(self.shops.on_checks_done)
        sync = SyncThread(worker)
        worker.syncStarted.connect(self.window.on_sync_started)
        worker.syncSucceeded.connect(self._on_sync_succeeded)
        worker.syncFailed.connect(self._on_sync_failed)
        self.session = Session(profile, settings, store, runner, model, sync, [*(cleanup or []), self.shops.close],
                               sandbox)
        self.window.show_orders(store, model)
        self.everyday = install_everyday_views(self.window, settings, profile.database_path)
        self.shops.problemsFilterRequested.connect(self.everyday.filter_bar.set_shop_problems)
        self.everyday.actions.add_context_action(self.shops.fix_selected_action)
        if self.tray is not None:
            model.countsChanged.connect(self._update_tray)
            self.everyday.today.changed.connect(lambda _counts: self._update_tray())
        model.refresh()
        if source_factory is not None:
            sync.start()
        self.session.source_factory = source_factory
        self.session.cases = install_cases(self.window, profile.database_path, profile.templates_dir, source_factory)
        self.session.cleanup.append(self.session.cases.close)

    def close_session(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            self.window.detach_orders()
            session.close()

    # -- the account -------------------------------------------------------------------------

    def _on_token_available(self, token: str) -> None:
        session = self.session
        if session is None or session.sync.is_running():
            return
        factory = connector_for(self.settings.api_url or DEFAULT_BASE_URL, token)
        session.sync.worker.set_source_factory(factory)
        session.source_factory = factory
        if session.cases is not None:
            session.cases.set_connector_factory(factory)
        session.sync.start()

    def _on_account_connected(self, connection: Connection) -> None:
        previous = self.settings.account_id
        if previous and previous != connection.account.id:
            self.accounts.forget_token(previous)
            self._forget_shop_connections()
        self.close_session()
        if previous != connection.account.id:
            _clear_orders(self.profile)
        if connection.session_only:
            self.settings.clear_account()
        else:
            self.settings.set_account(connection.account.id, connection.account.name, connection.api_url)
        self.window.setWindowTitle(tr("TPOP Desktop · {name}").format(name=connection.account.name))
        self.open_session(self.profile, self.settings, connector_for(connection.api_url, connection.token))
        self.window.sign_out_action.setEnabled(True)

    def _forget_shop_connections(self) -> None:
        """The old account's shops go with it: their secrets leave the keyring."""
        for shop_id in load_connections(self.settings):
            self.accounts.forget_token(shop_user(shop_id))
            remove_connection(self.settings, shop_id)

    def _on_signed_out(self, _account_id: str) -> None:
        self.close_session()
        self._forget_shop_connections()
        _clear_orders(self.profile)
        self.settings.clear_account()
        self.window.notice.clear()
        self.window.sign_out_action.setEnabled(False)
        self.window.setWindowTitle(tr("TPOP Desktop"))
        self.window.show_welcome()

    def _update_tray(self, *_args) -> None:
        if self.tray is not None and self.session is not None:
            self.tray.show_counts(self.session.model.last_counts, self.everyday.today.tray_text())

    # -- everyday actions -------------------------------------------------------------------------

    @property
    def current_settings(self) -> Settings:
        return self.session.settings if self.session is not None else self.settings

    def _enabled_notifications(self) -> list[str]:
        settings = self.current_settings
        return [kind for kind in NOTIFIABLE.values() if settings.notify(kind)]

    def sync_now(self) -> None:
        if self.session is not None and self.session.sync.is_running():
            self.session.sync.sync_now()

    def open_on(self, reference: str) -> None:
        """Bring the window up, on the order a notification was about."""
        self.window.bring_to_front()
        if reference:
            self.window.select_reference(reference)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.current_settings, self.window)
        dialog.accepted.connect(self._apply_settings)
        self.settings_dialog = dialog
        dialog.open()

    def _apply_settings(self) -> None:
        if self.session is not None:
            self.session.sync.intervalChanged.emit(float(self.session.settings.sync_interval_minutes * 60))

    # -- sync results ------------------------------------------------------------------------

    def _on_sync_succeeded(self, report: SyncReport) -> None:
        self.window.on_sync_succeeded(report)
        self.window.notice.clear("auth")
        self.notifier.notify_events(report.events, first_sync=report.full)
        self.syncApplied.emit(report)
        self._report_first_sync(True)

    def _on_sync_failed(self, failure: SyncFailure) -> None:
        self.window.on_sync_failed(failure)
        if failure.kind in (FailureKind.AUTH, FailureKind.FORBIDDEN):
            self.accounts.token_rejected()
        self._report_first_sync(False)

    def _report_first_sync(self, ok: bool) -> None:
        if not self._first_sync_reported:
            self._first_sync_reported = True
            self.firstSyncDone.emit(ok)

    # -- closing and quitting ---------------------------------------------------------------------

    def _on_window_closing(self, event: QCloseEvent) -> None:
        """With a tray, closing hides the window (said once); without one, closing quits."""
        settings = self.current_settings
        if self.tray is None or not self.tray.isVisible() or not settings.close_to_tray:
            event.accept()
            self.quit()
            return
        event.ignore()
        self.window.hide()
        if not settings.close_to_tray_explained:
            self._explain_close_to_tray(settings)

    def _explain_close_to_tray(self, settings: Settings) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("TPOP Desktop keeps running"),
                          tr("TPOP Desktop keeps syncing in the tray and tells you when orders ship or get "
                             "blocked. Use Quit in the tray menu to stop it."), QMessageBox.StandardButton.Ok)
        check = QCheckBox(tr("Don't show this again"))
        check.setChecked(True)
        box.setCheckBox(check)
        box.finished.connect(lambda _result: setattr(settings, "close_to_tray_explained", check.isChecked()))
        self.close_notice = box
        box.open()

    def quit(self) -> None:
        self.close_session()
        wait_for_background(QUIT_WAIT_MS)  # reads still running (counts, facets) close their connections
        if self.tray is not None:
            self.tray.hide()
        self.window.hide()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()


def _connect_demo_shops(settings: Settings, sandbox: SandboxServer) -> CredentialStore:
    """The demo's own shops come connected, their made-up keys in memory only (never the keyring)."""
    secrets_in_memory = SessionCredentials()
    for shop_id, access in sandbox.shop_credentials().items():
        platform = Platform(access["platform"])
        address = access.get("shop_domain") or access.get("site_url") or ""
        save_connection(settings, ShopConnectionInfo(shop_id, platform, address))
        secrets_in_memory.set(shop_user(shop_id), secret_text(platform, access))
    return secrets_in_memory


def _no_token() -> OrderSource:
    raise RuntimeError("no token yet")  # never called: the sync starts only once a token is known


def _clear_orders(profile: Profile) -> None:
    """Forget an account's orders, history, notes and cases on this computer."""
    if not profile.database_path.exists():
        return
    for store in (OrderStore(profile.database_path), CaseStore(profile.database_path)):
        try:
            store.clear()
        finally:
            store.close()
