"""The app's sync in a process of its own, for the kill test: syncs against the sandbox until killed.

Before writing each sync it saves what it fetched (server time, and each order's updated_at)
to OUT_DIR/<run>-<k>.json and prints "fetched <run>-<k>"; once the sync is stored it prints
"synced <run>-<k>". The test rebuilds from these what the database must contain.
Usage: python sync_until_killed.py DB_PATH API_URL TOKEN OUT_DIR RUN
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.sync.engine import apply_changes, fetch_changes


def main() -> None:
    db, url, token, out_dir, run = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4]), sys.argv[5]
    open_database(db)  # what the app does at start: check, repair, migrate
    store = OrderStore(db)
    source = TpopConnector(url, token)
    print("ready", flush=True)
    k = 0
    while True:  # run_sync, in its two halves, with a note in between
        k += 1
        name = f"{run}-{k:04d}"
        fetched = fetch_changes(source, store.sync_cursor(), database_path=db)
        note = {"server_time": fetched.server_time.isoformat(),
                "orders": {order.reference: order.updated_at.isoformat() for order in fetched.orders()}}
        tmp = out_dir / f"{name}.tmp"
        tmp.write_text(json.dumps(note))
        os.replace(tmp, out_dir / f"{name}.json")
        print(f"fetched {name}", flush=True)
        apply_changes(store, fetched)
        print(f"synced {name}", flush=True)


if __name__ == "__main__":
    main()
