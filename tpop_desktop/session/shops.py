"""One session's shops: connections, secrets, the shop orders and the shop checks, what they found, the fixes.

Connections live in settings (address, name, product rule) and the keyring (secrets,
read in the background and handed to the two jobs in memory: ``order_job`` reads the
shops' orders into the table, ``job`` runs the daily checks against TPOP's orders).
Anything that scans the store (the problem count, the "missing in TPOP" list, the shops
known from the orders) is read in the background into a snapshot; ``changed`` says when
it is new. Point reads for one order (its check, its fixes) are by key and read at once.
Fixes run in the background and are recorded (``shop_fixes``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QObject, Signal

from tpop_desktop.connectors.etsy_connect import SHARED_TOKENS
from tpop_desktop.connectors.platforms import ShopAccess, platform_entry
from tpop_desktop.connectors.shops import ShopConnection
from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import ProductRule, product_rule_to_text
from tpop_desktop.core.shop_checks import ShopCheck
from tpop_desktop.credentials import CredentialStore, shop_user
from tpop_desktop.session.account import keyring_state
from tpop_desktop.session.background import run_in_background
from tpop_desktop.session.shop_browser import BrowserConnect, BrowserConnected
from tpop_desktop.session.shop_connections import (
    ShopConnectionInfo,
    adoptions,
    load_connections,
    move_secret,
    own_shop_id,
    read_accesses,
    remove_connection,
    rename_connection,
    save_connection,
    save_product_rule,
    secret_text,
)
from tpop_desktop.session.shop_fixes import FixesDone, FixRequest, ShopFixes  # noqa: F401 - the window's types
from tpop_desktop.settings import Settings
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.store.records import OrderQuery, ShopFixRecord
from tpop_desktop.store.shop_checks_store import ShopChecksStore
from tpop_desktop.sync.shop_job import ShopCheckJob, ShopCheckOutcome
from tpop_desktop.sync.shop_orders_job import ShopOrderJob, ShopOrdersOutcome

log = logging.getLogger(__name__)


def error_kind(error: Exception) -> str:
    """The error's class name: what the UI turns into a sentence (never the server's text)."""
    return type(error).__name__


@dataclass(frozen=True)
class ShopsSnapshot:
    """What the window shows about the shops, read in one background call."""

    known: tuple[tuple[str, str, Platform], ...] = ()  # (shop id, name, platform) from the stored orders
    failures: dict[str, str] = field(default_factory=dict)  # shop id -> error kind of its last read
    problem_count: int = 0  # the orders the "shop problems" filter lists (TPOP's tracking missing or different)
    not_in_tpop: tuple[ShopCheck, ...] = ()


class ShopService(ShopFixes, QObject):
    changed = Signal()  # a new snapshot (after a check run, a fix, a connection change)
    checksDone = Signal(object)  # ShopCheckOutcome, after the snapshot was refreshed
    secretsLoaded = Signal()
    fixesStarted = Signal(object)  # tuple of references being fixed
    fixesDone = Signal(object)  # FixesDone
    ordersRead = Signal(object)  # ShopOrdersOutcome: the shops' orders were read into the store
    connectionsChanged = Signal()  # a connection was saved or removed (settings and keyring agree)

    def __init__(self, database: Database, settings: Settings, credentials: CredentialStore,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.credentials = credentials
        self._database = database
        self._now = now
        self.job = ShopCheckJob(database, now=now)
        self.order_job = ShopOrderJob(database, now=now)
        self.read_failures: dict[str, str] = {}  # shop id -> error kind of its last order read
        self.default_addresses: dict[Platform, str] = {}  # a platform with one address (the demo's Etsy)
        self.browser_options: dict[str, object] = {}  # for the browser step (ports, timeout), e.g. in tests
        self.browser_connect: BrowserConnect | None = None
        self._adopting: set[str] = set()
        self._store: ShopChecksStore = database.shop_checks()  # GUI thread: point reads and fix records
        self.snapshot = ShopsSnapshot()
        self.fixing: set[str] = set()
        self.last_touched: frozenset[str] = frozenset()  # orders whose check changed with the last snapshot
        self._generation = 0
        self._closed = False

    # -- connections and secrets ----------------------------------------------------------------

    def connections(self) -> dict[str, ShopConnectionInfo]:
        return load_connections(self.settings)

    def load_secrets(self) -> None:
        """Read every connected shop's secret (background) and hand them to the job."""
        connections = self.connections()
        if not connections:
            self.job.set_shops({}, {})
            self.order_job.set_shops({}, {})
            self.secretsLoaded.emit()
            return
        names = {shop_id: info.name for shop_id, info in connections.items() if info.name}
        run_in_background(lambda: read_accesses(self.credentials, connections),
                          lambda result: self._secrets_read(result, names),
                          lambda error: log.warning("reading shop secrets failed: %s", error_kind(error)),
                          context=self)

    def _secrets_read(self, result: tuple[dict[str, ShopAccess], dict[str, Any]], names: dict[str, str]) -> None:
        if self._closed:
            return
        ready, unreadable = result
        self.job.set_shops(ready, unreadable)
        self.order_job.set_shops(ready, unreadable, names)
        self.secretsLoaded.emit()

    def new_shop_id(self, platform: Platform, address: str) -> str:
        """The id of a shop the merchant adds by hand (not listed by a TPOP account)."""
        return own_shop_id(platform, address, self.connections())

    def has_order_sources(self) -> bool:
        """Whether any shop is connected (the shop orders job has work, with or without TPOP)."""
        return bool(self.connections())

    def order_pages(self, checks: Iterable[ShopCheck]) -> list[str]:
        """Each shop order's page in its shop's admin ("" when the shop is not connected or has none)."""
        connections = self.connections()  # read once for the whole list
        pages = []
        for check in checks:
            info, entry = connections.get(check.shop_id), platform_entry(check.platform)
            if info is None or entry is None or not check.shop_order_id:
                pages.append("")
            else:
                pages.append(entry.order_page(info.address, check.shop_order_id))
        return pages

    def stored_access(self, shop_id: str) -> ShopAccess | None:
        """A connected shop's access with its secret from the keyring (read at start), to test it again."""
        return self.job.access(shop_id)

    def test_connection(self, access: ShopAccess, on_ok: Callable[[ShopConnection], None],
                        on_error: Callable[[Exception], None], context: QObject | None = None) -> None:
        def test() -> ShopConnection:
            connector = access.connector()
            try:
                return connector.test_connection()
            finally:
                connector.close()

        run_in_background(test, on_ok, on_error, context=context)

    def save_connection(self, access: ShopAccess, on_saved: Callable[[], None],
                        on_error: Callable[[object], None], context: QObject | None = None, *, name: str = "") -> None:
        """Secret to the keyring first; only then address, name and product rule to settings (never half)."""
        text = secret_text(access.platform, access.secret)
        before = self.connections().get(access.shop_id)

        def saved(_none: None) -> None:
            save_connection(self.settings, ShopConnectionInfo(
                access.shop_id, access.platform, access.address, name or (before.name if before else ""),
                product_rule_to_text(access.product_rule)))
            SHARED_TOKENS.forget(access.shop_id)
            self.load_secrets()  # hands the new secret to the jobs: the shop is read at the next sync
            self.connectionsChanged.emit()
            on_saved()

        run_in_background(lambda: self.credentials.set(shop_user(access.shop_id), text), saved,
                          lambda error: on_error(keyring_state(error)), context=context)

    def remove_connection(self, shop_id: str, on_removed: Callable[[], None],
                          on_error: Callable[[object], None], context: QObject | None = None) -> None:
        def removed(_none: None) -> None:
            remove_connection(self.settings, shop_id)
            SHARED_TOKENS.forget(shop_id)
            self._forget_results(shop_id)
            self._forget_orders(shop_id)
            self.connectionsChanged.emit()
            on_removed()

        run_in_background(lambda: self.credentials.delete(shop_user(shop_id)), removed,
                          lambda error: on_error(keyring_state(error)), context=context)

    def _forget_results(self, shop_id: str) -> None:
        try:
            references = self._store.forget_shop(shop_id)
        except StoreError as error:
            log.warning("shop checks store: %s", error)
            references = set()
        self.load_secrets()
        self.refresh(references)

    def _forget_orders(self, shop_id: str) -> None:
        """The shop's rows read from the shop go with its connection (a scan of its references: background)."""
        database = self._database

        def forget() -> set[str]:
            store = database.orders()
            try:
                return store.forget_shop_orders(shop_id)
            finally:
                store.close()

        def forgotten(references: set[str]) -> None:
            self.read_failures.pop(shop_id, None)
            if references and not self._closed:
                self.ordersRead.emit(ShopOrdersOutcome(self._now(), (), frozenset(references), {}, (), {}))

        run_in_background(forget, forgotten, lambda error: log.warning("forgetting shop orders: %s", error),
                          context=self)

    def _adopt(self, snapshot: ShopsSnapshot) -> None:
        """Shops connected before the TPOP account take the id TPOP gives them, so each order stays one row."""
        pairs = {old: new for old, new in adoptions(self.connections(), snapshot.known).items()
                 if old not in self._adopting}
        if not pairs:
            return
        self._adopting.update(pairs)
        credentials = self.credentials

        def move() -> dict[str, str]:
            for old, new in pairs.items():
                move_secret(credentials, old, new)
            return pairs

        def moved(done: dict[str, str]) -> None:
            for old, new in done.items():
                rename_connection(self.settings, old, new)
                SHARED_TOKENS.forget(old)
                self._forget_orders(old)
                log.info("shop %s is TPOP's shop %s", old, new)
            self.load_secrets()
            self.connectionsChanged.emit()

        run_in_background(move, moved, lambda error: log.warning("moving shop secrets: %s", error_kind(error)),
                          context=self)

    def set_product_rule(self, shop_id: str, rule: ProductRule) -> bool:
        """Which of the shop's products are TPOP's (settings); both jobs use it from the next sync."""
        if not save_product_rule(self.settings, shop_id, rule):
            return False
        self.load_secrets()  # the jobs get accesses with the new rule: the shop is read again, completely
        self.job.request_check()
        return True

    # -- connecting in the browser (Etsy) -------------------------------------------------------------

    def connect_in_browser(self, platform: Platform, typed: dict[str, str], open_url: Callable[[str], bool], *,
                           shop_id: str = "", address: str | None = None,
                           rule: ProductRule | None = None) -> BrowserConnect:
        """Start the browser step (ValueError for keys that cannot be sent); ``connected``/``failed`` follow.

        On success the secret is already in the keyring; the connection is saved here, then
        ``connected`` reaches the caller. A second attempt cancels the first.
        """
        if self.browser_connect is not None and self.browser_connect.running:
            self.browser_connect.cancel()
        known = self.connections().get(shop_id)
        where = address if address else (known.address if known else self.default_addresses.get(platform, ""))
        attempt = BrowserConnect(self.credentials, platform, where, typed, open_url=open_url, shop_id=shop_id,
                                 taken=tuple(self.connections()), options=self.browser_options, parent=self)
        attempt.connected.connect(lambda result: self._connected_in_browser(result, rule))
        self.browser_connect = attempt
        attempt.start()
        return attempt

    def _connected_in_browser(self, result: BrowserConnected, rule: ProductRule | None) -> None:
        if self._closed:
            return
        before = self.connections().get(result.shop_id)
        stored_rule = product_rule_to_text(rule) if rule is not None else (before.product_rule if before else "")
        save_connection(self.settings, ShopConnectionInfo(
            result.shop_id, result.platform, result.address, result.connection.shop_name or
            (before.name if before else ""), stored_rule))
        SHARED_TOKENS.forget(result.shop_id)  # the old tokens (if any) are dead: connectors start afresh
        self.read_failures.pop(result.shop_id, None)
        self.load_secrets()
        self.connectionsChanged.emit()

    # -- the shops' orders ----------------------------------------------------------------------------

    def on_orders_read(self, outcome: ShopOrdersOutcome) -> None:
        """The order job wrote a run (sync worker): remember failures, tell the window."""
        if self._closed:
            return
        self.read_failures = dict(outcome.failures)
        if outcome.references:
            self.refresh()  # a first read names shops the dialog did not list yet
        self.ordersRead.emit(outcome)

    # -- what the checks found ----------------------------------------------------------------------

    def on_checks_done(self, outcome: ShopCheckOutcome) -> None:
        """The job saved a run (sync worker): refresh the snapshot, then tell the window."""
        if not self._closed:
            self.refresh(outcome.references, outcome)

    def refresh(self, references: Iterable[str] = (), outcome: ShopCheckOutcome | None = None) -> None:
        """Re-read the snapshot in the background; ``changed`` (and ``checksDone``) follow."""
        self._generation += 1
        generation, database = self._generation, self._database
        touched = frozenset(references)

        def read() -> ShopsSnapshot:
            store = database.shop_checks()
            orders = None
            try:
                orders = database.orders()
                statuses = store.read_statuses()
                listed = orders.query_ids(OrderQuery(shop_problems=True), now=datetime.now(timezone.utc))
                return ShopsSnapshot(
                    known=tuple(store.known_shops()),
                    failures={shop_id: s.failure for shop_id, s in statuses.items() if s.failure},
                    problem_count=len(listed),  # exactly the list the count's button opens
                    not_in_tpop=tuple(store.not_in_tpop()),
                )
            finally:
                store.close()
                if orders is not None:
                    orders.close()

        def done(snapshot: ShopsSnapshot) -> None:
            if self._closed or generation != self._generation:
                return
            self.snapshot = snapshot
            self._adopt(snapshot)
            self.last_touched = touched
            self.changed.emit()
            if outcome is not None:
                self.checksDone.emit(outcome)

        run_in_background(read, done, lambda error: log.warning("shop checks store: %s", error), context=self)

    def check_for(self, reference: str) -> ShopCheck | None:
        checks = self._guard(lambda: self._store.for_reference(reference), [])
        return checks[0] if checks else None

    def fixes_for(self, reference: str) -> list[ShopFixRecord]:
        return self._guard(lambda: self._store.fixes_for(reference), [])

    def failure_for(self, shop_id: str) -> str:
        return self.snapshot.failures.get(shop_id, "")

    def _guard(self, read: Callable[[], Any], default: Any) -> Any:
        try:
            return read()
        except StoreError as error:
            log.warning("shop checks store: %s", error)
            return default

    def check_now(self) -> None:
        """Check at the end of the next sync, whatever the interval (the caller asks for the sync)."""
        self.job.request_check()

    # -- the end of the session -------------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.browser_connect is not None:
            self.browser_connect.cancel()
        self.job.set_shops({}, {})
        self.order_job.set_shops({}, {})
        self._store.close()

