"""The benchmark, reduced to 10,000 orders: fails only on a gross regression (3x a target).

It runs ``benchmarks/run.py --quick --ci`` exactly as a developer would, so the
benchmark itself keeps working, and checks the JSON summary on its last line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"


def test_quick_benchmark_has_no_gross_regression():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(RUN), "--quick", "--ci"], capture_output=True, text=True,
                          timeout=360, env=env)
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr[-3000:]
    summary = json.loads(lines[-1])
    assert summary["sizes"] == [10_000]
    figures = summary["figures"]
    # Every figure was measured, for the app and for the naive baseline.
    assert set(figures) >= {"cold_start_ms", "cold_start_vs_floor", "filter_ms", "chip_ms", "sort_ms", "peak_rss_mb",
                            "sync_stall_ms", "sync_stall_worst_ms", "sync_stall_over_idle_ms",
                            "sync_scroll_stall_ms", "sync_scroll_stall_worst_ms", "sync_scroll_over_idle_ms",
                            "idle_poll_cpu_ms", "tracking_stall_ms", "tracking_stall_worst_ms",
                            "tracking_stall_over_idle_ms", "tracking_calls", "insights_open_ms", "insights_filter_ms"}
    # the floors the stalls and the start are measured against, in the same run
    assert summary["ours"]["start_floor_ms"]["median"] > 0
    assert summary["ours"]["idle_heartbeat_ms"]["worst"] >= 5  # a 5 ms heartbeat cannot beat its own interval
    # 10,000 shipments' carrier status in no more calls than La Poste's batches of 10 allow
    assert summary["tracking"]["tracking_shipments"] == 10_000
    assert 0 < figures["tracking_calls"] <= summary["tracking"]["tracking_call_bound"] == 1000
    assert summary["baseline"]["cold_start_10000_ms"]["median"] > 0
    assert summary["gross_regressions"] == [], "\n".join(lines[-30:])
    assert done.returncode == 0, done.stderr[-3000:]
