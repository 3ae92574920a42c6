"""The desktop notification connection outlives a broken bus: the next notification connects again."""

from __future__ import annotations

import pytest

from tpop_desktop.freedesktop_notifications import NotificationServer, NotificationsUnavailable


@pytest.mark.keyring_service  # the private D-Bus session of tests/run_with_keyring.sh
def test_a_connection_that_broke_is_opened_again_for_the_next_notification():
    clicks: list[tuple[int, str]] = []
    server = NotificationServer(lambda notification_id, action: clicks.append((notification_id, action)))
    try:
        first = server._open()
        first.close()  # the receiver thread stops, as when the session bus goes away
        with pytest.raises(NotificationsUnavailable):
            server.send("Order TP-1 shipped", "La Poste", app_name="TPOP Desktop", action_label="Open")
        assert server._open() is not first  # not stuck on the dead connection
    finally:
        server.close()


def test_an_odd_click_message_never_stops_the_receiver():
    from tpop_desktop.freedesktop_notifications import _Clicks

    def refuse(_id: int, _action: str) -> None:
        raise RuntimeError("the window is gone")

    class Message:
        body = (7, "default")

    _Clicks(refuse).put_nowait(Message())  # no exception escapes into jeepney's thread
    Message.body = ("not a number", "default")
    _Clicks(lambda *_args: None).put_nowait(Message())
