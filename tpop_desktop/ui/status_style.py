"""How a status looks: a coloured dot beside its name, readable in light and dark themes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from tpop_desktop.core.models import Status

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
    """A filled circle, drawn at two sizes so it stays crisp on high-DPI screens."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_colour(status))
        margin = size * 0.2
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
