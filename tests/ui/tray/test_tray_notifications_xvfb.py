"""A real tray under Xvfb: the app registers a StatusNotifierItem and its notifications (an order shipped,
a parcel waiting for pickup) reach org.freedesktop.Notifications.Notify on D-Bus, where dunst shows them."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def _lines(process: subprocess.Popen, sink: queue.Queue) -> None:
    for line in process.stdout:
        sink.put(line)


def wait_for_line(sink: queue.Queue, needle: str, timeout: float, seen: list[str]) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = sink.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            return False
        seen.append(line)
        if needle in line:
            return True
    return False


def start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, queue.Queue]:
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    sink: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(process, sink), daemon=True).start()
    return process, sink


@pytest.mark.xvfb
def test_a_shipped_order_is_notified_through_the_desktop_notification_service():
    env = dict(os.environ, DISPLAY=os.environ["TPOP_TEST_DISPLAY"], QT_QPA_PLATFORM="xcb")
    env.pop("QT_LOGGING_RULES", None)
    processes = []
    try:
        monitor, monitor_lines = start(["dbus-monitor", "interface='org.freedesktop.Notifications'"], env)
        processes.append(monitor)
        dunst, _ = start(["dunst"], env)
        processes.append(dunst)
        watcher, watcher_lines = start([sys.executable, str(HERE / "fake_sni_watcher.py")], env)
        processes.append(watcher)
        assert wait_for_line(watcher_lines, "watcher ready", 10, [])

        scenario = subprocess.run([sys.executable, str(HERE / "tray_scenario.py")], env=env, text=True,
                                  capture_output=True, timeout=60)
        output = scenario.stdout
        assert scenario.returncode == 0, scenario.stderr[-2000:]
        assert "tray available: True" in output
        reference = output.split("expected reference:")[1].strip()
        assert f"shown: Order {reference} shipped" in output

        seen: list[str] = []
        assert wait_for_line(monitor_lines, f"Order {reference} shipped", 10, seen), "".join(seen)[-3000:]
        assert any("member=Notify" in line for line in seen)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.xvfb
def test_a_parcel_waiting_for_pickup_is_notified_through_the_desktop_notification_service():
    """The carrier's news travels the same way: a parcel the first refresh saw in transit now waits at a post office."""
    env = dict(os.environ, DISPLAY=os.environ["TPOP_TEST_DISPLAY"], QT_QPA_PLATFORM="xcb")
    env.pop("QT_LOGGING_RULES", None)
    processes = []
    try:
        monitor, monitor_lines = start(["dbus-monitor", "interface='org.freedesktop.Notifications'"], env)
        processes.append(monitor)
        dunst, _ = start(["dunst"], env)
        processes.append(dunst)
        watcher, watcher_lines = start([sys.executable, str(HERE / "fake_sni_watcher.py")], env)
        processes.append(watcher)
        assert wait_for_line(watcher_lines, "watcher ready", 10, [])

        scenario = subprocess.run([sys.executable, str(HERE / "parcel_tray_scenario.py")], env=env, text=True,
                                  capture_output=True, timeout=90)
        output = scenario.stdout
        assert scenario.returncode == 0, scenario.stderr[-2000:]
        reference = output.split("expected reference:")[1].strip()
        assert reference and f"shown: Order {reference} waits for pickup | At Bureau de poste" in output
        assert output.count("shown:") == 1  # the first answers about every parcel were not news

        seen: list[str] = []
        assert wait_for_line(monitor_lines, f"Order {reference} waits for pickup", 10, seen), "".join(seen)[-3000:]
        assert any("member=Notify" in line for line in seen)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
