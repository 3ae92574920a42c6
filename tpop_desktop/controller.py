"""The composition root: which session to open, and the window, tray and notifications around it.

A session is the merchant's account, the merchant's shops alone (no TPOP token yet), or
the embedded demo (``session.Session``); the
window shows one at a time through a ``SessionBinder``. Switching account, signing out
or starting the demo unbinds and closes one session and opens another. This is the only
place that knows every part.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox

from tpop_desktop.connectors.tpop import DEFAULT_BASE_URL, TpopConnector
from tpop_desktop.core.notify_rules import NOTIFIABLE, PARCEL_KINDS
from tpop_desktop.credentials import Credentials, CredentialStore
from tpop_desktop.profile import Profile
from tpop_desktop.session.account import AccountService, Connection, ConnectorFactory
from tpop_desktop.session.background import run_in_background, wait_for_background
from tpop_desktop.session.demo import DEMO_SEED, DemoAccount
from tpop_desktop.session.session import Session
from tpop_desktop.session.shop_connections import forget_connections, load_connections
from tpop_desktop.settings import Settings
from tpop_desktop.store.database import IntegrityCheck, OpenResult
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.engine import SyncReport
from tpop_desktop.sync.helper_process import SyncHelper
from tpop_desktop.sync.outcome import FailureKind, SyncFailure
from tpop_desktop.sync.source import SourceFactory, SourceLink
from tpop_desktop.ui.binders.account import NOTICE_AUTH, AccountBinder
from tpop_desktop.ui.binders.session import SessionBinder
from tpop_desktop.ui.binders.tracking import SETTINGS_PAGE
from tpop_desktop.ui.desktop_notifications import DesktopNotifications
from tpop_desktop.ui.links import set_demo as set_demo_links
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.notifications import Notifier
from tpop_desktop.ui.settings_dialog import SettingsDialog
from tpop_desktop.ui.storage_notices import (
    NOTICE_LOG,
    NOTICE_READ_ONLY,
    log_fallback_text,
    read_only_text,
    show_rebuilt,
)
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.tray import TrayIcon, tray_available

log = logging.getLogger(__name__)

__all__ = ["DEMO_SEED", "AppController"]

QUIT_WAIT_MS = 1000
NOTICE_LANGUAGE = "language"


class AppController(QObject):
    """Starts the right session for the command line and owns the main window and the tray."""

    firstSyncDone = Signal(bool)  # True when it succeeded (for --quit-after-sync)
    syncApplied = Signal(object)  # every successful SyncReport, on the GUI thread

    def __init__(self, profile: Profile, *, api_url: str | None = None, token: str | None = None,
                 demo_seed: int = DEMO_SEED, demo_live: bool = True,
                 credentials: CredentialStore | None = None, store_check: IntegrityCheck | None = None,
                 connector_factory: ConnectorFactory = TpopConnector,
                 carrier_urls: Mapping[str, str] | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 own_profile: Profile | None = None, sync_in_helper: bool = False) -> None:
        """``carrier_urls``: other addresses for the carrier tracking services (a local sandbox, tests);
        ``now``: the sessions' clock (tests move it to make parcels due); ``own_profile``: where the
        merchant's language is kept when ``profile`` is a throw-away one (``--demo``);
        ``sync_in_helper``: each session syncs in a helper process (``app.main``; it needs an entry
        point the helper can start from, which a script run as ``__main__`` without a guard is not)."""
        super().__init__()
        self._sync_in_helper = sync_in_helper
        self.profile = profile
        self.own_profile = own_profile or profile
        self.settings = Settings(profile.settings_path)
        self.api_url = api_url
        self.token = token
        self.demo_seed = demo_seed
        self.demo_live = demo_live
        self.carrier_urls = dict(carrier_urls or {})
        self._now = now
        self.session: Session | None = None
        self.binder: SessionBinder | None = None
        self._store_check = store_check  # begun at start-up for this profile's order file
        self._first_sync_reported = False
        self._quitting = False
        self._opening: object | None = None  # the pending background open, if any
        self._pending_source: SourceFactory | None = None  # a token read while the session was opening
        self.rebuilt_box: QMessageBox | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.close_notice: QMessageBox | None = None

        self.window = MainWindow()
        self.window.demoRequested.connect(self.start_demo)
        self.window.shopsRequested.connect(self.start_shops)
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
        desktop = DesktopNotifications(self) if self.tray is not None and DesktopNotifications.supported() else None
        self.notifier = Notifier(self._enabled_notifications, self.window.banner, self.tray, self, desktop=desktop)
        if self.tray is not None:
            self.tray.pauseToggled.connect(lambda paused: setattr(self.notifier, "paused", paused))
        self.notifier.openRequested.connect(self.open_on)
        self.notifier.recentRequested.connect(self.open_on_recent)
        self.accounts = AccountService(credentials or Credentials(), connector_factory, parent=self)
        self.account_flow = AccountBinder(self.window, self.accounts, lambda: self.settings, self._connect_url, self)
        self.account_flow.accountConnected.connect(self._on_account_connected)
        self.account_flow.tokenAvailable.connect(self._on_token_available)
        self.account_flow.signedOut.connect(self._on_signed_out)
        app = QCoreApplication.instance()
        if app is not None:  # whatever ends the event loop, the threads stop first
            app.aboutToQuit.connect(self.shutdown)
        # Only Quit ends the app: with a tray, the window hides and its last dialog (the
        # close-to-tray notice) closing must not end the event loop; without a tray, closing
        # the window quits through ``quit``.
        QGuiApplication.setQuitOnLastWindowClosed(False)

    def show_log_fallback(self, unwritable: Path, reason: str, path: Path | None) -> None:
        """The log folder could not be written at start-up: say so, and where the log goes instead."""
        self.window.notice.show_notice(NOTICE_LOG, log_fallback_text(unwritable, reason, path))

    def _connect_url(self) -> str:
        """The address the Connect dialog tests against: ``--api-url`` first, then the stored one."""
        return self.api_url or self.settings.api_url or DEFAULT_BASE_URL

    # -- choosing a session --------------------------------------------------------------------

    def start(self, *, demo: bool) -> None:
        self.window.show()
        if demo:
            self.start_demo()
        elif self.token:
            self.open_session(self.profile, self.settings, self.accounts.connector_for(self._connect_url(), self.token))
        elif self.settings.account_id:
            self.open_session(self.profile, self.settings, None)
            self.window.actions.sign_out.setEnabled(True)
            self.account_flow.read_stored_token()
        elif load_connections(self.settings):
            self.open_session(self.profile, self.settings, None)  # the shops alone, as last time
        else:
            self.window.show_welcome()

    def start_shops(self) -> None:
        """No TPOP token: the merchant's own shops are the order source; the Shops dialog opens to add one."""
        self.close_session()
        self.open_session(self.profile, self.settings, None,
                          then=lambda: self.binder.shops.open_shops() if self.binder is not None else None)

    def start_demo(self) -> None:
        """The embedded demo: a sandbox account on a throwaway profile, never the real one."""
        self.close_session()
        demo = DemoAccount(seed=self.demo_seed, live=self.demo_live)
        self.window.setWindowTitle(tr("TPOP Desktop (demo account)"))
        self.open_session(demo.profile, demo.settings, demo.source, shop_credentials=demo.shop_credentials, demo=demo)

    def open_session(self, profile: Profile, settings: Settings, source: SourceFactory | None, *,
                     shop_credentials: CredentialStore | None = None, demo: DemoAccount | None = None,
                     then: Callable[[], object] | None = None) -> None:
        """Open the profile's database in the background, then show the stored orders and sync with a token.

        ``then`` runs once the session is shown (not when the open failed or was overtaken).

        Opening checks the whole file and may salvage a damaged one: seconds at worst, never on the
        GUI thread. A newer request (another account, the demo, sign-out) makes this one moot.
        """
        check, self._store_check = self._store_check, None
        self._opening = opening = object()
        self.window.show_opening()

        def open_file() -> tuple[Database, OpenResult]:
            profile.ensure()
            database = Database(profile.database_path)
            return database, database.open(check)

        def opened(result: tuple[Database, OpenResult]) -> None:
            if opening is not self._opening:
                if demo is not None:
                    demo.close()
                return
            database, result_opened = result
            self._show_session(Session(profile, settings, database, result_opened, source=SourceLink(source),
                                       shop_credentials=shop_credentials or self.accounts.credentials, demo=demo,
                                       carrier_base_urls=self.carrier_urls, now=self._now,
                                       sync_helper=SyncHelper() if self._sync_in_helper else None))
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            if demo is not None:
                demo.close()
            if opening is not self._opening:
                return
            self._opening = None
            self.window.show_welcome()
            self.window.welcome.show_notice(tr("The order database cannot be opened: {error}").format(error=error))

        run_in_background(open_file, opened, failed, context=self)

    def _show_session(self, session: Session) -> None:
        self._opening = None
        opened = session.opened
        if opened.rebuilt:
            self.rebuilt_box = show_rebuilt(self.window, opened)
        if opened.read_only:
            self.window.notice.show_notice(NOTICE_READ_ONLY, read_only_text(session.database.folder))
        self.session = session
        set_demo_links(session.demo is not None)
        self.binder = SessionBinder(self.window, session)
        session.syncSucceeded.connect(self._on_sync_succeeded)
        session.syncFailed.connect(self._on_sync_failed)
        session.shopOrdersRead.connect(lambda outcome: self.notifier.notify_events(list(outcome.events)))
        session.tracking.parcelsChanged.connect(
            lambda update: None if update.manual else self.notifier.notify_parcels(update.changes))
        self.binder.tracking.settingsRequested.connect(lambda: self.open_settings(SETTINGS_PAGE))
        if self.tray is not None:
            self.binder.model.countsChanged.connect(self._update_tray)
            session.orders.todayCounted.connect(lambda _counts: self._update_tray())
        session.start()
        pending, self._pending_source = self._pending_source, None
        if pending is not None:
            session.set_source(pending)

    def close_session(self) -> None:
        self._opening = None  # a session still being opened is dropped when it arrives
        self._pending_source = None
        session, self.session = self.session, None
        binder, self.binder = self.binder, None
        if binder is not None:
            binder.unbind()
        if session is not None:
            session.close()
        set_demo_links(False)

    # -- the account -------------------------------------------------------------------------

    def _on_token_available(self, token: str) -> None:
        factory = self.accounts.connector_for(self.settings.api_url or DEFAULT_BASE_URL, token)
        if self.session is not None:
            self.session.set_source(factory)
        elif self._opening is not None:
            self._pending_source = factory  # the keyring answered before the database was open

    def _on_account_connected(self, connection: Connection) -> None:
        previous = self.settings.account_id
        if previous and previous != connection.account.id:
            self.accounts.forget(previous)
            self._forget_shop_connections()
        self.close_session()
        if previous != connection.account.id:
            _clear_orders(self.profile)
        if connection.session_only:
            self.settings.clear_account()
        else:
            self.settings.set_account(connection.account.id, connection.account.name, connection.api_url)
        self.window.setWindowTitle(tr("TPOP Desktop · {name}").format(name=connection.account.name))
        self.open_session(self.profile, self.settings, self.accounts.connector_for(connection.api_url, connection.token))
        self.window.actions.sign_out.setEnabled(True)

    def _forget_shop_connections(self) -> None:
        """The old account's shops go with it: their secrets leave the keyring."""
        forget_connections(self.settings, self.accounts.forget)

    def _on_signed_out(self, _account_id: str) -> None:
        self.close_session()
        self._forget_shop_connections()
        _clear_orders(self.profile)
        self.settings.clear_account()
        self.window.notice.clear()
        self.window.actions.sign_out.setEnabled(False)
        self.window.setWindowTitle(tr("TPOP Desktop"))
        self.window.show_welcome()

    def _update_tray(self, *_args) -> None:
        if self.tray is not None and self.binder is not None:
            self.tray.show_counts(self.binder.model.last_counts, self.window.today.tray_text())

    # -- everyday actions -------------------------------------------------------------------------

    @property
    def current_settings(self) -> Settings:
        return self.session.settings if self.session is not None else self.settings

    def _enabled_notifications(self) -> list[str]:
        settings = self.current_settings
        return [kind for kind in (*NOTIFIABLE.values(), *PARCEL_KINDS) if settings.notify(kind)]

    def sync_now(self) -> None:
        if self.session is not None:
            self.session.sync_now()

    def open_on(self, reference: str) -> None:
        """Bring the window up, on the order a notification was about."""
        self.window.bring_to_front()
        if reference and not self.window.select_reference(reference) and self.window.showing_orders():
            self.window.reveal_reference(reference)  # a filter or a search hides it: show it alone

    def open_on_recent(self, references: frozenset[str]) -> None:
        """Bring the window up on the orders a summary notification was about."""
        self.window.bring_to_front()
        if self.window.showing_orders():
            self.window.filter_bar.show_recent(references)

    def open_settings(self, page: str = "") -> None:
        pages = [(SETTINGS_PAGE, tr("Carrier tracking"), self.binder.tracking.settings_page())] \
            if self.binder is not None else []
        dialog = SettingsDialog(self.current_settings, self.window, pages=pages,
                                language=Settings(self.own_profile.settings_path).language)
        dialog.accepted.connect(self._apply_settings)
        dialog.accepted.connect(lambda: self._keep_language(dialog))
        dialog.show_page(page)
        self.settings_dialog = dialog
        dialog.open()

    def _keep_language(self, dialog: SettingsDialog) -> None:
        """The language is the merchant's, not the account's: saved in their own profile, read at start."""
        if dialog.language_changed:
            try:
                self.own_profile.ensure()  # the demo may run before the own profile exists
                own = Settings(self.own_profile.settings_path)
                own.language = dialog.chosen_language
                own.sync()
            except OSError as error:
                log.warning("the language could not be saved: %s", error)
            self.window.notice.show_notice(NOTICE_LANGUAGE, tr(
                "The new language is used from the next start of TPOP Desktop: quit it from the tray or the "
                "File menu, then start it again."))

    def _apply_settings(self) -> None:
        if self.session is not None:
            self.session.apply_settings()

    # -- sync results ------------------------------------------------------------------------

    def _on_sync_succeeded(self, report: SyncReport) -> None:
        self.window.notice.clear(NOTICE_AUTH)
        self.notifier.notify_events(report.events, first_sync=report.full)
        self.syncApplied.emit(report)
        self._report_first_sync(True)

    def _on_sync_failed(self, failure: SyncFailure) -> None:
        if failure.kind in (FailureKind.AUTH, FailureKind.FORBIDDEN):
            self.account_flow.token_rejected()
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

    def shutdown(self) -> None:
        """Stop every thread in an order that cannot abort: sessions first, then the pool. Idempotent."""
        if self._quitting:
            return
        self._quitting = True
        self.window.exporter.wait(2.0)
        self.close_session()
        wait_for_background(QUIT_WAIT_MS)  # reads still running (counts, facets) close their connections
        self.notifier.close()
        if self.tray is not None:
            self.tray.hide()
        self.window.hide()

    def quit(self) -> None:
        self.shutdown()
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()


def _clear_orders(profile: Profile) -> None:
    """Forget an account's orders, history, notes, cases and shop checks on this computer."""
    Database(profile.database_path).clear()

