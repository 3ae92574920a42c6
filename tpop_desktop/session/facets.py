"""The shops and destination countries the merchant has orders for, to fill the filter lists.

The store sorts by shop and by country in SQLite; each distinct value is then the start
of a run in that order, found by galloping search, so 100,000 orders cost a few hundred
single-row reads instead of reading every row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from tpop_desktop.core.text import fold
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.records import OrderQuery, OrderRow, SortKey

EVERY_ORDER = OrderQuery(include_archived=True)


@dataclass(frozen=True)
class Facets:
    shops: tuple[tuple[str, str], ...]  # (shop id, shop name)
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2 codes


def _run_starts(store: OrderStore, ids: Sequence[int], key: Callable[[OrderRow], str]) -> list[OrderRow]:
    """The first row of each run of equal ``key`` in ``ids`` (which are sorted so equal keys are adjacent)."""
    cache: dict[int, OrderRow] = {}

    def key_at(position: int) -> str:
        rowid = ids[position]
        if rowid not in cache:
            cache.update(store.rows([rowid]))
        return key(cache[rowid])

    starts: list[OrderRow] = []
    start = 0
    while start < len(ids):
        value = key_at(start)
        starts.append(cache[ids[start]])
        low, step = start, 1
        high = start + step
        while high < len(ids) and key_at(high) == value:
            low, step = high, step * 2
            high = start + step
        high = min(high, len(ids))
        while high - low > 1:  # key_at(low) == value; high is past the run or the end
            middle = (low + high) // 2
            if key_at(middle) == value:
                low = middle
            else:
                high = middle
        start = high
    return starts


def read_facets(store: OrderStore, now: datetime | None = None) -> Facets:
    """Every shop (two shops with the same name show once) and every destination country."""
    moment = now or datetime.now(timezone.utc)
    by_shop = store.query_ids(EVERY_ORDER, SortKey.SHOP, False, now=moment)
    shops: dict[str, str] = {}
    for row in _run_starts(store, by_shop, lambda row: fold(row.shop_name)):
        order = store.order(row.reference)
        if order is not None:
            shops[order.shop.id] = order.shop.name
    by_country = store.query_ids(EVERY_ORDER, SortKey.DESTINATION, False, now=moment)
    countries = [row.country for row in _run_starts(store, by_country, lambda row: row.country) if row.country]
    return Facets(tuple(shops.items()), tuple(countries))
