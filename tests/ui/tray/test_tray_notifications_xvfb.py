"""A real tray under Xvfb: the app registers a StatusNotifierItem and its notifications (an order shipped,
a parcel waiting for pickup) reach org.freedesktop.Notifications.Notify on D-Bus, where dunst shows them;
a click on one opens the order; closing the window keeps the app in the tray until Quit."""

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


class Desktop:
    """A desktop on the test's X server: a tray host, and (when asked) dunst and a D-Bus monitor."""

    def __init__(self) -> None:
        self.env = dict(os.environ, DISPLAY=os.environ["TPOP_TEST_DISPLAY"], QT_QPA_PLATFORM="xcb")
        self.env.pop("QT_LOGGING_RULES", None)
        self.processes: list[subprocess.Popen] = []
        self.monitor_lines: queue.Queue = queue.Queue()

    def run(self, args: list[str]) -> queue.Queue:
        process, lines = start(args, self.env)
        self.processes.append(process)
        return lines

    def open(self, *, notifications: bool) -> None:
        if notifications:
            self.monitor_lines = self.run(["dbus-monitor", "interface='org.freedesktop.Notifications'"])
            self.run(["dunst"])
        watcher_lines = self.run([sys.executable, str(HERE / "fake_sni_watcher.py")])
        assert wait_for_line(watcher_lines, "watcher ready", 10, [])

    def scenario(self, name: str, timeout: float) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(HERE / name)], env=self.env, text=True, capture_output=True,
                              timeout=timeout)

    def close(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def desktop():
    session = Desktop()
    yield session
    session.close()


@pytest.mark.xvfb
def test_a_shipped_order_is_notified_through_the_desktop_notification_service(desktop):
    desktop.open(notifications=True)
    scenario = desktop.scenario("tray_scenario.py", 60)
    output = scenario.stdout
    assert scenario.returncode == 0, scenario.stderr[-2000:]
    assert "tray available: True" in output
    reference = output.split("expected reference:")[1].strip()
    assert f"shown: Order {reference} shipped" in output

    seen: list[str] = []
    assert wait_for_line(desktop.monitor_lines, f"Order {reference} shipped", 10, seen), "".join(seen)[-3000:]
    assert any("member=Notify" in line for line in seen)


@pytest.mark.xvfb
def test_a_parcel_waiting_for_pickup_is_notified_through_the_desktop_notification_service(desktop):
    """The carrier's news travels the same way: a parcel the first refresh saw in transit now waits at a post office."""
    desktop.open(notifications=True)
    scenario = desktop.scenario("parcel_tray_scenario.py", 90)
    output = scenario.stdout
    assert scenario.returncode == 0, scenario.stderr[-2000:]
    reference = output.split("expected reference:")[1].strip()
    assert reference and f"shown: Order {reference} waits for pickup | At Bureau de poste" in output
    assert output.count("shown:") == 1  # the first answers about every parcel were not news

    seen: list[str] = []
    assert wait_for_line(desktop.monitor_lines, f"Order {reference} waits for pickup", 10, seen), \
        "".join(seen)[-3000:]
    assert any("member=Notify" in line for line in seen)


@pytest.mark.xvfb
def test_closing_the_window_with_a_tray_keeps_the_app_running_until_quit(desktop):
    """The first close hides the window and explains the tray once; OK keeps the app alive; Quit ends it cleanly."""
    desktop.open(notifications=False)
    scenario = desktop.scenario("close_scenario.py", 90)
    output = scenario.stdout
    assert "tray available: True" in output
    assert "window visible after close: False" in output and "notice shown: True" in output
    assert "running after the notice: True" in output and "synced from the tray" in output
    assert "event loop ended: 0" in output
    assert scenario.returncode == 0, scenario.stderr[-2000:]
    assert "QThread: Destroyed" not in scenario.stderr and "killTimer" not in scenario.stderr


@pytest.mark.xvfb
def test_clicking_a_notification_opens_the_window_on_its_order(desktop):
    """The notification carries the spec's default action; dunst's click invokes it and the order is shown."""
    desktop.open(notifications=True)
    lines = desktop.run([sys.executable, str(HERE / "click_scenario.py")])
    scenario = desktop.processes[-1]
    seen: list[str] = []
    assert wait_for_line(lines, "expected reference:", 30, seen), "".join(seen)
    reference = seen[-1].split("expected reference:")[1].strip()
    assert wait_for_line(lines, f"shown: Order {reference} shipped", 30, seen), "".join(seen)

    calls: list[str] = []
    assert wait_for_line(desktop.monitor_lines, "array [", 10, calls), "".join(calls)[-3000:]  # Notify's actions
    assert wait_for_line(desktop.monitor_lines, 'string "default"', 5, calls), "".join(calls)[-3000:]

    click = subprocess.run(["dunstctl", "action", "0"], env=desktop.env, capture_output=True, text=True, timeout=10)
    assert click.returncode == 0, click.stderr
    assert wait_for_line(lines, "opened:", 20, seen), "".join(seen)
    assert seen[-1].strip() == f"opened: {reference} | window visible: True | pane: {reference}"
    assert scenario.wait(20) == 0
