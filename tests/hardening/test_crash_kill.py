"""The real sync, SIGKILLed at random moments over and over: the database stays whole and every
sync is all or nothing; afterwards the app opens that profile and catches up with the sandbox.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

from child_process import child_env

from tpop_desktop.controller import AppController
from tpop_desktop.profile import Profile
from tpop_desktop.store import OrderStore

SCRIPT = Path(__file__).with_name("sync_until_killed.py")
KILLS = 30


def tick_until(sandbox, stop: threading.Event) -> None:
    """Keep the account moving while the child syncs, so most syncs have something to write."""
    while not stop.wait(0.005):
        sandbox.state.tick()


def run_and_kill(db: Path, sandbox, token: str, notes: Path, run: int, rng: random.Random) -> list[str]:
    """Start the child, SIGKILL it at a random moment; return its output lines."""
    process = subprocess.Popen([sys.executable, str(SCRIPT), str(db), sandbox.base_url, token, str(notes),
                                f"{run:03d}"], stdout=subprocess.PIPE, text=True, env=child_env())
    stop = threading.Event()
    ticker = threading.Thread(target=tick_until, args=(sandbox, stop), daemon=True)
    lines: list[str] = []
    try:
        assert process.stdout.readline().strip() == "ready"
        ticker.start()
        if run % 2:  # right as the n-th sync starts writing: most of these land inside the transaction
            target = rng.randint(1, 3)
            while sum(line.startswith("fetched ") for line in lines) < target:
                lines.append(process.stdout.readline().strip())
            process.send_signal(signal.SIGKILL)
        else:  # at a random moment: the child never ends by itself
            try:
                process.wait(timeout=rng.uniform(0.0, 0.25))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
        process.wait(timeout=20)
        lines = [line for line in lines if line] + process.stdout.read().splitlines()
    finally:
        stop.set()
        if ticker.is_alive():
            ticker.join(5)
        if process.poll() is None:
            process.kill()
            process.wait(timeout=20)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL, lines
    return lines


def committed_notes(lines: list[str], db: Path, notes: Path) -> list[str]:
    """The syncs of this run that reached the disk: each "synced" one, and the one in flight if
    its cursor is the one stored (it committed just before the kill)."""
    done = [line.split()[1] for line in lines if line.startswith("synced ")]
    fetched = [line.split()[1] for line in lines if line.startswith("fetched ")]
    in_flight = fetched[-1] if fetched and fetched[-1] not in done else None
    if in_flight is not None:
        conn = sqlite3.connect(db)
        cursor = conn.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
        conn.close()
        note = json.loads((notes / f"{in_flight}.json").read_text())
        if cursor is not None and cursor[0] == note["server_time"]:
            done.append(in_flight)
    return done


def test_killed_syncs_leave_a_whole_database_and_the_app_catches_up(qtbot, tmp_path, sandbox, sandbox_token):
    rng = random.Random(20260315)
    profile = Profile.in_folder(tmp_path / "profile")
    profile.ensure()
    db = profile.database_path
    notes = tmp_path / "notes"
    notes.mkdir()
    expected: dict[str, str] = {}  # reference -> updated_at, replaying every committed sync in order
    mid_sync_kills = 0
    for run in range(KILLS):
        lines = run_and_kill(db, sandbox, sandbox_token, notes, run, rng)
        mid_sync_kills += bool(lines) and lines[-1].startswith("fetched ")
        for name in committed_notes(lines, db, notes):
            expected.update(json.loads((notes / f"{name}.json").read_text())["orders"])

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        store = OrderStore(db)
        try:
            assert store.order_count() == len(expected)  # nothing of a sync that did not commit
            for reference, updated_at in expected.items():  # everything of each one that did
                assert store.order(reference).updated_at == datetime.fromisoformat(updated_at), reference
        finally:
            store.close()
    print(f"\nkill test: {KILLS} SIGKILLs survived ({mid_sync_kills} just after a sync began writing)")
    assert mid_sync_kills >= 1  # some kills did land while a sync was being written

    controller = AppController(profile, api_url=sandbox.base_url, token=sandbox_token)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
        controller.start(demo=False)
    try:
        assert first.args == [True]
        assert controller.session.orders.order_count() == len(sandbox.orders())
        for order in sandbox.orders():
            assert controller.session.orders.order(order.reference) == order
        qtbot.waitUntil(lambda: controller.window.model.rowCount() == len(sandbox.orders()), timeout=5000)
    finally:
        controller.close_session()
