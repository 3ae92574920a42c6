"""A sync worker in its own process, for the kill test: syncs until it is killed.

Sync k (from 1) adds 300 new orders and, from sync 2 on, moves the 300 orders of sync k-1
one step on in their life, with cursor "sync-k". It prints "begin k" before each sync;
from sync 2 on, "mid k" while apply_sync reads its second block of orders (the first
block is written by then, inside the open transaction); "end k" when apply_sync has read
them all (it is writing the last block and committing) and "synced k" once it returned.
Usage: python crash_writer.py DB_PATH
"""

from __future__ import annotations

import functools
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from synthetic_orders import advance, make_order  # noqa: E402

from tpop_desktop.store import OrderStore  # noqa: E402
from tpop_desktop.store.sync_writer import CHUNK  # noqa: E402

PER_SYNC = 300
MID = CHUNK + 50  # an order of the second block read by apply_sync
START = datetime(2026, 1, 15, 12, tzinfo=UTC)


@functools.cache
def orders_of_sync(k: int) -> list:
    """Deterministic content of sync ``k``: what the checker expects once it committed."""
    now = START + timedelta(minutes=k)
    fresh = [make_order((k - 1) * PER_SYNC + i, random.Random(k * 100_000 + i), now) for i in range(PER_SYNC)]
    if k == 1:
        return fresh
    previous = orders_of_sync(k - 1)[:PER_SYNC]
    moved = [advance(order, random.Random(k * 7 + i), now) for i, order in enumerate(previous)]
    return fresh + moved


def reporting(k: int, orders: list):
    for index, order in enumerate(orders):
        if index == MID:
            print(f"mid {k}", flush=True)
        yield order
    print(f"end {k}", flush=True)


def main() -> None:
    store = OrderStore(Path(sys.argv[1]))
    k = 0
    while True:
        k += 1
        print(f"begin {k}", flush=True)
        store.apply_sync(reporting(k, orders_of_sync(k)), cursor=f"sync-{k}", seen_at=START + timedelta(minutes=k))
        print(f"synced {k}", flush=True)


if __name__ == "__main__":
    main()
