"""The merchant's shops as an order source: a job of the sync worker, with or without a TPOP token.

Each run reads every connected shop's orders changed since that shop's last read (the
first read goes back ``DEFAULT_LOOKBACK``), turns those with TPOP products into the app's
orders (``order_from_shop``), leaves out those TPOP already lists (the key the shop
checks match on: ``shop_orders_beside``) and writes the rest in one transaction, beside
TPOP's orders. So the table, the detail pane, the notifications and the export show them
as they show TPOP's.

A shop that fails is reported and left alone for a while: Shopify's throttling, Etsy's
429 (with or without ``Retry-After``), 5xx answers and network failures back off (full
jitter, capped); a missing permission is tried again after the longest wait; a refused
token is not tried again until the connection changes. A failing shop never stops the
others, and this job never stops TPOP's sync. A shop's first read (and the read after its
product rule changed) is complete: its rows that are no longer TPOP orders are dropped,
and its orders are not announced as new.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from tpop_desktop.connectors.errors import AuthError, ForbiddenError, RateLimitedError
from tpop_desktop.connectors.platforms import ShopAccess
from tpop_desktop.core.backoff import BACKOFF_CAP_S, backoff_delay, retry_after_delay
from tpop_desktop.core.changes import ChangeEvent, EventKind
from tpop_desktop.core.models import Order, Platform, Shop
from tpop_desktop.core.shop_order_source import order_from_shop, shop_orders_beside
from tpop_desktop.store.handle import Database
from tpop_desktop.store.orders_store import OrderStore

log = logging.getLogger(__name__)

DEFAULT_LOOKBACK = timedelta(days=60)  # a parcel can travel for weeks: the first read shows two months
CURSOR_OVERLAP = timedelta(minutes=10)  # the shop's clock and ours may differ; rows read twice cost nothing
NEVER = datetime.max.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class ShopOrdersOutcome:
    """What one run did, for the window: new events, rows touched, shops that failed and when they are retried."""

    read_at: datetime
    events: tuple[ChangeEvent, ...]
    references: frozenset[str]  # rows written or dropped
    failures: dict[str, str]  # shop id -> error class name ("RateLimitedError", "EtsyReconnectRequired"...)
    read_shops: tuple[str, ...]  # shops read in this run
    retry_at: dict[str, datetime]  # failing shop -> when it is read again (``NEVER``: once reconnected)


class _Waits:
    """Per shop: consecutive failures and the moment it may be read again."""

    def __init__(self, rng: Callable[[], float]) -> None:
        self.failures: dict[str, int] = {}
        self.until: dict[str, datetime] = {}
        self._rng = rng

    def due(self, shop_id: str, now: datetime) -> bool:
        return self.until.get(shop_id, now) <= now

    def failed(self, shop_id: str, error: Exception, now: datetime) -> datetime:
        count = self.failures.get(shop_id, 0) + 1
        self.failures[shop_id] = count
        if isinstance(error, AuthError):
            until = NEVER  # refused or revoked: asking again changes nothing, reconnecting does
        elif isinstance(error, ForbiddenError):
            until = now + timedelta(seconds=BACKOFF_CAP_S)  # a permission the merchant may add meanwhile
        elif isinstance(error, RateLimitedError):
            until = now + timedelta(seconds=retry_after_delay(error.retry_after, fallback_s=BACKOFF_CAP_S / 3))
        else:
            until = now + timedelta(seconds=backoff_delay(count, rng=self._rng))
        self.until[shop_id] = until
        return until

    def succeeded(self, shop_id: str) -> None:
        self.failures.pop(shop_id, None)
        self.until.pop(shop_id, None)


class ShopOrderJob:
    """A job of the sync worker (``sync.jobs``) that also runs without a TPOP token; configured from the GUI."""

    name = "shop-orders"
    needs_tpop = False  # the worker runs it even when there is no TPOP account

    def __init__(self, database: Database, *, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 lookback: timedelta = DEFAULT_LOOKBACK, rng: Callable[[], float] = random.random) -> None:
        self._database = database
        self._now = now
        self._lookback = lookback
        self._lock = threading.Lock()
        self._shops: dict[str, ShopAccess] = {}
        self._unreadable: dict[str, tuple[Platform, str]] = {}
        self._names: dict[str, str] = {}
        self._cursors: dict[str, datetime] = {}  # each shop's from the store at its first read here
        self._loaded: set[str] = set()
        self._complete: set[str] = set()  # shops whose next read is complete
        self._gone = False  # a shop left: rows of shops no longer connected are dropped at the next run
        self._waits = _Waits(rng)

    def set_shops(self, shops: Mapping[str, ShopAccess], unreadable: Mapping[str, tuple[Platform, str]] | None = None,
                  names: Mapping[str, str] | None = None) -> None:
        """The connected shops (secrets in memory), those that cannot be read, and their names."""
        with self._lock:
            for shop_id, access in shops.items():
                before = self._shops.get(shop_id)
                if before is None or before != access:  # new, reconnected or another rule: wait no longer
                    self._waits.succeeded(shop_id)
                if before is not None and before.product_rule != access.product_rule:
                    self._complete.add(shop_id)
            for gone in set(self._shops) - set(shops):  # removed (its rows go with it): start afresh
                self._cursors.pop(gone, None)
                self._loaded.discard(gone)
                self._gone = True
            self._shops = dict(shops)
            self._unreadable = dict(unreadable or {})
            self._names = dict(names or {})

    def has_shops(self) -> bool:
        with self._lock:
            return bool(self._shops or self._unreadable)

    def __call__(self, report: object = None) -> ShopOrdersOutcome | None:
        """Read the shops that are due (any thread; the worker's); None when no shop is connected."""
        now = self._now()
        with self._lock:
            shops, unreadable, names = dict(self._shops), dict(self._unreadable), dict(self._names)
            if not shops and not unreadable and not self._gone:
                return None
            self._gone = False
            due = {shop_id: access for shop_id, access in shops.items() if self._waits.due(shop_id, now)}
            complete = set(self._complete) & set(due)
        store = self._database.orders()
        try:
            return self._run(store, due, unreadable, names, complete, now)
        finally:
            store.close()

    def _run(self, store: OrderStore, due: Mapping[str, ShopAccess], unreadable: Mapping[str, tuple[Platform, str]],
             names: Mapping[str, str], complete: set[str], now: datetime) -> ShopOrdersOutcome:
        cursors = self._load_cursors(store, due)
        tpop_names = store.tpop_shop_names(due)
        read: dict[str, list[Order]] = {}
        new_cursors: dict[str, datetime] = {}
        failures: dict[str, str] = {shop_id: reason for shop_id, (_platform, reason) in unreadable.items()}
        retry_at: dict[str, datetime] = {}
        for shop_id, access in due.items():
            whole = shop_id in complete or shop_id not in cursors
            since = now - self._lookback if whole else cursors[shop_id]
            shop = Shop(shop_id, tpop_names.get(shop_id) or names.get(shop_id) or access.address or shop_id,
                        access.platform)
            try:
                read[shop_id] = self._read_shop(access, shop, since)
            except Exception as error:  # each shop on its own: a failure (or a bug) never stops the others
                kind = type(error).__name__
                log.warning("shop %s: its orders could not be read (%s)", shop_id, kind)
                failures[shop_id] = kind
                with self._lock:
                    retry_at[shop_id] = self._waits.failed(shop_id, error, now)
                continue
            with self._lock:
                self._waits.succeeded(shop_id)
            new_cursors[shop_id] = now - CURSOR_OVERLAP
        with self._lock:  # a shop removed while it was read (its rows were just forgotten) writes nothing
            connected = set(self._shops) | set(self._unreadable)
        read = {shop_id: orders for shop_id, orders in read.items() if shop_id in connected}
        merged = shop_orders_beside(store.tpop_order_keys(read), (o for orders in read.values() for o in orders))
        drop = set(merged.superseded)
        cursor_texts: dict[str, str | None] = {k: v.isoformat() for k, v in new_cursors.items() if k in read}
        for orphan in store.shops_with_shop_rows() - connected:  # removed, or renamed to TPOP's id
            drop |= store.shop_order_references(orphan)
            cursor_texts[orphan] = None
        whole_reads = {shop_id for shop_id in read if shop_id in complete or shop_id not in cursors}
        for shop_id in whole_reads:
            kept = {o.reference for o in merged.orders if o.shop.id == shop_id}
            drop |= store.shop_order_references(shop_id) - kept  # no longer an order of the app (rule changed)
        events = store.apply_shop_orders(merged.orders, drop=drop, seen_at=now, cursors=cursor_texts)
        with self._lock:
            self._cursors.update({k: v for k, v in new_cursors.items() if k in read})
            self._complete -= whole_reads
        news = tuple(e for e in events if not (e.kind is EventKind.NEW and e.order.shop.id in whole_reads))
        touched = frozenset({e.reference for e in events} | drop)
        return ShopOrdersOutcome(now, news, touched, failures, tuple(sorted(read)), retry_at)

    def _read_shop(self, access: ShopAccess, shop: Shop, since: datetime) -> list[Order]:
        connector = access.connector()
        try:
            shop_orders = connector.orders(updated_since=since)
        finally:
            try:
                connector.close()
            except Exception:  # closing must never fail a read
                log.debug("closing a shop connector failed", exc_info=True)
        return [order for so in shop_orders if (order := order_from_shop(so, shop)) is not None]

    def _load_cursors(self, store: OrderStore, shop_ids: Mapping[str, object]) -> dict[str, datetime]:
        """Each shop's cursor, from the store the first time (a point read per shop)."""
        with self._lock:
            unknown = [shop_id for shop_id in shop_ids if shop_id not in self._loaded]
        stored: dict[str, datetime] = {}
        for shop_id in unknown:
            text = store.shop_orders_cursor(shop_id)
            try:
                when = datetime.fromisoformat(text) if text else None
            except ValueError:
                when = None  # a damaged cursor: read the shop completely again
            if when is not None and when.tzinfo is not None:
                stored[shop_id] = when
        with self._lock:
            for shop_id in unknown:
                self._loaded.add(shop_id)
                if shop_id in stored:
                    self._cursors.setdefault(shop_id, stored[shop_id])
            return dict(self._cursors)
