"""The store in a child process on a read-only folder or a small disk (see tests/confined.py).

Prints one JSON object: what worked and, for each step that failed, the error's class,
cause, folder and message. Usage:
    python storage_child.py read-only DB_PATH
    python storage_child.py small-disk FOLDER
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tpop_desktop.core.models import Customer, Destination, Item, Order, Platform, Shop, Status
from tpop_desktop.store import OrderStore, StoreError, open_database
from tpop_desktop.store.cases_store import CaseStore
from tpop_desktop.store.staging import StagingWriter, staging_path

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def order(reference: str, name: str = "Jean Dupont") -> Order:
    return Order(reference, Shop("s1", "Atelier", Platform.SHOPIFY), "#1", NOW - timedelta(days=1), NOW,
                 Status.PRODUCTION, Customer(name), Destination("FR", "75011", "Paris"), (Item("Tee"),))


def failure(error: BaseException) -> dict:
    return {"error": type(error).__name__, "cause": str(getattr(error, "cause", "")),
            "folder": str(getattr(error, "folder", "")), "message": str(error)}


def attempt(action) -> dict:  # type: ignore[no-untyped-def]
    try:
        return {"ok": action()}
    except (StoreError, OSError) as error:
        return failure(error)


def read_only(db: Path) -> dict:
    out: dict = {"open": attempt(lambda: open_database(db).read_only)}
    if "error" in out["open"]:
        return out
    store = OrderStore(db)
    out["read_only"] = store.read_only
    out["orders"] = store.order_count()
    out["note"] = store.note("TP-1")
    out["set_note"] = attempt(lambda: store.set_note("TP-1", "changed"))
    out["sync"] = attempt(lambda: len(store.apply_sync([order("TP-NEW")], cursor="c9", seen_at=NOW)))
    out["archive"] = attempt(lambda: store.set_archived(["TP-1"], True))
    store.close()
    cases = CaseStore(db)
    out["cases"] = attempt(lambda: len(cases.open_cases()))
    cases.close()
    out["staging"] = attempt(lambda: str(StagingWriter(staging_path(db)).path))
    return out


def small_disk(folder: Path) -> dict:
    db = folder / "data" / "orders.sqlite3"
    out: dict = {"open": attempt(lambda: open_database(db).read_only)}
    store = OrderStore(db)
    written = 0
    result: dict = {}
    for batch in range(10_000):  # until the disk is full
        orders = [order(f"TP-{batch}-{i}", "Ørjan Øster " * 40) for i in range(50)]
        result = attempt(lambda orders=orders: store.apply_sync(orders, cursor=f"c{batch}", seen_at=NOW) and None)
        if "error" in result:
            break
        written += len(orders)
    out["filling"] = result
    out["written"] = written
    out["kept"] = store.order_count()
    # Now fill what is left to the last byte, as another program would.
    try:
        with open(folder / "filler", "wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
    except OSError:
        pass  # full, to the last block
    more = [order(f"TP-more-{i}", "Ørjan Øster " * 40) for i in range(200)]
    out["sync_on_full_disk"] = attempt(lambda: store.apply_sync(more, cursor="c-full", seen_at=NOW) and None)
    out["kept_after"] = store.order_count()
    store.close()
    out["staging_on_full_disk"] = attempt(lambda: StagingWriter(staging_path(db)).add([order("TP-X", "x" * 50_000)]))
    out["new_database_on_full_disk"] = attempt(lambda: open_database(folder / "other" / "orders.sqlite3").read_only)
    return out


if __name__ == "__main__":
    scenario, target = sys.argv[1], Path(sys.argv[2])
    print(json.dumps(read_only(target) if scenario == "read-only" else small_disk(target)), flush=True)
