"""Opening links that came from servers: https only (http on loopback), never user-info."""

from __future__ import annotations

import ipaddress
import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


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
    """Ask the desktop to open ``text`` in the browser; refuse and log anything unsafe."""
    url = safe_url(text)
    if url is None:
        log.warning("refused to open a link that is not https: %.80r", text)
        return False
    return QDesktopServices.openUrl(url)
