"""A deterministic, realistic order history for the sandbox account.

Same seed and same clock give the same account. A fixed list of scenarios guarantees
that every status, every block reason and every tricky case the app handles is present,
whatever the seed; the rest of the history is random.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import quote

from tpop_desktop.core.models import (
    BlockReason,
    Customer,
    Destination,
    Item,
    Order,
    Platform,
    Shipment,
    Shop,
    Status,
)
from tpop_desktop.sandbox import catalog, tracking_numbers

HISTORY_DAYS = 60
SLOW_RECENTLY = timedelta(days=30)  # Colissimo parcels shipped this month took longer than usual
FIRST_REFERENCE = 104000


@dataclass(frozen=True, slots=True)
class Scenario:
    """An order the history must contain, placed ``age`` before now."""

    age: timedelta
    status: Status
    country: str | None = None
    carrier: str | None = None
    block: tuple[BlockReason, str] | None = None
    shop: Shop | None = None
    customer_name: str | None = None
    city: str | None = None
    tracking_url: str | None = None  # "" = a shipment without a link
    shipped_ago: timedelta | None = None


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(timedelta(days=6), Status.SHIPPED, country="BE", carrier=catalog.LA_POSTE),
    Scenario(timedelta(days=3), Status.BLOCKED, block=(BlockReason.PAYMENT, "insufficient_funds")),
    Scenario(timedelta(days=2), Status.BLOCKED, block=(BlockReason.ADDRESS, "postcode_mismatch")),
    Scenario(timedelta(days=4), Status.BLOCKED, block=(BlockReason.VISUAL, "low_resolution")),
    Scenario(timedelta(days=1, hours=8), Status.BLOCKED, block=(BlockReason.PAYMENT, "do_not_honor")),
    Scenario(timedelta(hours=20), Status.CANCELLED),
    Scenario(timedelta(days=15), Status.DELIVERED, country="FR", carrier=catalog.COLISSIMO),
    Scenario(timedelta(days=30), Status.SHIPPED, carrier=catalog.MONDIAL_RELAY, country="FR",
             shipped_ago=timedelta(days=26)),
    Scenario(timedelta(days=8), Status.SHIPPED, country="DE", carrier=catalog.LA_POSTE, tracking_url=""),
    Scenario(timedelta(days=9), Status.DELIVERED, country="FR", carrier=catalog.COLISSIMO, tracking_url=""),
    Scenario(timedelta(hours=5), Status.OPEN),
    Scenario(timedelta(days=2, hours=3), Status.PRODUCTION),
    Scenario(timedelta(days=5), Status.SHIPPED, shop=catalog.MANUAL_SHOP, country="FR"),
)

# HOSTILE VALUES: the app must show these as inert plain text (see catalog.py). The tests'
# and the developers' sandbox serves them; the demo a merchant sees does not.
HOSTILE_SCENARIOS: tuple[Scenario, ...] = (
    Scenario(timedelta(hours=9), Status.OPEN, customer_name=catalog.HOSTILE_HTML_NAME),
    Scenario(timedelta(days=7), Status.SHIPPED, customer_name=catalog.HOSTILE_FORMULA_NAME, country="FR"),
    Scenario(timedelta(days=7, hours=5), Status.SHIPPED, country="FR", carrier=catalog.COLISSIMO,
             tracking_url=catalog.HOSTILE_TRACKING_URL),
    Scenario(timedelta(days=3, hours=2), Status.PRODUCTION, country="FR", city=catalog.HOSTILE_CITY),
)


@dataclass
class OrderFactory:
    """Makes orders, shipments and references; the state keeps using it while live."""

    rng: random.Random
    next_reference: int = FIRST_REFERENCE
    shop_counters: dict[str, int] = field(default_factory=dict)

    def reference(self) -> str:
        self.next_reference += 1
        return f"TP-{self.next_reference}"

    def shop_order_number(self, shop: Shop) -> str:
        count = self.shop_counters.get(shop.id, 1000 + 37 * len(self.shop_counters)) + 1
        self.shop_counters[shop.id] = count
        if shop.platform is Platform.SHOPIFY:
            return f"#{count}"
        if shop.platform is Platform.WOOCOMMERCE:
            return str(count + 4000)
        if shop.platform is Platform.ETSY:
            return f"31{self.rng.randrange(10**8):08d}"
        if shop.platform is Platform.TPOP:
            return f"SN-{count}"
        return ""

    def shop(self) -> Shop:
        return self.rng.choices(catalog.SHOPS, weights=catalog.SHOP_WEIGHTS)[0]

    def country(self) -> str:
        names = list(catalog.COUNTRIES)
        return self.rng.choices(names, weights=[catalog.COUNTRIES[c][0] for c in names])[0]

    def customer(self, country: str) -> Customer:
        _, languages, _, names = catalog.COUNTRIES[country]
        name = self.rng.choice(names)
        plain = unicodedata.normalize("NFKD", name.lower())
        slug = "".join(ch for ch in plain if ch.isascii() and ch.isalpha())[:12] or "client"
        email = f"{slug}{self.rng.randrange(10, 99)}@example.{'com' if country in ('US', 'CA', 'GB') else 'org'}"
        return Customer(name=name, email=email, language=self.rng.choice(languages))

    def destination(self, country: str) -> Destination:
        postcode, city = self.rng.choice(catalog.COUNTRIES[country][2])
        return Destination(country=country, postcode=postcode, city=city)

    def items(self) -> tuple[Item, ...]:
        count = self.rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
        chosen = self.rng.sample(catalog.PRODUCTS, count)
        return tuple(
            Item(title=title, variant=self.rng.choice(variants), quantity=self.rng.choices((1, 2, 3), (80, 15, 5))[0])
            for title, variants in chosen
        )

    def carrier(self, country: str) -> str:
        if country == "FR":
            options = (catalog.COLISSIMO, catalog.LA_POSTE, catalog.MONDIAL_RELAY, catalog.CHRONOPOST)
            weights: tuple[float, ...] = (50, 20, 20, 10)
        elif country in catalog.EU_COUNTRIES:
            options, weights = (catalog.LA_POSTE, catalog.DPD, catalog.COLISSIMO), (60, 25, 15)
        else:
            options, weights = (catalog.LA_POSTE, catalog.DHL_EXPRESS), (65, 35)
        return self.rng.choices(options, weights=weights)[0]

    def shipment(self, destination: Destination, shipped_at: datetime, carrier: str | None = None) -> Shipment:
        carrier = carrier or self.carrier(destination.country)
        domestic = destination.country == "FR"
        if carrier == catalog.LA_POSTE:
            number = tracking_numbers.s10_number(self.rng, self.rng.choice(("LB", "LA", "CB") if not domestic else ("LB", "LA")))
        elif carrier == catalog.COLISSIMO:
            number = (tracking_numbers.colissimo_number(self.rng) if domestic
                      else tracking_numbers.s10_number(self.rng, "CB"))
        elif carrier == catalog.CHRONOPOST:
            number = tracking_numbers.s10_number(self.rng, "EE")
        elif carrier == catalog.MONDIAL_RELAY:
            number = tracking_numbers.mondial_relay_number(self.rng)
        elif carrier == catalog.DPD:
            number = tracking_numbers.dpd_number(self.rng)
        elif carrier == catalog.DHL_EXPRESS:
            number = tracking_numbers.dhl_express_number(self.rng)
        else:
            number = tracking_numbers.s10_number(self.rng)
        template = catalog.TRACKING_URL_TEMPLATES.get(carrier, "")
        url = template.format(number=quote(number, safe=""), postcode=quote(destination.postcode, safe=""))
        return Shipment(carrier=carrier, tracking_number=number, tracking_url=url, shipped_at=shipped_at)

    def block(self, reason: BlockReason | None = None) -> tuple[BlockReason, str]:
        reason = reason or self.rng.choices(list(BlockReason), weights=(55, 25, 20))[0]
        details = {
            BlockReason.PAYMENT: catalog.PAYMENT_DECLINE_CODES,
            BlockReason.ADDRESS: catalog.ADDRESS_DETAILS,
            BlockReason.VISUAL: catalog.VISUAL_DETAILS,
        }[reason]
        return reason, self.rng.choice(details)

    def new_order(self, created_at: datetime, *, shop: Shop | None = None, country: str | None = None) -> Order:
        """A fresh open order placed at ``created_at``."""
        shop = shop or self.shop()
        country = country or self.country()
        return Order(
            reference=self.reference(),
            shop=shop,
            shop_order_number=self.shop_order_number(shop),
            created_at=created_at,
            updated_at=created_at,
            status=Status.OPEN,
            customer=self.customer(country),
            destination=self.destination(country),
            items=self.items(),
        )


def generate_history(factory: OrderFactory, now: datetime, count: int, *, hostile: bool = True,
                     days: int = HISTORY_DAYS) -> list[Order]:
    """``count`` orders of the last ``days`` days, oldest first, scenarios (and hostile ones) included."""
    now = now.replace(microsecond=0)
    chosen = SCENARIOS + HOSTILE_SCENARIOS if hostile else SCENARIOS
    scenarios: list[Scenario | None] = list(chosen[:count]) + [None] * max(0, count - len(chosen))
    dated: list[tuple[datetime, Scenario | None]] = []
    for scenario in scenarios:
        if scenario is not None:
            age = scenario.age
        else:
            # recent days are busier than old ones, as in a growing shop
            age = timedelta(seconds=20 * 60 + int(factory.rng.random() ** 1.4 * days * 86400))
        dated.append((now - age, scenario))
    dated.sort(key=lambda pair: pair[0])
    return [_historic_order(factory, created, now, scenario) for created, scenario in dated]


def _random_status(rng: random.Random, age: timedelta) -> Status:
    days = age.total_seconds() / 86400
    if days < 1:
        table = {Status.OPEN: 78, Status.PRODUCTION: 5, Status.BLOCKED: 10, Status.CANCELLED: 7}
    elif days < 4:
        table = {Status.OPEN: 6, Status.PRODUCTION: 52, Status.SHIPPED: 24, Status.BLOCKED: 12, Status.CANCELLED: 6}
    elif days < 12:
        table = {Status.PRODUCTION: 4, Status.SHIPPED: 56, Status.DELIVERED: 30, Status.BLOCKED: 7, Status.CANCELLED: 3}
    elif days < 30:
        table = {Status.SHIPPED: 9, Status.DELIVERED: 84, Status.BLOCKED: 3, Status.CANCELLED: 4}
    else:  # a month on, nearly every parcel has arrived
        table = {Status.SHIPPED: 1, Status.DELIVERED: 93, Status.BLOCKED: 2, Status.CANCELLED: 4}
    return rng.choices(list(table), weights=list(table.values()))[0]


def _historic_order(factory: OrderFactory, created: datetime, now: datetime, scenario: Scenario | None) -> Order:
    rng = factory.rng
    status = scenario.status if scenario else _random_status(rng, now - created)
    order = factory.new_order(
        created, shop=scenario.shop if scenario else None, country=scenario.country if scenario else None
    )
    if scenario and scenario.customer_name:
        order = _replace(order, customer=Customer(scenario.customer_name, order.customer.email, order.customer.language))
    if scenario and scenario.city:
        order = _replace(order, destination=Destination(order.destination.country, order.destination.postcode, scenario.city))
    latest = now - timedelta(minutes=2)
    if status is Status.OPEN:
        return order
    hours = lambda low, high: timedelta(seconds=rng.randrange(int(low * 3600), int(high * 3600)))  # noqa: E731
    production_at = created + hours(20, 34)
    shipped_at = production_at + hours(30, 130)
    delivered_at = shipped_at + _transit(order.destination.country, hours(36, 150))
    if scenario and scenario.shipped_ago:
        shipped_at = now - scenario.shipped_ago
        production_at = min(production_at, shipped_at - timedelta(hours=30))
    last = {Status.PRODUCTION: production_at, Status.BLOCKED: production_at, Status.CANCELLED: created + hours(1, 20),
            Status.SHIPPED: shipped_at, Status.DELIVERED: delivered_at}[status]
    if last > latest:  # squeeze the events into the time the order has really had
        scale = (latest - created) / (last - created)
        production_at, shipped_at, delivered_at = (
            created + (t - created) * scale for t in (production_at, shipped_at, delivered_at)
        )
        last = created + (last - created) * scale
    last = last.replace(microsecond=0)
    if status in (Status.PRODUCTION, Status.CANCELLED):
        return _replace(order, status=status, updated_at=last)
    if status is Status.BLOCKED:
        reason, detail = scenario.block if scenario and scenario.block else factory.block()
        return _replace(order, status=status, updated_at=last, block_reason=reason, block_detail=detail)
    shipment = factory.shipment(order.destination, shipped_at.replace(microsecond=0), scenario.carrier if scenario else None)
    if scenario and scenario.tracking_url is not None:
        shipment = Shipment(shipment.carrier, shipment.tracking_number, scenario.tracking_url, shipment.shipped_at)
    if status is Status.DELIVERED:
        if shipment.carrier == catalog.COLISSIMO and now - shipment.shipped_at < SLOW_RECENTLY:
            # a busy month at Colissimo: the demo's slowest lane against its own history
            delivered_at = min(shipment.shipped_at + (delivered_at - shipment.shipped_at) * 1.8, latest)
            last = max(last, delivered_at.replace(microsecond=0))
        shipment = Shipment(shipment.carrier, shipment.tracking_number, shipment.tracking_url,
                            shipment.shipped_at, delivered_at.replace(microsecond=0))
    return _replace(order, status=status, updated_at=last, shipments=(shipment,))


def _transit(country: str, draw: timedelta) -> timedelta:
    """A delivery time like the post's: France in a day or three, Europe in two to six, further in four to ten.

    ``draw`` (36 to 150 hours) is the random part, spread over the destination's range, so each
    lane of the demo has a history of its own for the delivery insights.
    """
    share = min(max((draw - timedelta(hours=36)) / timedelta(hours=114), 0.0), 1.0)
    low, spread = (20, 60) if country == "FR" else (44, 100) if country in catalog.EU_COUNTRIES else (90, 150)
    return timedelta(hours=low + spread * share)


def _replace(order: Order, **changes: object) -> Order:
    return replace(order, **changes)  # type: ignore[arg-type]
