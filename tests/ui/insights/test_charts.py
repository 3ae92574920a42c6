"""The insight charts as a user meets them: painted in the theme's colours, clickable, keyboard-driven.

Positions come from the painted image (where the Highlight-coloured pixels are), not from the
widget's geometry code, so a bar that is not painted where it is hit fails the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QHelpEvent, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from tpop_desktop.ui.insights.charts import (Bar, BarChart, LineChart, Point, nice_ticks, render_png,
                                             tooltip_markup)

BARS = [
    Bar("1", 3, 1, "3 parcels took 1 working day"),
    Bar("2", 10, 2, "10 parcels took 2 working days"),
    Bar("3", 6, 3, "6 parcels took 3 working days"),
    Bar("15+", 1, 15, "<b>x</b> parcels took 15 or more"),
]
ROLES = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.WindowText,
         QPalette.ColorRole.Text, QPalette.ColorRole.Mid, QPalette.ColorRole.Highlight)


@dataclass(frozen=True)
class Run:
    """Neighbouring pixel columns painted in one colour: a bar, a dot, or dots joined by a line."""

    left: int
    right: int
    top: int
    bottom: int

    @property
    def centre(self) -> QPoint:
        return QPoint((self.left + self.right) // 2, (self.top + self.bottom) // 2)

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1


def painted(widget) -> QImage:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert image.devicePixelRatio() == 1  # the runs below are in widget pixels
    return image


def runs(image: QImage, colour: QColor) -> list[Run]:
    """Where ``colour`` is painted exactly, grouped into runs of neighbouring columns."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels, stride = memoryview(bytes(image.constBits())).cast("I"), image.bytesPerLine() // 4
    target = colour.rgb()
    columns = {}
    for x in range(image.width()):
        ys = [y for y in range(image.height()) if pixels[y * stride + x] == target]
        if ys:
            columns[x] = (min(ys), max(ys))
    found: list[Run] = []
    for x, (top, bottom) in columns.items():
        if found and found[-1].right == x - 1:
            last = found.pop()
            found.append(Run(last.left, x, min(last.top, top), max(last.bottom, bottom)))
        else:
            found.append(Run(x, x, top, bottom))
    return found


def highlight_of(widget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Highlight)


def window_of(widget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Window)


def text_pixels(image: QImage, left: int, top: int, right: int, bottom: int, background: QColor) -> int:
    """How many pixels in the box differ from the background: text drawn there, or not."""
    return sum(image.pixelColor(x, y) != background for x in range(left, right) for y in range(top, bottom))


@pytest.fixture
def bar_chart(qtbot) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(420, 220)
    chart.set_title("Working days to delivery")
    chart.set_bars(BARS)
    with qtbot.waitExposed(chart):
        chart.show()
    return chart


@pytest.fixture
def line_chart(qtbot) -> LineChart:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(420, 220)
    chart.set_points([Point("5 Oct", 4, "w1", "4 days"), Point("12 Oct", None, "w2", "no parcels"),
                      Point("19 Oct", 4, "w3", "4 days"), Point("26 Oct", 4, "w4", "4 days")])
    with qtbot.waitExposed(chart):
        chart.show()
    return chart


def bars_as_painted(chart: BarChart) -> list[Run]:
    found = runs(painted(chart), highlight_of(chart))
    assert len(found) == len(BARS), found
    return found


def test_bars_are_painted_in_the_highlight_colour_as_high_as_their_values(bar_chart):
    bars = bars_as_painted(bar_chart)
    image = painted(bar_chart)
    assert image.pixelColor(bars[1].centre) == highlight_of(bar_chart)
    heights = [bar.height for bar in bars]
    assert max(heights) == heights[1] and min(heights) == heights[3]
    assert heights[2] / heights[1] == pytest.approx(6 / 10, abs=0.03)
    assert image.pixelColor(2, 2) == window_of(bar_chart)


