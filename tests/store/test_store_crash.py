"""A sync worker killed at a random moment never leaves half a sync behind."""

from __future__ import annotations

import importlib.util
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from child_process import child_env

from tpop_desktop.store import OrderStore, open_database

WRITER = Path(__file__).with_name("crash_writer.py")
RUNS = 25


def load_writer_module():
    spec = importlib.util.spec_from_file_location("store_crash_writer", WRITER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_and_kill(db: Path, rng: random.Random) -> int:
    """Start the writer, kill it after a random report; return the last sync it reported done."""
    moment = rng.choice(["begin", "mid", "end", "end", "synced"])
    target = rng.randint(2 if moment == "mid" else 1, 3)  # sync 1 is a single block
    stop_at = f"{moment} {target}"
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(db)], stdout=subprocess.PIPE, text=True, env=child_env()
    )
    reported = 0
    try:
        for line in process.stdout:
            line = line.strip()
            if line.startswith("synced "):
                reported = int(line.split()[1])
            assert reported <= target, f"never saw {stop_at!r}"
            if line == stop_at:
                process.send_signal(signal.SIGKILL)
                break
        process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=20)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL, "the writer ended before it was killed"
    return reported


def test_a_killed_sync_is_all_or_nothing(tmp_path):
    writer = load_writer_module()
    rng = random.Random(20260301)
    for run in range(RUNS):
        db = tmp_path / f"run{run}" / "orders.sqlite3"
        open_database(db)
        reported = run_and_kill(db, rng)

        result = open_database(db)
        assert not result.rebuilt
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()

        store = OrderStore(db)
        try:
            cursor = store.sync_cursor()
            committed = int(cursor.removeprefix("sync-")) if cursor else 0
            assert committed in (reported, reported + 1)  # the one in flight may have committed
            assert store.order_count() == committed * writer.PER_SYNC
            if committed:
                expected = writer.orders_of_sync(committed)
                stored = [store.order(order.reference) for order in expected]
                assert stored == expected  # every order of the last sync, in its final state
                missing = store.rowid_for(f"TP-{100000 + committed * writer.PER_SYNC}")
                assert missing is None  # and nothing of the next one
        finally:
            store.close()
