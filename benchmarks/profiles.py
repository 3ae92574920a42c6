"""Benchmark profiles: N synthetic orders written through the real store, cached on disk.

Generating 100,000 orders through ``OrderStore.apply_sync`` takes a while, so each
profile is built once under ``benchmarks/.profiles/`` (gitignored), keyed by size, seed,
schema version and a hash of the generator and the store's codec. A run copies the
cached database into a scratch folder, so measurements never change the cache.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from synthetic_orders import generate_orders  # noqa: E402

from tpop_desktop.profile import Profile  # noqa: E402
from tpop_desktop.store.database import open_database  # noqa: E402
from tpop_desktop.store.orders_store import OrderStore  # noqa: E402
from tpop_desktop.store.schema import SCHEMA_VERSION  # noqa: E402

CACHE_DIR = BENCH_DIR / ".profiles"
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SYNC_CHUNK = 5000  # orders per apply_sync call while building (one transaction each)


def _fingerprint() -> str:
    """Changes when the generated orders or their stored form would change."""
    digest = hashlib.sha256()
    root = BENCH_DIR.parent / "tpop_desktop" / "store"
    for path in (BENCH_DIR / "synthetic_orders.py", root / "codec.py", root / "sync_writer.py", root / "schema.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def cache_key(size: int, seed: int) -> str:
    return f"orders-{size}-seed{seed}-schema{SCHEMA_VERSION}-{_fingerprint()}"


def build_database(path: Path, size: int, seed: int) -> None:
    """Write ``size`` orders into a fresh database at ``path`` through ``apply_sync``."""
    open_database(path)
    store = OrderStore(path)
    try:
        orders = generate_orders(size, seed=seed, now=NOW)
        written = 0
        while written < size:
            batch = [order for _, order in zip(range(SYNC_CHUNK), orders)]
            if not batch:
                break
            written += len(batch)
            seen = NOW - timedelta(minutes=1) + timedelta(microseconds=written)
            store.apply_sync(batch, cursor=(NOW - timedelta(minutes=1)).isoformat(), seen_at=seen,
                             full=written >= size)
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")
    finally:
        conn.close()


def cached_database(size: int, seed: int, *, log=print) -> Path:
    """The cached database file for (size, seed), built on first use."""
    folder = CACHE_DIR / cache_key(size, seed)
    database = folder / "orders.sqlite3"
    if database.exists():
        return database
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for stale in CACHE_DIR.glob(f"orders-{size}-seed{seed}-*"):
        shutil.rmtree(stale, ignore_errors=True)  # built for an older schema or generator
    scratch = CACHE_DIR / f"{folder.name}.building"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    started = time.perf_counter()
    log(f"building a profile of {size:,} orders (seed {seed}); cached for the next runs…")
    build_database(scratch / "orders.sqlite3", size, seed)
    for suffix in ("-wal", "-shm"):
        Path(f"{scratch / 'orders.sqlite3'}{suffix}").unlink(missing_ok=True)
    scratch.rename(folder)
    log(f"  built in {time.perf_counter() - started:.1f} s")
    return database


def make_profile(size: int, seed: int, root: Path, *, log=print) -> Profile:
    """A fresh profile folder under ``root`` holding a copy of the cached database."""
    source = cached_database(size, seed, log=log)
    profile = Profile.in_folder(root)
    profile.ensure()
    shutil.copyfile(source, profile.database_path)
    return profile