def test_a_dark_palette_paints_the_chart_in_its_colours(qtbot, bar_chart):
    light_highlight = highlight_of(bar_chart)
    palette = QPalette(bar_chart.palette())
    for role, name in zip(ROLES, ("#202124", "#181818", "#e8eaed", "#e8eaed", "#5f6368", "#f28b25")):
        palette.setColor(role, QColor(name))
    bar_chart.setPalette(palette)

    def on_screen() -> QImage:
        return bar_chart.screen().grabWindow(bar_chart.winId()).toImage()

    qtbot.waitUntil(lambda: on_screen().pixelColor(2, 2) == QColor("#202124"))  # repainted on the switch
    image = painted(bar_chart)
    assert len(runs(image, QColor("#f28b25"))) == len(BARS)
    assert runs(image, light_highlight) == []
    assert image.pixelColor(2, 2) == QColor("#202124")
    title = [image.pixelColor(x, y).lightness() for x in range(0, 200) for y in range(0, 25)]
    assert max(title) > 170  # the title is light on dark, not the light theme's black


def test_a_highlighted_bar_stands_out_and_the_others_are_muted(bar_chart):
    bars = bars_as_painted(bar_chart)
    highlight, window = highlight_of(bar_chart), window_of(bar_chart)

    bar_chart.set_highlighted(3)
    image = painted(bar_chart)
    assert [run.centre.x() for run in runs(image, highlight)] == [bars[2].centre.x()]
    muted = image.pixelColor(bars[1].centre)
    assert muted not in (highlight, window)
    for channel in ("red", "green", "blue"):
        low, high = sorted((getattr(highlight, channel)(), getattr(window, channel)()))
        assert low <= getattr(muted, channel)() <= high  # a blend of the two, lighter than the bar

    bar_chart.set_highlighted(None)
    assert len(runs(painted(bar_chart), highlight)) == len(BARS)


def test_clicking_a_bar_hands_back_its_key(qtbot, bar_chart):
    bars = bars_as_painted(bar_chart)
    for run, bar in zip(bars, BARS):
        with qtbot.waitSignal(bar_chart.barClicked) as clicked:
            qtbot.mouseClick(bar_chart, Qt.MouseButton.LeftButton, pos=run.centre)
        assert clicked.args == [bar.key]
    with qtbot.waitSignal(bar_chart.barClicked) as clicked:  # the short bar is hit above it, too
        above = QPoint(bars[3].centre.x(), bars[1].top + 2)
        qtbot.mouseClick(bar_chart, Qt.MouseButton.LeftButton, pos=above)
    assert clicked.args == [15]


