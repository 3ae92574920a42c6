"""After carrier refreshes (good keys, a revoked key, a throttled service), no file holds a carrier key."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from fault_server import FaultServer
from test_secrets_scan import scan

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.logging_setup import setup_logging, shutdown_logging
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.sync.engine import run_sync
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.tracking_job import TrackingJob

TOKEN = "tpop_live_Hk4Rw8Nb2Tz6Qm1Lp9Xc"
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
REVOKED = "okapi_revoked_Vb7Kq2Wm9Rt4Zs1"


def test_carrier_keys_never_reach_a_file(tmp_path, fault_server: FaultServer):
    sandbox = SandboxServer(TOKEN, seed=5, now=lambda: NOW, order_count=120)
    sandbox.start()
    log_dir = tmp_path / "logs"
    setup_logging(log_dir, level=logging.DEBUG)  # debug: requests and urllib3 say the most
    try:
        db_path = tmp_path / "data" / "orders.sqlite3"
        open_database(db_path)
        store, connector = OrderStore(db_path), TpopConnector(sandbox.base_url, TOKEN)
        run_sync(connector, store, now=lambda: NOW)
        connector.close()
        store.close()
        keys = {TrackingServiceId(s): k for s, k in sandbox.carrier_keys().items()}
        urls = {TrackingServiceId(s): u for s, u in sandbox.carrier_base_urls().items()}
        clock = [NOW]
        job = TrackingJob(Database(db_path), now=lambda: clock[0], base_urls=urls, sleep=lambda s: None)
        job.set_keys(keys)
        assert job().changes  # a real refresh happened
        job.set_keys({**keys, TrackingServiceId.LA_POSTE: REVOKED})
        clock[0] = NOW + timedelta(hours=9)
        assert job().services[TrackingServiceId.LA_POSTE].state.value == "key_rejected"
        fault_server.always = "429 Retry-After 7"
        throttled = TrackingJob(Database(db_path), now=lambda: NOW, sleep=lambda s: None,
                                base_urls={**urls, TrackingServiceId.SEVENTEEN_TRACK: fault_server.url})
        throttled.set_keys(keys)
        throttled.refresh_one(next(o.reference for o in sandbox.orders()
                                   if o.latest_shipment and o.latest_shipment.carrier == "DPD"))
        assert any(seen.headers.get("17token") == keys[TrackingServiceId.SEVENTEEN_TRACK]
                   for seen in fault_server.seen)  # the key did travel, in its header
    finally:
        shutdown_logging()
        logging.getLogger().setLevel(logging.WARNING)
        sandbox.stop()
    log_text = (log_dir / "tpop-desktop.log").read_text()
    assert "GET" in log_text and "key_rejected" in log_text  # the log did record the refreshes
    files = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()}
    assert {"data/orders.sqlite3", "logs/tpop-desktop.log"} <= files
    for key in (*keys.values(), REVOKED):
        count, hits = scan(tmp_path, key)
        assert count == len(files) and hits == []
