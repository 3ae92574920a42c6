"""The sandbox's shops (Shopify, WooCommerce, Etsy): their own orders, in step with TPOP's.

Each TPOP order of a Shopify, WooCommerce or Etsy shop has a shop order (for Etsy, a
receipt whose id is the TPOP order's shop order number). When TPOP ships, it
closes the shop order with its tracking, as the real TPOP does, except for the seeded
mismatches, which the daily checks must find: shop orders closed by hand without
tracking, left open, holding another number, and paid orders that never reached TPOP.
Credentials are derived from the seed, so they are stable and can be shown; Etsy's come
from ``etsy_auth`` (an OAuth app), not from ``credentials``.
"""

from __future__ import annotations

import hashlib
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tpop_desktop.core.models import Order, Platform, Shop, Status
from tpop_desktop.sandbox.state import SandboxState

SHOPIFY_SCOPES = (
    "read_orders",
    "write_orders",
    "read_merchant_managed_fulfillment_orders",
    "write_merchant_managed_fulfillment_orders",
)
SHOP_PLATFORMS = (Platform.SHOPIFY, Platform.WOOCOMMERCE, Platform.ETSY)
KEYED_PLATFORMS = (Platform.SHOPIFY, Platform.WOOCOMMERCE)  # connected with keys; Etsy through OAuth
FULFILMENT_TRACKING = (Platform.SHOPIFY, Platform.ETSY)  # tracking lives on the fulfilment / receipt shipment
ETSY_FIRST_ID = 4_200_000_000  # Etsy's own transaction and shipment ids, apart from the other shops' ids
MISMATCH_WINDOW = timedelta(days=20)  # seeded mismatches are recent enough for a 30-day check


@dataclass
class LineItem:
    id: int
    title: str
    sku: str
    vendor: str
    quantity: int
    fulfilled: int = 0


@dataclass
class Fulfillment:
    id: int
    created_at: datetime
    tracking: list[tuple[str, str, str]] = field(default_factory=list)  # (company, number, url)
    status: str = "SUCCESS"
    lines: list[tuple[int, int]] = field(default_factory=list)  # (line item id, quantity) it fulfilled


@dataclass
class Note:
    id: int
    note: str
    customer_note: bool
    created_at: datetime


@dataclass
class SandboxShopOrder:
    id: int
    shop: Shop
    number: str
    reference: str | None
    created_at: datetime
    updated_at: datetime
    paid: bool = True
    cancelled: bool = False
    line_items: list[LineItem] = field(default_factory=list)
    fulfillments: list[Fulfillment] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    tracking_items: list[dict[str, str]] = field(default_factory=list)  # WooCommerce extension meta
    hold: bool = False  # TPOP cannot write to it (a seeded mismatch)
    buyer: tuple[str, str, str, str] = ("Camille Durand", "FR", "69003", "Lyon")  # name, country, postcode, city

    @property
    def fulfilled_all(self) -> bool:
        return bool(self.line_items) and all(i.fulfilled >= i.quantity for i in self.line_items)

    @property
    def fulfilled_any(self) -> bool:
        return any(i.fulfilled for i in self.line_items)

    def numbers(self) -> set[str]:
        found = {n for f in self.fulfillments for (_, n, _) in f.tracking}
        found |= {t["tracking_number"] for t in self.tracking_items}
        found |= {word.strip(".") for note in self.notes for word in note.note.split() if len(word) > 7}
        return found


@dataclass
class Seeded:
    """Shop order numbers of each seeded case, per shop (for demos and tests)."""

    closed_manually: list[str] = field(default_factory=list)
    not_closed: list[str] = field(default_factory=list)
    different: list[str] = field(default_factory=list)
    not_in_tpop: list[str] = field(default_factory=list)
    within_grace: list[str] = field(default_factory=list)
    unpaid: list[str] = field(default_factory=list)