def test_clicking_beside_the_bars_does_nothing(qtbot, bar_chart):
    bars = bars_as_painted(bar_chart)
    assert bars[1].left - bars[0].right > 6
    gap = QPoint((bars[0].right + bars[1].left) // 2, bars[1].centre.y())
    with qtbot.assertNotEmitted(bar_chart.barClicked):
        for pos in (gap, QPoint(3, bars[1].centre.y()), QPoint(bars[1].centre.x(), 3)):
            qtbot.mouseClick(bar_chart, Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseClick(bar_chart, Qt.MouseButton.RightButton, pos=bars[1].centre)
        qtbot.mousePress(bar_chart, Qt.MouseButton.LeftButton, pos=bars[0].centre)  # pressed, then slid off
        qtbot.mouseRelease(bar_chart, Qt.MouseButton.LeftButton, pos=bars[1].centre)


def test_bar_at_maps_positions_to_bars(bar_chart):
    bars = bars_as_painted(bar_chart)
    assert [bar_chart.bar_at(run.centre) for run in bars] == BARS
    assert bar_chart.bar_at(QPoint((bars[0].right + bars[1].left) // 2, bars[0].centre.y())) is None
    assert bar_chart.bar_at(QPoint(3, bars[1].centre.y())) is None
    bar_chart.set_bars([])
    assert bar_chart.bar_at(bars[1].centre) is None


def test_the_keyboard_walks_the_bars_and_activates_one(qtbot, bar_chart):
    keys = [Qt.Key.Key_Right, Qt.Key.Key_Return], [Qt.Key.Key_End, Qt.Key.Key_Space], \
           [Qt.Key.Key_Home, Qt.Key.Key_Left, Qt.Key.Key_Enter]
    for presses, expected in zip(keys, (2, 15, 1)):
        with qtbot.waitSignal(bar_chart.barClicked) as activated:
            for key in presses:
                qtbot.keyClick(bar_chart, key)
        assert activated.args == [expected]
    assert bar_chart.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_focus_outline_follows_the_keyboard_selection(qtbot, bar_chart):
    bars = bars_as_painted(bar_chart)
    bar_chart.activateWindow()
    bar_chart.setFocus()
    qtbot.waitUntil(bar_chart.hasFocus)

    def outlined(image: QImage, run: Run) -> bool:  # anything drawn in a strip just left of the bar?
        strip = [image.pixelColor(x, y) for x in range(run.left - 5, run.left - 1)
                 for y in (run.bottom - 4, run.bottom - 3)]
        return any(colour != window_of(bar_chart) for colour in strip)

    before = painted(bar_chart)
    qtbot.keyClick(bar_chart, Qt.Key.Key_Right)
    after = painted(bar_chart)
    assert outlined(before, bars[0]) and not outlined(before, bars[1])
    assert outlined(after, bars[1]) and not outlined(after, bars[0])


def test_without_data_the_empty_text_is_shown_and_nothing_is_clickable(qtbot, bar_chart):
    background, highlight = window_of(bar_chart), highlight_of(bar_chart)
    middle = (60, 80, 360, 170)  # where the empty text goes, centred
    assert text_pixels(painted(bar_chart), *middle, background) > 0  # bars there, for now
    bar_chart.set_bars([])
    assert text_pixels(painted(bar_chart), *middle, background) == 0  # no empty text set: nothing
    bar_chart.set_empty_text("No parcels delivered yet")
    assert text_pixels(painted(bar_chart), *middle, background) > 20

    bar_chart.set_bars([Bar("1", 0, 1), Bar("2", 0, 2)])  # all zero counts as no data
    image = painted(bar_chart)
    assert runs(image, highlight) == [] and text_pixels(image, *middle, background) > 20
    with qtbot.assertNotEmitted(bar_chart.barClicked):
        qtbot.mouseClick(bar_chart, Qt.MouseButton.LeftButton, pos=QPoint(150, 150))
        qtbot.keyClick(bar_chart, Qt.Key.Key_Return)
    assert bar_chart.bar_at(QPoint(150, 150)) is None


def test_screen_readers_get_the_title_and_the_summary(bar_chart):
    summary = "Most parcels took 2 working days; 1 took 15 or more."
    bar_chart.set_summary(summary)
    accessible = QAccessible.queryAccessibleInterface(bar_chart)
    assert accessible.text(QAccessible.Text.Name) == "Working days to delivery"
    assert accessible.text(QAccessible.Text.Description) == summary


def test_a_tooltip_shows_the_bars_text_as_typed_never_as_markup(qtbot, bar_chart):
    document = QTextDocument()
    document.setHtml(tooltip_markup("<b>x</b> & y"))
    assert document.toPlainText() == "<b>x</b> & y"
    assert QtGui.Qt.mightBeRichText(tooltip_markup("<b>x</b>"))  # so Qt renders the escaped form, literally
    bars = bars_as_painted(bar_chart)

    def hover(pos: QPoint) -> None:
        QApplication.sendEvent(bar_chart, QHelpEvent(QEvent.Type.ToolTip, pos, bar_chart.mapToGlobal(pos)))

    hover(bars[3].centre)
    qtbot.waitUntil(QToolTip.isVisible)
    document.setHtml(QToolTip.text())
    assert document.toPlainText() == "<b>x</b> parcels took 15 or more"
    hover(QPoint((bars[0].right + bars[1].left) // 2, bars[0].centre.y()))  # between bars: it goes away
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_the_line_leaves_a_gap_for_a_week_without_a_value(qtbot, line_chart):
    highlight = highlight_of(line_chart)
    first, joined = runs(painted(line_chart), highlight)  # a lone dot, then two dots and their line
    dot = first.right - first.left + 1
    assert dot <= 12 and joined.right - joined.left > 40
    centres = [(first.left + first.right) / 2, joined.left + dot / 2, joined.right - dot / 2]
    column = centres[2] - centres[1]
    assert centres[1] - centres[0] == pytest.approx(2 * column, abs=5)  # the empty week keeps its place
    row = first.centre.y()
    empty_week, week_one = QPoint(round(centres[0] + column), row), QPoint(round(centres[0]), row)

    assert line_chart.point_at(empty_week) is None
    assert line_chart.point_at(week_one).key == "w1"
    assert line_chart.point_at(QPoint(round(centres[2]) + 6, row)).key == "w4"
    with qtbot.assertNotEmitted(line_chart.pointClicked):
        qtbot.mouseClick(line_chart, Qt.MouseButton.LeftButton, pos=empty_week)
    with qtbot.waitSignal(line_chart.pointClicked) as clicked:
        qtbot.mouseClick(line_chart, Qt.MouseButton.LeftButton, pos=week_one)
    assert clicked.args == ["w1"]
    with qtbot.waitSignal(line_chart.pointClicked) as activated:  # the keyboard skips the empty week
        qtbot.keyClick(line_chart, Qt.Key.Key_Right)
        qtbot.keyClick(line_chart, Qt.Key.Key_Return)
    assert activated.args == ["w3"]


def test_a_line_without_any_value_shows_the_empty_text(line_chart):
    line_chart.set_empty_text("No deliveries in these weeks")
    line_chart.set_points([Point("5 Oct", None, "w1"), Point("12 Oct", None, "w2")])
    image = painted(line_chart)
    assert runs(image, highlight_of(line_chart)) == []
    assert text_pixels(image, 60, 80, 360, 170, window_of(line_chart)) > 20
    assert line_chart.point_at(QPoint(100, 110)) is None


def test_render_png_writes_a_sharp_image_of_a_hidden_chart(qtbot, tmp_path):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 180)
    chart.set_bars(BARS)
    assert not chart.isVisible()
    assert render_png(chart, tmp_path / "days.png")
    image = QImage(str(tmp_path / "days.png"))
    assert image.size() == chart.size() * 2
    on_screen = runs(painted(chart), highlight_of(chart))
    in_png = runs(image, highlight_of(chart))
    assert len(in_png) == len(on_screen) == len(BARS)
    for big, small in zip(in_png, on_screen):  # the same chart, drawn at twice the detail
        assert abs(big.left - 2 * small.left) <= 2 and abs(big.height - 2 * small.height) <= 2

    never_sized = BarChart()
    qtbot.addWidget(never_sized)
    assert render_png(never_sized, str(tmp_path / "empty.png"), scale=1.5)
    size = QImage(str(tmp_path / "empty.png")).size()
    assert size == never_sized.sizeHint() * 1.5 == never_sized.size() * 1.5


def test_gridlines_fall_on_round_numbers():
    assert nice_ticks(0) == [0, 1, 2]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(1234) == [0, 500, 1000, 1500]
    for maximum in range(1, 3000):
        ticks = nice_ticks(maximum)
        step = ticks[1]
        assert 3 <= len(ticks) <= 6 and ticks[-1] >= maximum
        assert ticks == [i * step for i in range(len(ticks))]
        assert str(step).rstrip("0") in ("1", "2", "5")
