"""The app's sync in a process of its own, to measure its memory: one run_sync, then the figures.

Prints one JSON line: the outcome ("synced", "too large" or "out of memory"), the resident
memory just before the sync and its peak (kB, from /proc/self/status), the bytes staged
and the orders stored. The address space is limited to what the process had plus
HEADROOM_MB, so a sync that keeps every page ends in MemoryError instead of taking the
machine. Works with the code before the staging change too (for the "before" figure).
Usage: python sync_memory_probe.py DB_PATH API_URL MAX_SYNC_BYTES
"""

from __future__ import annotations

import inspect
import json
import resource
import sys
from pathlib import Path

from tpop_desktop.connectors.errors import PayloadError
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.sync import engine

HEADROOM_MB = 2048


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def main() -> None:
    db, url, max_bytes = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    open_database(db)
    store = OrderStore(db)
    source = TpopConnector(url, "probe-token-" + "x" * 12, timeout=(5.0, 30.0))
    limit = status_kb("VmSize") * 1024 + HEADROOM_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    kwargs = {"max_bytes": max_bytes} if "max_bytes" in inspect.signature(engine.run_sync).parameters else {}
    before = status_kb("VmRSS")
    staged = None
    try:
        report = engine.run_sync(source, store, **kwargs)
        outcome = "synced"
        staged = report.received
    except MemoryError:
        outcome = "out of memory"
    except PayloadError as error:
        outcome = "too large" if type(error).__name__ == "SyncTooLargeError" else f"payload error: {error}"
        staged = getattr(error, "received_bytes", None)
    peak = status_kb("VmHWM")
    print(json.dumps({"outcome": outcome, "rss_before_kb": before, "peak_kb": peak,
                      "staged": staged, "orders": store.order_count()}), flush=True)
    store.close()
    source.close()


if __name__ == "__main__":
    main()
