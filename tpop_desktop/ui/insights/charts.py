"""Bar and line charts painted with QPainter for the delivery insights.

Painted by hand rather than with Qt Charts or pyqtgraph: two small charts are not worth a
dependency, and taking every colour from the palette keeps them right in light and dark
themes. Callers pass translated titles, texts and tooltips; nothing here is user-visible text.
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QHelpEvent, QImage, QKeyEvent, QMouseEvent,
                           QPainter, QPaintEvent, QPalette, QPen)
from PySide6.QtWidgets import QToolTip, QWidget

PAD = 8.0
HIT_SLOP = 8.0  # a line-chart hit may land this far from a point's column centre, at least
DOT_RADIUS = 4.0
MUTED = 0.35  # how much Highlight is left in the items that are not highlighted


@dataclass(frozen=True)
class Bar:
    """One bar; ``key`` (not None) comes back in ``barClicked``, ``tooltip`` is plain text."""

    label: str
    value: float
    key: object
    tooltip: str = ""


@dataclass(frozen=True)
class Point:
    """One point of a line; ``value=None`` leaves a gap: a week without data is not a zero."""

    label: str
    value: float | None
    key: object
    tooltip: str = ""


def tooltip_markup(text: str) -> str:
    """Tooltips come from data: escaped, so Qt never reads a "<b>" in them as markup."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def nice_ticks(maximum: float) -> list[int]:
    """0 and 2–5 equal integer steps of 1, 2 or 5 × 10^n reaching ``maximum``: round gridlines."""
    maximum = maximum if math.isfinite(maximum) and maximum > 0 else 0
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            steps = math.ceil(maximum / (base * magnitude))
            if steps <= 5:
                return [i * base * magnitude for i in range(max(steps, 2) + 1)]
        magnitude *= 10


