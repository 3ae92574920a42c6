"""Opening links that came from servers: https only (http on loopback), never user-info.

When the desktop cannot open a link (no browser is set up), the merchant is told so and
can copy the link instead of clicking a button that does nothing.
"""

from __future__ import annotations

import ipaddress
import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tpop_desktop.core.tpop_urls import DASHBOARD_URL
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_message_box

log = logging.getLogger(__name__)

_offers: list[QMessageBox] = []  # the open "copy the link" and "demo" boxes, kept alive until closed
_demo = {"on": False}  # the demo's orders are made up: TPOP's dashboard would not know them


def set_demo(on: bool) -> None:
    """While the demo account is open, links into TPOP's dashboard explain instead of opening."""
    _demo["on"] = on


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def safe_url(text: str) -> QUrl | None:
    """The URL when it is safe to hand to the desktop, else None."""
    if not text or text != text.strip():
        return None
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.isRelative() or url.userInfo() or not url.host():
        return None
    scheme = url.scheme().lower()
    if scheme == "https" or (scheme == "http" and _is_loopback(url.host())):
        return url
    return None


def open_external(text: str) -> bool:
    """Ask the desktop to open ``text`` in the browser; refuse and log anything unsafe.

    False when refused or when the desktop could not open it; in that case a box offers to
    copy the link.
    """
    url = safe_url(text)
    if url is None:
        log.warning("refused to open a link that is not a plain https address: %.80r", text)
        return False
    if _demo["on"] and text.startswith(DASHBOARD_URL):
        _keep(plain_message_box(
            QMessageBox.Icon.Information, tr("This is the demo"),
            tr("The demo's orders are made up, so TPOP's dashboard would not know them. With your own TPOP "
               "account, this opens the dashboard's page:"),
            QMessageBox.StandardButton.Ok, QApplication.activeWindow(), informative=text), "demo-dashboard")
        return False
    if QDesktopServices.openUrl(url):
        return True
    log.warning("the desktop could not open a link (is a web browser set up?)")
    offer_copy(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    return False


def offer_copy(link: str) -> QMessageBox:
    """Say that the link could not be opened, with a button that copies it."""
    box = plain_message_box(
        QMessageBox.Icon.Warning, tr("The link could not be opened"),
        tr("No web browser opened this link. Copy it and paste it into your browser's address bar."),
        QMessageBox.StandardButton.Close, QApplication.activeWindow(), informative=link)
    copy = box.addButton(tr("Copy the link"), QMessageBox.ButtonRole.AcceptRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(link))
    return _keep(box, "link-not-opened")


def _keep(box: QMessageBox, name: str) -> QMessageBox:
    box.setObjectName(name)
    box.finished.connect(lambda _result: _offers.remove(box) if box in _offers else None)
    _offers.append(box)
    box.open()
    return box