class ShopSandbox:
    """Thread-safe shop orders of the sandbox's Shopify and WooCommerce shops."""

    def __init__(self, state: SandboxState, seed: int) -> None:
        self.state = state
        self.lock = threading.RLock()
        self._seed = seed
        self._next_id = 5_100_000_000
        self._next_etsy_id = ETSY_FIRST_ID
        self.shops: dict[str, Shop] = {s.id: s for s in state.shops if s.platform in SHOP_PLATFORMS}
        self.orders: dict[str, dict[int, SandboxShopOrder]] = {shop_id: {} for shop_id in self.shops}
        self._by_reference: dict[str, SandboxShopOrder] = {}
        self.scopes: dict[str, tuple[str, ...]] = {
            s: SHOPIFY_SCOPES for s, shop in self.shops.items() if shop.platform is Platform.SHOPIFY
        }
        self.tracking_extension: dict[str, bool] = {
            s: True for s, shop in self.shops.items() if shop.platform is Platform.WOOCOMMERCE
        }
        self.throttle_remaining = 0
        self.notifications: list[tuple[str, str, str]] = []  # (shop id, order number, what)
        self.writes: list[tuple[str, str, str]] = []  # (shop id, order number, kind)
        self.seeded: dict[str, Seeded] = {shop_id: Seeded() for shop_id in self.shops}
        self._seed_history(random.Random(f"shops-{seed}"))

    # --- credentials -------------------------------------------------------------

    def secret(self, shop_id: str, purpose: str) -> str:
        return hashlib.sha256(f"tpop-sandbox:{self._seed}:{shop_id}:{purpose}".encode()).hexdigest()

    def credentials(self, base_url: str) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = {}
        for shop_id, shop in self.shops.items():
            if shop.platform not in KEYED_PLATFORMS:
                continue
            if shop.platform is Platform.SHOPIFY:
                result[shop_id] = {
                    "platform": shop.platform.value,
                    "shop_domain": f"{base_url}/shopify/{shop_id}",
                    "access_token": "shpat_" + self.secret(shop_id, "token")[:32],
                }
            else:
                result[shop_id] = {
                    "platform": shop.platform.value,
                    "site_url": f"{base_url}/woocommerce/{shop_id}",
                    "consumer_key": "ck_" + self.secret(shop_id, "key")[:40],
                    "consumer_secret": "cs_" + self.secret(shop_id, "secret")[:40],
                }
        return result

    # --- life --------------------------------------------------------------------

    def new_id(self, platform: Platform | None = None) -> int:
        if platform is Platform.ETSY:
            self._next_etsy_id += 1
            return self._next_etsy_id
        self._next_id += 1
        return self._next_id

    def refresh(self) -> None:
        """Bring the shops in step with TPOP: new orders appear, shipped ones get closed."""
        with self.lock:
            for order in self.state.orders():
                if order.shop.id not in self.shops or not order.shop_order_number:
                    continue
                shop_order = self._by_reference.get(order.reference)
                if shop_order is None:
                    shop_order = self._add_from_tpop(order)
                self._tpop_closes(order, shop_order, order.updated_at)

    def find(self, shop_id: str, order_id: int) -> SandboxShopOrder | None:
        return self.orders.get(shop_id, {}).get(order_id)

    def by_number(self, shop_id: str, number: str) -> SandboxShopOrder:
        with self.lock:
            return next(o for o in self.orders[shop_id].values() if o.number == number)

    def by_reference(self, reference: str) -> SandboxShopOrder:
        with self.lock:
            self.refresh()
            return self._by_reference[reference]

    def touch(self, shop_order: SandboxShopOrder) -> None:
        shop_order.updated_at = max(self.state.now(), shop_order.updated_at)

    def add_tracking_item(self, shop_order: SandboxShopOrder, company: str, number: str, link: str) -> dict[str, str]:
        item = {
            "tracking_provider": "",
            "custom_tracking_provider": company,
            "custom_tracking_link": link,
            "tracking_number": number,
            "date_shipped": str(int(self.state.now().timestamp())),
            "tracking_id": hashlib.md5(f"{shop_order.id}:{number}".encode()).hexdigest(),  # noqa: S324 - an id
        }
        shop_order.tracking_items.append(item)
        self.touch(shop_order)
        return item

    def add_note(self, shop_order: SandboxShopOrder, text: str, customer_note: bool) -> Note:
        note = Note(self.new_id(), text, customer_note, self.state.now())
        shop_order.notes.append(note)
        self.touch(shop_order)
        if customer_note:
            self.notifications.append((shop_order.shop.id, shop_order.number, "customer_note"))
        return note

    def fulfil(self, shop_order: SandboxShopOrder, tracking: list[tuple[str, str, str]], when: datetime) -> Fulfillment:
        lines = [(item.id, item.quantity - item.fulfilled) for item in shop_order.line_items if item.fulfilled < item.quantity]
        for item in shop_order.line_items:
            item.fulfilled = item.quantity
        fulfillment = Fulfillment(self.new_id(shop_order.shop.platform), when, tracking, lines=lines)
        shop_order.fulfillments.append(fulfillment)
        shop_order.updated_at = max(shop_order.updated_at, when)
        return fulfillment

    # --- building ----------------------------------------------------------------

    def _add_from_tpop(self, order: Order, *, hold: bool = False) -> SandboxShopOrder:
        created = order.created_at - timedelta(minutes=3)
        platform = order.shop.platform
        shop_order = SandboxShopOrder(
            id=int(order.shop_order_number) if platform is Platform.ETSY else self.new_id(),
            shop=order.shop,
            number=order.shop_order_number,
            reference=order.reference,
            created_at=created,
            updated_at=created,
            paid=order.status is not Status.CANCELLED,
            cancelled=order.status is Status.CANCELLED,
            line_items=[
                LineItem(self.new_id(platform), f"{i.title} - {i.variant}".strip(" -"), _sku(i.title, i.variant),
                         order.shop.name, i.quantity)
                for i in order.items
            ] or [LineItem(self.new_id(platform), "T-shirt", "TP-TSHIRT", order.shop.name, 1)],
            hold=hold,
            buyer=(order.customer.name, order.destination.country, order.destination.postcode, order.destination.city),
        )
        self.orders[order.shop.id][shop_order.id] = shop_order
        self._by_reference[order.reference] = shop_order
        return shop_order

    def _tpop_closes(self, order: Order, shop_order: SandboxShopOrder, when: datetime) -> None:
        """TPOP writes its tracking into the shop order it closes (not into held or cancelled ones)."""
        shipment = order.latest_shipment
        if order.status not in (Status.SHIPPED, Status.DELIVERED) or shipment is None:
            return
        if shop_order.hold or shop_order.cancelled or shipment.tracking_number in shop_order.numbers():
            return
        entry = (shipment.carrier, shipment.tracking_number, shipment.tracking_url)
        if shop_order.shop.platform in FULFILMENT_TRACKING:
            self.fulfil(shop_order, [entry], when)
        else:
            self.fulfil(shop_order, [], when)
            if self.tracking_extension.get(shop_order.shop.id, True):
                self.add_tracking_item(shop_order, *entry)
            else:
                self.add_note(shop_order, f"Tracking number: {shipment.tracking_number}", True)
            shop_order.updated_at = max(shop_order.updated_at, when)

    def _seed_history(self, rng: random.Random) -> None:
        now = self.state.now()
        with self.lock:
            recent_shipped: dict[str, list[Order]] = {shop_id: [] for shop_id in self.shops}
            for order in self.state.orders():
                if order.shop.id not in self.shops or not order.shop_order_number:
                    continue
                self._add_from_tpop(order)
                if order.status in (Status.SHIPPED, Status.DELIVERED) and order.shipped_at is not None:
                    if now - order.shipped_at <= MISMATCH_WINDOW:
                        recent_shipped[order.shop.id].append(order)
            for shop_id, candidates in recent_shipped.items():
                picks = rng.sample(candidates, min(4, len(candidates)))
                self._seed_mismatches(shop_id, picks, rng)
                self._seed_missing_in_tpop(shop_id, rng, now)
            self.refresh()

    def _seed_mismatches(self, shop_id: str, picks: list[Order], rng: random.Random) -> None:
        seeded = self.seeded[shop_id]
        for index, order in enumerate(picks):
            shop_order = self._by_reference[order.reference]
            shop_order.hold = True
            when = (order.shipped_at or order.created_at) + timedelta(hours=2)
            if index < 2:  # closed by hand (or automatically) without tracking
                self.fulfil(shop_order, [], when - timedelta(days=1))
                seeded.closed_manually.append(shop_order.number)
            elif index == 2:  # still open: TPOP could not write
                seeded.not_closed.append(shop_order.number)
            else:  # another number, typed by the merchant
                other = f"6A{rng.randrange(10**10, 10**11)}"
                if shop_order.shop.platform in FULFILMENT_TRACKING:
                    self.fulfil(shop_order, [("Other", other, "")], when)
                else:
                    self.fulfil(shop_order, [], when)
                    self.add_tracking_item(shop_order, "Other", other, "")
                    shop_order.updated_at = when
                seeded.different.append(shop_order.number)

    def _seed_missing_in_tpop(self, shop_id: str, rng: random.Random, now: datetime) -> None:
        shop = self.shops[shop_id]
        seeded = self.seeded[shop_id]
        base = {Platform.SHOPIFY: 8000, Platform.WOOCOMMERCE: 9800, Platform.ETSY: 3_990_000_000}[shop.platform]
        cases = [
            (timedelta(days=2, hours=rng.randrange(0, 20)), True, seeded.not_in_tpop),
            (timedelta(days=5, hours=rng.randrange(0, 20)), True, seeded.not_in_tpop),
            (timedelta(minutes=40), True, seeded.within_grace),
            (timedelta(days=1), False, seeded.unpaid),
        ]
        for offset, (age, paid, bucket) in enumerate(cases):
            number = f"#{base + offset}" if shop.platform is Platform.SHOPIFY else str(base + offset)
            created = (now - age).replace(microsecond=0)
            shop_order = SandboxShopOrder(
                id=int(number) if shop.platform is Platform.ETSY else self.new_id(), shop=shop, number=number,
                reference=None, created_at=created, updated_at=created, paid=paid,
                line_items=[LineItem(self.new_id(shop.platform), "Organic cotton T-shirt - Black / M",
                                     "TP-LUNE-BLK-M", shop.name, 1)],
            )
            self.orders[shop_id][shop_order.id] = shop_order
            bucket.append(number)


def _sku(title: str, variant: str) -> str:
    digest = hashlib.sha1(f"{title}|{variant}".encode()).hexdigest()[:8].upper()  # noqa: S324 - a label
    return f"TP-{digest}"
