"""Deterministic, realistic synthetic TPOP orders for benchmarks and load tests.

``generate_orders(100_000, seed=1, now=...)`` yields the same orders every time for the
same arguments: a mix of statuses weighted like a real shop (mostly delivered, some
blocked, a few stale parcels), accented customer names, European destinations and
tracking numbers in each carrier's shape.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

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
from tpop_desktop.core.text import fold

SHOPS = (
    Shop("shop-1", "Atelier Céleste", Platform.SHOPIFY),
    Shop("shop-2", "Les Tee-shirts de Zoé", Platform.WOOCOMMERCE),
    Shop("shop-3", "Nordlicht Prints", Platform.ETSY),
    Shop("shop-4", "Boutique Ærø", Platform.TPOP),
    Shop("shop-5", "Commandes manuelles", Platform.MANUAL),
)
FIRST_NAMES = (
    "Élodie", "Jürgen", "Zoë", "François", "Łukasz", "Søren", "Inès", "Björn", "Chloé",
    "Mattéo", "Núria", "Håkon", "Grégoire", "Anaïs", "Maëlle", "Dağ", "José", "Ørjan", "Léa", "Tomás",
)  # fmt: skip
LAST_NAMES = (
    "Müller", "Dupont", "Lefèvre", "Øster", "Nowak", "Straße", "García", "Ñúñez", "Æbelø",
    "Rousseau", "Kowalczyk", "Đorđević", "Bernard", "Schröder", "Łęcki", "Martin", "O'Brien",
)  # fmt: skip
DESTINATIONS = (
    ("FR", "75011", "Paris"), ("FR", "69003", "Lyon"), ("FR", "13001", "Marseille"),
    ("FR", "97400", "Saint-Denis"), ("BE", "1000", "Bruxelles"), ("BE", "4000", "Liège"),
    ("DE", "10115", "Berlin"), ("DE", "80331", "München"), ("CH", "1201", "Genève"),
    ("ES", "08001", "Barcelona"), ("IT", "20121", "Milano"), ("NL", "1012 AB", "Amsterdam"),
    ("LU", "L-1111", "Luxembourg"), ("PL", "00-001", "Łódź"), ("DK", "8000", "Århus"),
    ("GB", "SW1A 1AA", "London"),
)  # fmt: skip
LANGUAGES = {"FR": "fr", "BE": "fr", "DE": "de", "CH": "fr", "ES": "es", "IT": "it", "NL": "nl"}
PRODUCTS = (
    ("T-shirt bio « Montagne »", ("S", "M", "L", "XL")),
    ("Sweat à capuche brodé", ("M", "L")),
    ("Tote bag coton", ("",)),
    ("Mug céramique 33 cl", ("",)),
    ("Affiche A3 papier recyclé", ("",)),
)
STATUS_WEIGHTS = (
    (Status.DELIVERED, 55), (Status.SHIPPED, 18), (Status.PRODUCTION, 10), (Status.OPEN, 6),
    (Status.BLOCKED, 6), (Status.CANCELLED, 5),
)  # fmt: skip
_STATUSES = tuple(s for s, _ in STATUS_WEIGHTS)
_WEIGHTS = tuple(w for _, w in STATUS_WEIGHTS)


def _tracking(rng: random.Random, country: str) -> tuple[str, str, str]:
    """(carrier, tracking number, tracking url) in the carrier's usual shape."""
    if country in ("FR", "BE", "LU", "CH") and rng.random() < 0.7:
        number = f"6A{rng.randrange(10**11):011d}"
        return "colissimo", number, f"https://www.laposte.fr/outils/suivre-vos-envois?code={number}"
    if rng.random() < 0.5:
        number = f"{rng.randrange(10**14):014d}"
        return "dpd", number, f"https://tracking.dpd.de/status/fr_FR/parcel/{number}"
    number = f"LA{rng.randrange(10**9):09d}FR"
    return "la_poste_international", number, f"https://www.laposte.fr/outils/track-a-parcel?code={number}"


def make_order(index: int, rng: random.Random, now: datetime) -> Order:
    """One order; ``index`` gives the reference, ``rng`` everything else."""
    country, postcode, city = rng.choice(DESTINATIONS)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    created_at = now - timedelta(seconds=rng.randrange(400 * 86400))
    status = rng.choices(_STATUSES, _WEIGHTS)[0]
    shipments: tuple[Shipment, ...] = ()
    updated_at = created_at + timedelta(hours=rng.randrange(1, 48))
    if status in (Status.SHIPPED, Status.DELIVERED):
        shipped_at = min(created_at + timedelta(days=rng.randrange(2, 6)), now - timedelta(hours=1))
        carrier, number, url = _tracking(rng, country)
        delivered_at = None
        if status is Status.DELIVERED:
            delivered_at = min(shipped_at + timedelta(days=rng.randrange(1, 9)), now)
        shipments = (Shipment(carrier, number, url, shipped_at, delivered_at),)
        if rng.random() < 0.03:  # a second parcel for a split order
            carrier, number, url = _tracking(rng, country)
            shipments = (*shipments, Shipment(carrier, number, url, shipped_at, delivered_at))
        updated_at = max(updated_at, delivered_at or shipped_at)
    block_reason = rng.choice(tuple(BlockReason)) if status is Status.BLOCKED else None
    items = tuple(
        Item(title, rng.choice(variants), rng.randrange(1, 4))
        for title, variants in rng.sample(PRODUCTS, rng.randrange(1, 3))
    )
    shop = rng.choice(SHOPS)
    return Order(
        reference=f"TP-{100000 + index}",
        shop=shop,
        shop_order_number=f"#{1000 + index}",
        created_at=created_at,
        updated_at=min(updated_at, now),
        status=status,
        customer=Customer(
            f"{first} {last}",
            f"{fold_ascii(first)}.{fold_ascii(last)}{index}@example.org",
            LANGUAGES.get(country),
        ),
        destination=Destination(country, postcode, city),
        items=items,
        shipments=shipments,
        block_reason=block_reason,
        block_detail="card_declined" if block_reason is BlockReason.PAYMENT else "",
    )


def fold_ascii(text: str) -> str:
    """A plausible e-mail local part from a name."""
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


def generate_orders(n: int, seed: int = 0, now: datetime | None = None) -> Iterator[Order]:
    """``n`` orders TP-100000, TP-100001, ...; same ``seed`` and ``now`` give the same orders."""
    now = now or datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    rng = random.Random(seed)
    for index in range(n):
        yield make_order(index, rng, now)


def advance(order: Order, rng: random.Random, now: datetime) -> Order:
    """The same order one step later in its life (for "changed" syncs in benchmarks)."""
    if order.status in (Status.OPEN, Status.BLOCKED):
        return replace(order, status=Status.PRODUCTION, block_reason=None, block_detail="", updated_at=now)
    if order.status is Status.PRODUCTION:
        carrier, number, url = _tracking(rng, order.destination.country)
        shipment = Shipment(carrier, number, url, now, None)
        return replace(order, status=Status.SHIPPED, shipments=(shipment,), updated_at=now)
    if order.status is Status.SHIPPED and order.shipments:
        delivered = replace(order.shipments[-1], delivered_at=now)
        return replace(order, status=Status.DELIVERED, shipments=(*order.shipments[:-1], delivered), updated_at=now)
    return replace(order, updated_at=now)
