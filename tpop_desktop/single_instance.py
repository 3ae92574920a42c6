"""One running app per profile: a second launch brings the first window up and exits.

Two instances on one profile would sync into the same database twice and show two tray
icons. The lock file (QLockFile) says who owns the profile; a local socket lets a second
launch tell the owner "activate". A lock left by a killed instance is recognised by its
dead process id and taken over; the socket file it left is removed only once the lock
is ours, so a live owner's socket is never deleted.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from tpop_desktop.profile import Profile

log = logging.getLogger(__name__)

ACTIVATE = b"activate"
LOCK_WAIT_MS = 200
NOTIFY_TIMEOUT_MS = 3000
_MAX_MESSAGE = 64  # anything longer is not ours
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on macOS


def server_name(profile: Profile, runtime_dir: str | None = None) -> str:
    """The socket for ``profile``: a hash of its folder, in the user's runtime folder.

    The folder is resolved first: a launch through a symlink (or ``..``) reaches the same
    lock file, so it must reach the same socket too. The runtime folder
    (``$XDG_RUNTIME_DIR`` on Linux) is private to the user. On Windows, or when the path
    would be too long for a socket, Qt's own per-user location is used.
    """
    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{Path(profile.data_dir).resolve()}"
    name = "tpop-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    if sys.platform == "win32":
        return name
    folder = runtime_dir if runtime_dir is not None else _runtime_dir()
    if folder:
        path = os.path.join(folder, name)
        if len(os.fsencode(path)) <= _MAX_SOCKET_PATH:
            return path
    return name


def _runtime_dir() -> str:
    folder = os.environ.get("XDG_RUNTIME_DIR", "")
    if folder and os.path.isdir(folder):
        return folder
    if sys.platform.startswith("linux"):
        return ""  # Qt would make up /tmp/runtime-<user> (with a warning); a bare name is as good
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)


class SingleInstance(QObject):
    """Owns the profile while the app runs; ``activated`` fires when another launch asks for the window."""

    activated = Signal()

    def __init__(self, profile: Profile, parent: QObject | None = None, *, runtime_dir: str | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.name = server_name(profile, runtime_dir)
        self.guarded = False  # False: the profile could not be locked (the app runs unguarded)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def acquire(self) -> bool:
        """True when this process may run on the profile; False when another instance owns it."""
        try:
            self.profile.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            # The store reports an unusable profile in the window; refusing to start would hide it.
            log.warning("cannot create %s to lock the profile: %s", self.profile.data_dir, error.strerror)
            return True
        lock = QLockFile(str(self.profile.lock_path))
        lock.setStaleLockTime(0)  # held for the app's lifetime: only a dead owner makes it stale
        if not lock.tryLock(LOCK_WAIT_MS):
            if lock.error() == QLockFile.LockError.LockFailedError:
                owner = lock.getLockInfo()
                log.info("the profile is in use by process %s", owner[0] if owner else "?")
                return False
            log.warning("cannot lock the profile (%s); running without the single-instance guard",
                        lock.error().name)
            return True
        self._lock = lock
        self.guarded = True
        try:  # QLockFile creates it with the umask's mode; it names this process and host
            os.chmod(self.profile.lock_path, 0o600)
        except OSError:
            pass
        QLocalServer.removeServer(self.name)  # the lock is ours: a socket file left here is stale
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server
        else:
            log.warning("cannot listen for other launches: %s", server.errorString())
        return True

    def notify_running(self, timeout_ms: int = NOTIFY_TIMEOUT_MS) -> bool:
        """Ask the instance that owns the profile to show its window; True once it was told."""
        waited = 0
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(min(500, timeout_ms)):
                socket.write(ACTIVATE + b"\n")
                sent = socket.waitForBytesWritten(timeout_ms)
                socket.disconnectFromServer()
                return sent
            waited += 500
            if waited >= timeout_ms:
                log.warning("the running instance does not answer: %s", socket.errorString())
                return False
            QThread.msleep(100)  # the owner may hold the lock but not be listening yet

    def release(self) -> None:
        for socket in list(self._buffers):
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
            socket.deleteLater()
        self._buffers.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()  # with its sockets, once their pending events are done
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self.guarded = False

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        while b"\n" in data:
            line, data = data.split(b"\n", 1)
            if line.strip() == ACTIVATE:
                log.info("another launch asked for the window")
                self.activated.emit()
        if len(data) > _MAX_MESSAGE:
            self._buffers.pop(socket, None)
            socket.abort()  # emits disconnected: _forget deletes it
            return
        if socket in self._buffers:
            self._buffers[socket] = data

    def _forget(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable():
            self._on_ready_read(socket)
        self._buffers.pop(socket, None)
        socket.deleteLater()