def _mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` over ``background``: muted marks that fade into the chart."""
    channels = zip(colour.getRgbF()[:3], background.getRgbF()[:3])
    return QColor.fromRgbF(*(c * amount + b * (1 - amount) for c, b in channels))


@dataclass
class _Frame:
    """Where the plot sits at the current size and font; painting and hit tests share it."""

    plot: QRectF
    ticks: list[int]
    count: int
    label_height: float

    @property
    def column(self) -> float:
        return self.plot.width() / max(self.count, 1)

    def x(self, index: int) -> float:
        return self.plot.left() + (index + 0.5) * self.column

    def y(self, value: float) -> float:
        return self.plot.bottom() - max(value, 0) / self.ticks[-1] * self.plot.height()

    def in_band(self, pos: QPoint) -> bool:  # over the plot or its x labels: low items stay easy to hit
        return self.plot.top() - PAD <= pos.y() <= self.plot.bottom() + self.label_height


class _Chart(QWidget):
    """What both charts share: title, empty text, summary, palette, tooltips, selection.

    Each chart brings its own hit test (``_index_at``), its click (``_activate``: emits the item's
    key on the chart's own signal) and its marks (``_paint_data``).
    """

    _index_at: Callable[[QPoint], int | None]
    _activate: Callable[[int], None]
    _paint_data: Callable[[QPainter, _Frame], None]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[Bar | Point, ...] = ()
        self._title = self._empty_text = ""
        self._highlighted: object | None = None
        self._selected: int | None = None  # the keyboard selection, an index into _items
        self._pressed: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # for the pointing hand over items

    def set_title(self, text: str) -> None:
        self._title = text
        self.setAccessibleName(text)
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def set_summary(self, text: str) -> None:
        """Screen readers cannot see the bars: the caller's translated summary stands in."""
        self.setAccessibleDescription(text)

    def set_highlighted(self, key: object | None) -> None:
        """Show the item with ``key`` in Highlight and mute the others; None shows all alike."""
        self._highlighted = key
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def _set_items(self, items: Sequence[Bar | Point]) -> None:
        """Keeps the keyboard selection on the same key across a refresh, else the first item."""
        previous = self._items[self._selected].key if self._selected is not None else None
        self._items = tuple(items)
        order = self._order()
        kept = [i for i in order if self._items[i].key == previous]
        self._selected = (kept + order)[0] if order else None
        self.update()

    def _is_empty(self) -> bool:
        return not any(item.value for item in self._items)

    def _order(self) -> list[int]:
        """The items the keyboard walks through: those with a value."""
        return [] if self._is_empty() else [i for i, item in enumerate(self._items) if item.value is not None]

    def _stands_out(self, item: Bar | Point) -> bool:
        return self._highlighted is None or item.key == self._highlighted

    def _colour(self, stands_out: bool) -> QColor:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        background = self.palette().color(self.backgroundRole())
        return highlight if stands_out else _mix(highlight, background, MUTED)

    def _paint_focus(self, painter: QPainter, rect: QRectF, round_: bool = False) -> None:
        if self.hasFocus():
            painter.save()
            painter.setPen(QPen(self.palette().color(self.foregroundRole()), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if round_:
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)
            painter.restore()

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _frame(self) -> _Frame:
        metrics = QFontMetricsF(self.font())
        ticks = nice_ticks(max((item.value or 0 for item in self._items), default=0))
        left = PAD + max(metrics.horizontalAdvance(self.locale().toString(t)) for t in ticks) + PAD
        title = QFontMetricsF(self._title_font()).height() + PAD if self._title else 0
        top = PAD + title + metrics.height() / 2  # room for the top tick's label
        plot = QRectF(QPointF(left, top), QPointF(self.width() - PAD, self.height() - PAD - metrics.height()))
        return _Frame(plot, ticks, len(self._items), metrics.height() + PAD / 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
            painter.setPen(self.palette().color(self.foregroundRole()))
            frame = self._frame()
            if self._title:
                painter.setFont(self._title_font())
                metrics = QFontMetricsF(painter.font())
                title = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, self.width() - 2 * PAD)
                painter.drawText(QPointF(PAD, PAD + metrics.ascent()), title)
                painter.setFont(self.font())
            if self._is_empty():
                area = QRectF(self.rect()).adjusted(PAD, frame.plot.top(), -PAD, -PAD)
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(area, flags, self._empty_text)
            else:
                self._paint_axes(painter, frame)
                self._paint_data(painter, frame)
        finally:
            painter.end()

    def _paint_axes(self, painter: QPainter, frame: _Frame) -> None:
        metrics = QFontMetricsF(self.font())
        text, grid = self.palette().color(self.foregroundRole()), self.palette().color(QPalette.ColorRole.Mid)
        for tick in frame.ticks:
            y = round(frame.y(tick)) + 0.5  # on a pixel row, not blurred across two
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y))
            painter.setPen(text)
            label = QRectF(PAD, y - metrics.height() / 2, frame.plot.left() - 2 * PAD, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.locale().toString(tick))
        widest = max(metrics.horizontalAdvance(item.label) for item in self._items)
        every = max(1, math.ceil((widest + PAD) / frame.column))  # every n-th label, so none overlap
        for index in range(0, frame.count, every):
            width = frame.column * every
            label = QRectF(frame.x(index) - width / 2, frame.plot.bottom() + PAD / 2, width, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self._items[index].label)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(event.pos())
            tip = self._items[index].tooltip if index is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tooltip_markup(tip), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order, key = self._order(), event.key()
        moves = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)
        activations = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if not order or (key not in moves and key not in activations):
            super().keyPressEvent(event)
            return
        if key in activations:
            if self._selected is not None:
                self._activate(self._selected)
        else:
            at = order.index(self._selected) if self._selected in order else 0
            last = len(order) - 1
            at = {Qt.Key.Key_Left: at - 1, Qt.Key.Key_Right: at + 1, Qt.Key.Key_Home: 0}.get(key, last)
            self._selected = order[max(0, min(at, last))]
            self.update()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed = self._index_at(event.position().toPoint()) if left else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Like a button: the press and the release must land on the same item."""
        index = self._index_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index is not None and index == self._pressed:
            self._selected = index
            self.update()
            self._activate(index)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._index_at(event.position().toPoint()) is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseMoveEvent(event)


class BarChart(_Chart):
    """Vertical bars, one per bucket (e.g. working days taken); a click hands back the key."""

    barClicked = Signal(object)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._set_items(bars)

    def bar_at(self, pos: QPoint) -> Bar | None:
        index = self._index_at(pos)
        return None if index is None else self._items[index]  # type: ignore[return-value]

    def _bar_rect(self, frame: _Frame, index: int) -> QRectF:
        """On whole pixels, so the edges are crisp."""
        width = round(min(frame.column * 0.7, 56.0))
        top, bottom = round(frame.y(self._items[index].value or 0)), round(frame.plot.bottom())
        return QRectF(round(frame.x(index) - width / 2), top, width, bottom - top)

    def _index_at(self, pos: QPoint) -> int | None:
        """The whole height over a bar counts, not only the bar: a short bar is hit as easily."""
        frame = self._frame()
        if self._is_empty() or not frame.in_band(pos):
            return None
        rects = ((index, self._bar_rect(frame, index)) for index in range(frame.count))
        return next((index for index, rect in rects if rect.left() <= pos.x() <= rect.right()), None)

    def _activate(self, index: int) -> None:
        self.barClicked.emit(self._items[index].key)

    def _paint_data(self, painter: QPainter, frame: _Frame) -> None:
        for index, bar in enumerate(self._items):
            rect = self._bar_rect(frame, index)
            painter.fillRect(rect, self._colour(self._stands_out(bar)))
            if index == self._selected:
                self._paint_focus(painter, rect.adjusted(-3, -3, 3, 3))


class LineChart(_Chart):
    """A weekly trend: dots joined by a line, with a gap where a week has no value."""

    pointClicked = Signal(object)

    def set_points(self, points: Sequence[Point]) -> None:
        self._set_items(points)

    def point_at(self, pos: QPoint) -> Point | None:
        index = self._index_at(pos)
        return None if index is None else self._items[index]  # type: ignore[return-value]

    def _is_empty(self) -> bool:
        return all(point.value is None for point in self._items)  # a line of zeros is data

    def _index_at(self, pos: QPoint) -> int | None:
        """The nearest valued point within its column (at least ±HIT_SLOP px) of ``pos``."""
        frame = self._frame()
        if self._is_empty() or not frame.in_band(pos):
            return None
        reach = max(HIT_SLOP, frame.column / 2)
        near = [(abs(pos.x() - frame.x(i)), i) for i in self._order() if abs(pos.x() - frame.x(i)) <= reach]
        return min(near)[1] if near else None

    def _activate(self, index: int) -> None:
        self.pointClicked.emit(self._items[index].key)

    def _paint_data(self, painter: QPainter, frame: _Frame) -> None:
        line = QPen(self._colour(self._highlighted is None), 2)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(line)
        centres: dict[int, QPointF] = {}
        for index, point in enumerate(self._items):
            if point.value is not None:
                centres[index] = QPointF(frame.x(index), frame.y(point.value))
                if index - 1 in centres:  # no line across a gap
                    painter.drawLine(centres[index - 1], centres[index])
        painter.setPen(Qt.PenStyle.NoPen)
        for index, centre in centres.items():
            stands_out = self._stands_out(self._items[index])
            radius = DOT_RADIUS * (1.5 if stands_out and self._highlighted is not None else 1)
            painter.setBrush(self._colour(stands_out))
            painter.drawEllipse(centre, radius, radius)
            if index == self._selected:
                ring = QPointF(radius + 3, radius + 3)
                self._paint_focus(painter, QRectF(centre - ring, centre + ring), round_=True)


def render_png(widget: QWidget, path: str | os.PathLike[str], scale: float = 2.0) -> bool:
    """Saves what ``widget`` shows as a PNG at ``scale`` device pixels a pixel: sharp in reports.

    Works on hidden widgets. A window never resized first takes its size hint, as render()
    would do anyway; a widget with an empty size is resized to its size hint.
    """
    if widget.isWindow() and not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        widget.adjustSize()
    if widget.size().isEmpty():
        widget.resize(widget.sizeHint())
    size = widget.size()
    image = QImage(round(size.width() * scale), round(size.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    try:
        widget.render(painter, QPoint())
    finally:
        painter.end()
    return image.save(os.fspath(path), "PNG")
