"""A whole sync stays bounded in memory, however many pages a server hands out.

A real server on 127.0.0.1 hands out a new cursor on every page, each page 120 new orders
with 80,000-character names (~9.6 MB). The sync runs in a process of its own
(sync_memory_probe.py), whose peak resident memory is read from /proc. The test compares
two syncs of different lengths: if pages were kept, the longer one would need about
the extra pages' size more memory; staged on disk, it needs the same.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from child_process import child_env
from fault_server import FaultServer

PROBE = Path(__file__).with_name("sync_memory_probe.py")
MB = 1024 * 1024

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")


def probe(server: FaultServer, folder: Path, max_bytes: int) -> dict:
    folder.mkdir(parents=True)
    result = subprocess.run([sys.executable, str(PROBE), str(folder / "orders.sqlite3"), server.url, str(max_bytes)],
                            check=False, capture_output=True, text=True, env=child_env(), timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["growth_mb"] = (figures["peak_kb"] - figures["rss_before_kb"]) / 1024
    figures["served_mb"] = server.bytes_served / MB
    figures["pages"] = server.pages_served
    figures["left_over"] = sorted(p.name for p in folder.iterdir() if ".staging-" in p.name)
    return figures


def endless(last_page: int | None = None) -> FaultServer:
    server = FaultServer().start()
    server.always = "endless pages"
    server.last_page = last_page
    return server


def run(tmp_path: Path, name: str, max_bytes: int, last_page: int | None = None) -> dict:
    server = endless(last_page)
    try:
        return probe(server, tmp_path / name, max_bytes)
    finally:
        server.stop()


def show(label: str, figures: dict) -> None:
    print(f"\n{label}: {figures['pages']} pages, {figures['served_mb']:.0f} MB served, outcome {figures['outcome']},"
          f" RSS {figures['rss_before_kb'] / 1024:.0f} MB before, peak {figures['peak_kb'] / 1024:.0f} MB"
          f" (+{figures['growth_mb']:.0f} MB)")


def test_endless_pages_end_as_too_large_without_memory_growing(tmp_path):
    short = run(tmp_path / "short", "db", 40 * MB)
    long = run(tmp_path / "long", "db", 160 * MB)
    show("endless pages, 40 MB cap", short)
    show("endless pages, 160 MB cap", long)
    for figures in (short, long):
        assert figures["outcome"] == "too large"
        assert figures["orders"] == 0  # all or nothing: nothing of the refused sync was written
        assert figures["left_over"] == []  # its staged pages were deleted
    page_mb = long["served_mb"] / long["pages"]
    assert long["pages"] >= short["pages"] + 10
    # Twelve more pages (~115 MB) cost no more than two pages' worth of memory.
    assert long["growth_mb"] - short["growth_mb"] < 2 * page_mb
    assert long["growth_mb"] < long["served_mb"] / 2


def test_a_long_listing_is_written_without_memory_growing(tmp_path):
    short = run(tmp_path / "short", "db", 10**12, last_page=4)
    long = run(tmp_path / "long", "db", 10**12, last_page=12)
    show("4 pages written", short)
    show("12 pages written", long)
    assert (short["outcome"], short["orders"]) == ("synced", 4 * 120)
    assert (long["outcome"], long["orders"]) == ("synced", 12 * 120)
    assert long["left_over"] == []
    page_mb = long["served_mb"] / long["pages"]
    assert long["growth_mb"] - short["growth_mb"] < 2 * page_mb
