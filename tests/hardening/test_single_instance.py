"""One app per profile: a second launch brings up the first window and exits; a dead owner's lock is taken over."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from tpop_desktop.profile import Profile
from tpop_desktop.single_instance import SingleInstance, server_name

LAUNCH_TIMEOUT_S = 20


@pytest.fixture
def runtime_dir() -> Iterator[str]:
    """A private runtime folder with a short path (socket paths are limited to about 100 bytes)."""
    folder = tempfile.mkdtemp(prefix="tpop-rt-")
    os.chmod(folder, 0o700)
    yield folder
    for entry in Path(folder).iterdir():
        entry.unlink()
    os.rmdir(folder)


# -- in this process ------------------------------------------------------------------------


def test_the_second_instance_is_refused_and_activates_the_first(qtbot, tmp_path, runtime_dir):
    profile = Profile.in_folder(tmp_path / "p")
    first = SingleInstance(profile, runtime_dir=runtime_dir)
    second = SingleInstance(profile, runtime_dir=runtime_dir)
    try:
        assert first.acquire() and first.guarded
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.notify_running()
    finally:
        first.release()
    third = SingleInstance(profile, runtime_dir=runtime_dir)
    assert third.acquire()  # released: the profile is free again
    third.release()


def test_other_messages_do_not_activate(qtbot, tmp_path, runtime_dir):
    first = SingleInstance(Profile.in_folder(tmp_path / "p"), runtime_dir=runtime_dir)
    assert first.acquire()
    activations: list[bool] = []
    first.activated.connect(lambda: activations.append(True))
    try:
        socket = QLocalSocket()
        socket.connectToServer(first.name)
        assert socket.waitForConnected(2000)
        socket.write(b"quit\n" + b"x" * 200)  # an unknown word, then endless garbage: dropped
        assert socket.waitForBytesWritten(2000)
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
        assert activations == []
    finally:
        first.release()


def test_each_profile_has_its_own_socket_in_the_runtime_folder(tmp_path, runtime_dir):
    one, two = Profile.in_folder(tmp_path / "a"), Profile.in_folder(tmp_path / "b")
    assert server_name(one, runtime_dir) == server_name(Profile.in_folder(tmp_path / "a"), runtime_dir)
    assert server_name(one, runtime_dir) != server_name(two, runtime_dir)
    assert server_name(one, runtime_dir).startswith(runtime_dir + os.sep)
    assert os.sep not in server_name(one, "/" + "x" * 120)  # too long for a socket: Qt's own folder


def test_a_profile_reached_through_a_symlink_has_the_same_socket(tmp_path, runtime_dir):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    real, linked = Profile.in_folder(tmp_path / "real"), Profile.in_folder(tmp_path / "link")
    assert linked.data_dir != real.data_dir  # the profile keeps the path as given
    assert server_name(linked, runtime_dir) == server_name(real, runtime_dir)


def test_two_profiles_run_side_by_side(tmp_path, runtime_dir):
    one = SingleInstance(Profile.in_folder(tmp_path / "a"), runtime_dir=runtime_dir)
    two = SingleInstance(Profile.in_folder(tmp_path / "b"), runtime_dir=runtime_dir)
    try:
        assert one.acquire() and two.acquire()
    finally:
        one.release()
        two.release()


# -- real processes ---------------------------------------------------------------------------


class Launch:
    """``python -m tpop_desktop --profile DIR`` with its stderr read line by line."""

    def __init__(self, profile_dir: Path, runtime_dir: str) -> None:
        env = {k: v for k, v in os.environ.items() if k != "TPOP_DESKTOP_TOKEN"}
        env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime_dir)
        self.process = subprocess.Popen([sys.executable, "-m", "tpop_desktop", "--profile", str(profile_dir)],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.lines.put(line)

    def wait_for(self, text: str) -> str:
        while True:
            line = self.lines.get(timeout=LAUNCH_TIMEOUT_S)
            if text in line:
                return line

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=LAUNCH_TIMEOUT_S)
        self._reader.join(5)
        self.process.stdout.close()
        self.process.stderr.close()


def second_launch(profile_dir: Path, runtime_dir: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TPOP_DESKTOP_TOKEN"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime_dir)
    return subprocess.run([sys.executable, "-m", "tpop_desktop", "--profile", str(profile_dir)],
                          capture_output=True, text=True, env=env, timeout=LAUNCH_TIMEOUT_S)


def test_a_second_launch_activates_the_first_and_exits_0(tmp_path, runtime_dir):
    first = Launch(tmp_path / "p", runtime_dir)
    try:
        first.wait_for("starting")
        second = second_launch(tmp_path / "p", runtime_dir)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        first.wait_for("another launch asked for the window")
        assert first.process.poll() is None  # the first one keeps running
    finally:
        first.kill()


def test_a_second_launch_through_a_symlinked_profile_path_activates_the_first(tmp_path, runtime_dir):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    first = Launch(tmp_path / "real", runtime_dir)
    try:
        first.wait_for("starting")
        second = second_launch(tmp_path / "link", runtime_dir)
        assert second.returncode == 0, second.stderr
        assert "brought its window to the front" in second.stdout
        assert "Invalid name" not in second.stderr
        first.wait_for("another launch asked for the window")
    finally:
        first.kill()


def test_the_lock_of_a_killed_instance_is_taken_over(tmp_path, runtime_dir):
    profile_dir = tmp_path / "p"
    first = Launch(profile_dir, runtime_dir)
    first.wait_for("starting")
    first.kill()  # SIGKILL: the lock file and the socket stay behind
    assert Profile.in_folder(profile_dir).lock_path.exists()
    assert any(Path(runtime_dir).iterdir())
    heir = Launch(profile_dir, runtime_dir)
    try:
        heir.wait_for("starting")  # it took the profile over instead of calling the dead one
        again = second_launch(profile_dir, runtime_dir)
        assert again.returncode == 0 and "already running" in again.stdout
        heir.wait_for("another launch asked for the window")  # and listens on the socket the dead one left
    finally:
        heir.kill()
