"""The carrier tracking figure: the GUI thread's longest stall while 10,000 shipments' carrier status refresh.

``python benchmarks/tracking_bench.py --shipments N --runs R`` prints one result line. A
profile holds N shipped orders with La Poste, Colissimo or Chronopost numbers, never asked
about (so all are due). For each run a fresh copy is shown in the app's table; the real
``SyncWorker`` on its ``SyncThread`` syncs against ``wire_server.py`` ("nothing changed") and
then runs the real ``TrackingJob`` as its post-sync job, against ``carrier_server.py``
(La Poste Suivi v2 in the sandbox's wire format, in its own process). The outcome goes
through ``TrackingService.on_tracking_done`` to the table (``model.refresh`` of every
changed row) as in the app. A 5 ms heartbeat ``QTimer`` records the longest gap between its
ticks until the table has refreshed (the same method as ``sync_bench.py``). Once the table is
up the GUI thread gets the app's regime (``sync_bench.AppRegime``: the start-up heap frozen,
collections on the GUI thread, a 1 ms switch interval), as ``app.main`` sets it up.

The job runs with no per-run call cap and no pause between calls (the local server has no
quota, and the 10 calls a second would make a run last 100 s without making the GUI any
busier); the call count is checked against what the batch size allows: ceil(N / 10).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from measure import PYTHON, child_env, emit_result, summary
from profiles import NOW
from sync_bench import AppRegime, Heartbeat
from synthetic_orders import generate_orders

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.models import Shipment, Status
from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.core.parcel_refresh import LIMITS
from tpop_desktop.core.tracking import s10_check_digit
from tpop_desktop.credentials import SessionCredentials, carrier_user
from tpop_desktop.session.tracking import TrackingService
from tpop_desktop.store.database import open_database
from tpop_desktop.store.handle import Database
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.source import SourceLink
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker
from wire_server import write_pages

KEY = "bench-okapi-key-9f3e1c7a2b"
LA_POSTE = TrackingServiceId.LA_POSTE
CARRIERS = ("La Poste", "Colissimo", "Chronopost")
REFRESH_AT = NOW + timedelta(hours=1)


def shipped_orders(count: int, seed: int) -> list:
    """``count`` orders shipped within the last ten days with La Poste-family S10 numbers; 40 % delivered."""
    rng = random.Random(seed)
    orders = []
    for index, order in enumerate(generate_orders(count, seed=seed, now=NOW)):
        serial = f"{10_000_000 + index:08d}"
        number = f"LB{serial}{s10_check_digit(serial)}FR"
        shipped = NOW - timedelta(hours=rng.uniform(30, 240))
        delivered = shipped + timedelta(hours=rng.uniform(24, 28)) if rng.random() < 0.4 else None
        status = Status.DELIVERED if delivered else Status.SHIPPED
        shipment = Shipment(CARRIERS[index % 3], number, "", shipped, delivered)
        orders.append(replace(order, status=status, block_reason=None, block_detail="", shipments=(shipment,),
                              updated_at=delivered or shipped))
    return orders


def build(root: Path, count: int, seed: int) -> tuple[Path, Path]:
    """The profile's database and the carrier server's parcel list."""
    orders = shipped_orders(count, seed)
    database = root / "template" / "orders.sqlite3"
    open_database(database)
    store = OrderStore(database)
    try:
        for start in range(0, len(orders), 5000):
            store.apply_sync(orders[start:start + 5000], cursor=NOW.isoformat(), seen_at=NOW, full=start + 5000 >= len(orders))
    finally:
        store.close()
    parcels = [{"reference": o.reference, "number": o.latest_shipment.tracking_number,
                "carrier": o.latest_shipment.carrier, "country": o.destination.country,
                "shipped_at": o.latest_shipment.shipped_at.isoformat(),
                "delivered_at": o.latest_shipment.delivered_at.isoformat() if o.latest_shipment.delivered_at else None}
               for o in orders]
    listing = root / "parcels.json"
    listing.write_text(json.dumps(parcels), encoding="utf-8")
    return database, listing


def served(carrier_url: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{carrier_url}/calls", timeout=10) as answer:  # noqa: S310 - loopback
        return json.loads(answer.read())


def refresh_once(database: Path, tpop_url: str, carrier_url: str) -> tuple[float, float, int, int]:
    """(longest GUI stall ms, total ms, calls the job counted, parcels stored) for one refresh."""
    from interactive import OursDriver

    driver = OursDriver(database)
    regime = AppRegime()  # as app.main sets up once the window is up
    handle = Database(database)
    credentials = SessionCredentials()
    credentials.set(carrier_user(LA_POSTE.value), KEY)
    tracking = TrackingService(handle, credentials, lambda: REFRESH_AT, base_urls={LA_POSTE: f"{carrier_url}/suivi/v2"},
                               job_options={"max_calls_per_run": {LA_POSTE: None}, "max_run_seconds": 3600.0,
                                            "sleep": lambda _s: None})
    worker = SyncWorker(SourceLink(lambda: TpopConnector(tpop_url, "idle")), handle, jobs=[tracking.job],
                        interval_s=3600)
    sync = SyncThread(worker)
    loop = QEventLoop()
    state: dict = {"end": 0.0, "refreshing": False}

    def job_done(_name: str, outcome) -> None:  # noqa: ANN001 - TrackingOutcome
        # only figures are kept: the connection outlives the run, the outcome must not
        state.update(calls=outcome.services[LA_POSTE].calls, refreshed=len(outcome.references))
        tracking.on_tracking_done(outcome)

    worker.jobDone.connect(job_done)
    worker.syncFailed.connect(lambda failure: (state.update(failed=failure.detail), loop.quit()))

    def parcels(update) -> None:
        state["refreshing"] = True
        driver.model.refresh(update.references)

    def refreshed() -> None:
        if state["refreshing"] and not state["end"]:
            state["end"] = time.perf_counter()
            loop.quit()

    tracking.parcelsChanged.connect(parcels)
    driver.model.refreshed.connect(refreshed)
    with_keys = QEventLoop()
    tracking.keysChanged.connect(with_keys.quit)
    tracking.load_keys()
    with_keys.exec()
    heartbeat = Heartbeat()
    guard = QTimer.singleShot(600_000, loop.quit)
    heartbeat.start()
    started = time.perf_counter()
    sync.start()
    loop.exec()
    heartbeat.stop()
    sync.shutdown()
    tracking.close()
    regime.stop()
    driver.close()
    del guard
    if "failed" in state or not state["end"] or "calls" not in state:
        raise RuntimeError(f"the refresh did not finish: {state}")
    return heartbeat.longest_ms, (state["end"] - started) * 1000, state["calls"], state["refreshed"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shipments", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    bound = math.ceil(args.shipments / LIMITS[LA_POSTE].batch_size)
    with tempfile.TemporaryDirectory(prefix="tpop-bench-tracking-") as scratch:
        root = Path(scratch)
        template, listing = build(root, args.shipments, args.seed)
        write_pages([], root / "pages")
        servers = [
            subprocess.Popen([PYTHON, str(Path(__file__).with_name("wire_server.py")), str(root / "pages")],
                             stdout=subprocess.PIPE, text=True, env=child_env()),
            subprocess.Popen([PYTHON, str(Path(__file__).with_name("carrier_server.py")), str(listing), KEY,
                              REFRESH_AT.isoformat()], stdout=subprocess.PIPE, text=True, env=child_env()),
        ]
        try:
            tpop_url, carrier_url = (f"http://127.0.0.1:{int(server.stdout.readline())}" for server in servers)
            stalls, totals, calls, stored = [], [], [], []
            for run in range(args.runs):
                copy = root / f"run-{run}" / "orders.sqlite3"
                copy.parent.mkdir()
                shutil.copy(template, copy)
                before = served(carrier_url)["calls"]
                stall, total, counted, written = refresh_once(copy, tpop_url, carrier_url)
                seen = served(carrier_url)
                if seen["calls"] - before != counted or counted > bound or seen["widest"] > LIMITS[LA_POSTE].batch_size:
                    raise RuntimeError(f"{seen['calls'] - before} calls served, {counted} counted, bound {bound}, "
                                       f"widest call {seen['widest']} numbers")
                stalls.append(stall)
                totals.append(total)
                calls.append(counted)
                stored.append(written)
        finally:
            for server in servers:
                server.terminate()
                server.wait(10)
    print(f"tracking refresh: {args.shipments:,} shipments, {max(calls)} calls (batch bound {bound}), "
          f"{min(stored):,} orders refreshed, longest GUI stall {max(stalls):.1f} ms", flush=True)
    emit_result({"tracking_stall_ms": summary(stalls), "tracking_total_ms": summary(totals),
                 "tracking_calls": max(calls), "tracking_call_bound": bound, "tracking_shipments": args.shipments,
                 "tracking_refreshed": min(stored)})
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
