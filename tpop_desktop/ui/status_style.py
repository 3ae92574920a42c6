"""How a status looks: its SVG icon (crisp at any DPI) and its colour, readable in light and dark themes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QIcon

from tpop_desktop.core.models import Status
from tpop_desktop.resources import status_icon as _load_status_icon

STATUS_COLOURS: dict[Status, str] = {
    Status.OPEN: "#7f8c8d",
    Status.PRODUCTION: "#8e44ad",
    Status.BLOCKED: "#e74c3c",
    Status.SHIPPED: "#2e86de",
    Status.DELIVERED: "#27ae60",
    Status.CANCELLED: "#95a5a6",
}


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


@lru_cache(maxsize=None)
def status_icon(status: Status) -> QIcon:
    return _load_status_icon(status)
