"""The Insights figures at scale: opening the view and changing a filter, on a cached profile.

``python benchmarks/insights_bench.py --size 100000 --runs 5`` prints the medians and worst
runs as one JSON line. Each run takes a fresh copy of the cached profile, rebuilds the
transit samples as the estimates job does after a sync (``rebuild_ms``), then times what
the view's background call does: the store's grouping in SQL and ``build_report``, for every
parcel (``open_ms``: the view opening), then for the last 30 days of one shop, and for one
country's charts (``filter_ms``: the slower of the two). The targets: open ≤ 300 ms,
filter ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from profiles import NOW, cached_database  # noqa: E402

from tpop_desktop.core.insights import (EVERY_PARCEL, Group, GroupKind, InsightsFilter,  # noqa: E402
                                        build_report)
from tpop_desktop.store.handle import Database  # noqa: E402

OPEN_TARGET_MS = 300.0
FILTER_TARGET_MS = 100.0


def _timed(action) -> float:  # noqa: ANN001
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def one_run(source: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.sqlite3"
        shutil.copyfile(source, path)
        database = Database(path)
        database.open()
        store = database.insights()
        try:
            rebuild = _timed(store.rebuild_samples)
            today = NOW.date()

            def report(chosen: InsightsFilter, group: Group) -> None:
                build_report(store.insights_data(chosen, group, today), group=group)

            opened = _timed(lambda: report(InsightsFilter(), EVERY_PARCEL))
            shop = store.insights_data(InsightsFilter(), EVERY_PARCEL, today).shop_ids[0]
            narrow = _timed(lambda: report(InsightsFilter(today - timedelta(days=30), frozenset({shop})),
                                           EVERY_PARCEL))
            country = _timed(lambda: report(InsightsFilter(), Group(GroupKind.COUNTRY, country="FR")))
        finally:
            store.close()
    return {"rebuild_ms": rebuild, "open_ms": opened, "filter_ms": max(narrow, country)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    source = cached_database(args.size, args.seed)
    runs = [one_run(source) for _ in range(args.runs)]
    result: dict[str, object] = {"size": args.size, "runs": args.runs}
    for key in ("rebuild_ms", "open_ms", "filter_ms"):
        values = [run[key] for run in runs]
        result[key] = round(statistics.median(values), 1)
        result[key.replace("_ms", "_worst_ms")] = round(max(values), 1)
    result["targets_met"] = result["open_ms"] <= OPEN_TARGET_MS and result["filter_ms"] <= FILTER_TARGET_MS
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
