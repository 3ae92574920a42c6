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


@pytest.mark.xvfb
def test_closing_the_window_with_a_tray_keeps_the_app_running_until_quit():
    """The first close hides the window and explains the tray once; OK keeps the app alive; Quit ends it cleanly."""
    env = dict(os.environ, DISPLAY=os.environ["TPOP_TEST_DISPLAY"], QT_QPA_PLATFORM="xcb")
    env.pop("QT_LOGGING_RULES", None)
    processes = []
    try:
        watcher, watcher_lines = start([sys.executable, str(HERE / "fake_sni_watcher.py")], env)
        processes.append(watcher)
        assert wait_for_line(watcher_lines, "watcher ready", 10, [])
        scenario = subprocess.run([sys.executable, str(HERE / "close_scenario.py")], env=env, text=True,
                                  capture_output=True, timeout=90)
        output = scenario.stdout
        assert "tray available: True" in output
        assert "window visible after close: False" in output and "notice shown: True" in output
        assert "running after the notice: True" in output and "synced from the tray" in output
        assert "event loop ended: 0" in output
        assert scenario.returncode == 0, scenario.stderr[-2000:]
        assert "QThread: Destroyed" not in scenario.stderr and "killTimer" not in scenario.stderr
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.xvfb
def test_clicking_a_notification_opens_the_window_on_its_order():
    """The notification carries the spec's default action; dunst's click invokes it and the order is shown."""
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

        scenario, lines = start([sys.executable, str(HERE / "click_scenario.py")], env)
        processes.append(scenario)
        seen: list[str] = []
        assert wait_for_line(lines, "expected reference:", 30, seen), "".join(seen)
        reference = seen[-1].split("expected reference:")[1].strip()
        assert wait_for_line(lines, f"shown: Order {reference} shipped", 30, seen), "".join(seen)

        calls: list[str] = []
        assert wait_for_line(monitor_lines, "array [", 10, calls), "".join(calls)[-3000:]  # Notify's actions
        assert wait_for_line(monitor_lines, 'string "default"', 5, calls), "".join(calls)[-3000:]
        assert wait_for_line(monitor_lines, "member=ActionInvoked", 0.01, []) is False  # nothing clicked yet

        click = subprocess.run(["dunstctl", "action", "0"], env=env, capture_output=True, text=True, timeout=10)
        assert click.returncode == 0, click.stderr
        assert wait_for_line(lines, "opened:", 20, seen), "".join(seen)
        assert seen[-1].strip() == f"opened: {reference} | window visible: True | pane: {reference}"
        assert scenario.wait(20) == 0
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
