"""The Insights view at scale: opening it, changing a filter, choosing a country, on a cached profile.

``python benchmarks/insights_bench.py --size 100000 --runs 5`` prints one result line. Each
run takes a fresh copy of the cached profile and rebuilds the transit samples as the
estimates job does after a sync (``insights_rebuild_ms``, off the GUI thread in the app).
Then, in the real ``InsightsWindow`` fed by the real ``InsightsService`` (its report counted
on the thread pool): from the window's creation to its figures painted (``insights_open_ms``), from a new period
chosen to the figures repainted (``insights_period_ms``), the same for one shop chosen
(``insights_shop_ms``; ``insights_filter_ms`` is the slower of the two), and from a country
chosen in the table to its charts repainted (``insights_group_ms``). Targets: open ≤ 300 ms,
a filter change ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from measure import emit_result, summary, wait_for  # noqa: E402
from profiles import NOW, cached_database  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tpop_desktop.session.insights import InsightsService  # noqa: E402
from tpop_desktop.store.handle import Database  # noqa: E402
from tpop_desktop.ui.insights.view import InsightsWindow  # noqa: E402


def one_run(source: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.sqlite3"
        shutil.copyfile(source, path)
        database = Database(path)
        database.open()
        store = database.insights()
        started = time.perf_counter()
        store.rebuild_samples()
        rebuild = (time.perf_counter() - started) * 1000
        store.close()
        service = InsightsService(database, now=lambda: NOW.astimezone())
        shops = {shop_id: shop_id for shop_id in _shop_ids(path)}
        window: InsightsWindow | None = None

        def open_window() -> None:
            nonlocal window
            window = InsightsWindow(service, shops)
            window.resize(1000, 680)
            window.show()
            window.request()

        def painted(action) -> float:  # noqa: ANN001
            waited = wait_for(service.reportReady, action)
            started = time.perf_counter()
            window.repaint()
            return waited + (time.perf_counter() - started) * 1000

        opened = painted(open_window)
        filtered = painted(lambda: window.period.setCurrentIndex(0))  # the last 30 days
        shop = painted(lambda: window.shop.setCurrentIndex(1))  # one shop: nothing of it counted yet
        window.shop.setCurrentIndex(0)
        countries = window.tables["country"]
        grouped = painted(lambda: countries.setCurrentItem(countries.topLevelItem(0)))
        window.close()
        service.close()
    return {"insights_rebuild_ms": rebuild, "insights_open_ms": opened, "insights_filter_ms": max(filtered, shop),
            "insights_period_ms": filtered, "insights_shop_ms": shop, "insights_group_ms": grouped}


def _shop_ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [shop_id for (shop_id,) in conn.execute("SELECT DISTINCT shop_id FROM orders ORDER BY shop_id")]
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    source = cached_database(args.size, args.seed, log=lambda *_a: None)
    runs = [one_run(source) for _ in range(args.runs)]
    result = {key: summary([run[key] for run in runs]) for key in runs[0]}
    print(f"insights at {args.size:,} orders ({datetime.now():%H:%M}): "
          + ", ".join(f"{key} {value['median']} (worst {value['worst']})" for key, value in result.items()))
    emit_result(result)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
