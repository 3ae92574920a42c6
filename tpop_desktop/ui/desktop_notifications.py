"""Desktop notifications a merchant can click: sent with a default action, the click opens the order.

The sending and the listening are the adapter's (``freedesktop_notifications``), the
sending off the GUI thread; a click arrives on the adapter's receiver thread and reaches
the GUI thread through a queued signal. When the server cannot be reached, the caller's
fallback (the tray's own message) is shown instead, so a notification is never lost.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tpop_desktop import freedesktop_notifications as freedesktop
from tpop_desktop.session.background import run_in_background
from tpop_desktop.ui.texts import tr

log = logging.getLogger(__name__)

REMEMBERED = 200  # notifications whose order a click can still open


class DesktopNotifications(QObject):
    """Sends notifications with a default action; ``activated`` carries the clicked one's reference and,
    for a summary (reference ""), the orders it summed up: each notification opens its own orders."""

    activated = Signal(str, object)  # reference, frozenset of references
    _clicked = Signal(int, str)  # emitted on the adapter's receiver thread, delivered queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._references: OrderedDict[int, tuple[str, frozenset[str]]] = OrderedDict()
        self._clicked.connect(self._on_click)
        self._server = freedesktop.NotificationServer(self._clicked.emit)

    @staticmethod
    def supported() -> bool:
        return freedesktop.supported()

    def show(self, title: str, body: str, reference: str, fallback: Callable[[], None],
             summed_up: frozenset[str] = frozenset()) -> None:
        """Send it in the background; ``fallback`` runs (on the GUI thread) when it cannot be sent."""
        app_name = QCoreApplication.applicationName() or "TPOP Desktop"
        label = tr("Open the order") if reference else tr("Open TPOP Desktop")

        def sent(notification_id: int) -> None:
            self._references[notification_id] = (reference, summed_up)
            while len(self._references) > REMEMBERED:
                self._references.popitem(last=False)

        def failed(error: Exception) -> None:
            log.info("desktop notification not sent (%s); the tray shows it", error)
            fallback()

        run_in_background(lambda: self._server.send(title, body, app_name=app_name, action_label=label),
                          sent, failed, context=self)

    def close(self) -> None:
        self._server.close()

    def _on_click(self, notification_id: int, action: str) -> None:
        found = self._references.get(notification_id)
        if action == freedesktop.DEFAULT_ACTION and found is not None:  # one of ours
            self.activated.emit(*found)
