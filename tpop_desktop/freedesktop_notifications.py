"""Desktop notifications on Linux through org.freedesktop.Notifications, with a default action.

Qt's tray sends its messages with no action, so most notification servers offer nothing to
click. ``NotificationServer`` sends them itself with the ``default`` action the
specification defines (a click on the notification) and reports the click. Servers send
``ActionInvoked`` to the connection that sent the notification (dunst does), so one
session-bus connection is kept open for both, with jeepney's receiver thread delivering
the clicks. ``send`` blocks: call it off the GUI thread.

Spec: https://specifications.freedesktop.org/notification-spec/latest/ (Notify is
``susssasa{sv}i``: app name, replaces id, icon, summary, body, actions, hints, timeout).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"
CALL_TIMEOUT_S = 3.0

log = logging.getLogger(__name__)


class NotificationsUnavailable(Exception):
    """No session bus, no notification server, or it refused the call."""


def supported() -> bool:
    """Only where the desktop speaks the freedesktop protocol (Linux and the BSDs)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


class _Clicks:
    """Stands in for the queue jeepney fills from its receiver thread: each click goes to the callback."""

    def __init__(self, on_action: Callable[[int, str], None]) -> None:
        self._on_action = on_action

    def put_nowait(self, message: Any) -> None:
        try:
            body = message.body
            if len(body) == 2 and isinstance(body[1], str):
                self._on_action(int(body[0]), body[1])
        except Exception:  # the receiver thread must outlive one odd message or a closing window
            log.debug("a notification click could not be handed on", exc_info=True)


class NotificationServer:
    """One open connection to the desktop's notification server; ``on_action(id, action)`` hears the clicks."""

    def __init__(self, on_action: Callable[[int, str], None]) -> None:
        self._on_action = on_action
        self._lock = threading.Lock()
        self._connection: Any = None
        self._router: Any = None

    def send(self, title: str, body: str, *, app_name: str, action_label: str, icon: str = "",
             timeout_ms: int = 10_000) -> int:
        """Show one notification with a default action; returns the server's id for it."""
        from jeepney import DBusAddress, MessageType, new_method_call

        router = self._open()
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        message = new_method_call(address, "Notify", "susssasa{sv}i",
                                  (app_name, 0, icon, title, body, [DEFAULT_ACTION, action_label], {}, timeout_ms))
        try:
            reply = router.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        except Exception as error:  # a hung or vanished server, a closed bus: "not now", never a crash
            self.close()  # the next notification connects again
            raise NotificationsUnavailable(type(error).__name__) from None
        if reply.header.message_type is MessageType.error or not reply.body:
            raise NotificationsUnavailable("the notification server refused the call")
        return int(reply.body[0])

    def _open(self) -> Any:
        with self._lock:
            if self._router is not None:
                return self._router
            try:
                from jeepney import MatchRule, message_bus
                from jeepney.io.threading import DBusRouter, open_dbus_connection
            except ImportError as error:  # pragma: no cover - jeepney comes with keyring on Linux
                raise NotificationsUnavailable("jeepney is not installed") from error
            try:
                connection = open_dbus_connection(bus="SESSION")
            except Exception as error:  # no session bus (a bare X session, a container)
                raise NotificationsUnavailable(type(error).__name__) from None
            router = DBusRouter(connection)
            rule = MatchRule(type="signal", interface=INTERFACE, member="ActionInvoked", path=PATH)
            router.filter(rule, queue=_Clicks(self._on_action))  # type: ignore[arg-type]
            try:  # servers that broadcast the click instead of sending it to us
                router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
            except Exception:
                log.debug("the bus refused the match rule for notification clicks", exc_info=True)
            self._connection, self._router = connection, router
            return router

    def close(self) -> None:
        """At quit: stop the receiver thread and close the connection."""
        with self._lock:
            router, connection = self._router, self._connection
            self._router = self._connection = None
        if router is not None:
            router.close()
            connection.close()
