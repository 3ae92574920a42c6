"""Text and links from the server are data, never markup or commands: the sandbox's hostile orders."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QSystemTrayIcon, QWidget

from tpop_desktop.controller import AppController
from tpop_desktop.core.changes import ChangeEvent, EventKind
from tpop_desktop.core.notify_rules import NOTIFIABLE
from tpop_desktop.core.text import LINE_LIMIT
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox import catalog
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.notifications import NotificationBanner, Notifier
from tpop_desktop.ui.orders_model import Column

HOSTILE_TEXTS = (catalog.HOSTILE_HTML_NAME, catalog.HOSTILE_FORMULA_NAME, catalog.HOSTILE_CITY)


@pytest.fixture
def controller(qtbot, tmp_path, sandbox, sandbox_token):
    app = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url, token=sandbox_token)
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.firstSyncDone, timeout=20000):
        app.start(demo=False)
    yield app
    app.close_session()


def order_with(sandbox, predicate):
    return next(o for o in sandbox.orders() if predicate(o))


def hostile_orders(sandbox):
    return [order_with(sandbox, lambda o: o.customer.name == catalog.HOSTILE_HTML_NAME),
            order_with(sandbox, lambda o: o.customer.name == catalog.HOSTILE_FORMULA_NAME),
            order_with(sandbox, lambda o: o.destination.city == catalog.HOSTILE_CITY)]


def assert_inert_label(label: QLabel) -> None:
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText:
        assert label.textFormat() != Qt.TextFormat.RichText or "<img" not in text, text
        assert not GuiQt.mightBeRichText(text) or not any(h in text for h in HOSTILE_TEXTS), text


def assert_inert_tooltip(widget: QWidget) -> None:
    tip = widget.toolTip()
    for hostile in HOSTILE_TEXTS:
        if hostile in tip:  # shown raw: only acceptable when the tooltip cannot be read as rich text
            assert not GuiQt.mightBeRichText(tip), tip
    assert "<img" not in tip, tip


def test_detail_pane_shows_hostile_values_literally(qtbot, controller, sandbox):
    window = controller.window
    for order in hostile_orders(sandbox):
        qtbot.waitUntil(lambda o=order: window.select_reference(o.reference), timeout=5000)
        labels = window.detail.findChildren(QLabel)
        assert labels
        for label in labels:
            assert_inert_label(label)
        for widget in window.detail.findChildren(QWidget):
            assert_inert_tooltip(widget)
        shown = "\n".join(label.text() for label in labels)
        assert order.customer.name in shown and order.destination.city in shown
    name_label = window.detail.customer_label
    window.select_reference(hostile_orders(sandbox)[0].reference)
    assert window.detail.customer_label.text().startswith(catalog.HOSTILE_HTML_NAME)
    assert name_label is not None and window.detail.customer_label.sizeHint().height() < 100  # no image laid out


def test_table_cells_are_plain_text(qtbot, controller, sandbox):
    model = controller.window.model
    for order in hostile_orders(sandbox):
        qtbot.waitUntil(lambda o=order: model.row_of_reference(o.reference) >= 0, timeout=5000)
        row = model.row_of_reference(order.reference)
        cells = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for column in Column]
        assert order.customer.name in cells  # the value itself, not a rendering of it
        for column in Column:
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            assert tip is None or "<img" not in str(tip)


class RecordingTray(QSystemTrayIcon):
    """A tray that is "visible" offscreen and records what it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:  # noqa: N802 - Qt name
        return True

    def showMessage(self, title, body, *args) -> None:  # noqa: N802 - Qt name
        self.messages.append((title, body))


@pytest.mark.parametrize("with_tray", [True, False])
def test_notifications_never_carry_markup(qtbot, sandbox, with_tray):
    order = hostile_orders(sandbox)[0]
    banner = NotificationBanner()
    qtbot.addWidget(banner)
    tray = RecordingTray() if with_tray else None
    notifier = Notifier(lambda: list(NOTIFIABLE.values()), banner, tray)
    shown: list[tuple[str, str, str]] = []
    notifier.shown.connect(lambda *args: shown.append(args))
    notifier.notify_events([ChangeEvent(EventKind.NEW, order.reference, order, None)])
    assert len(shown) == 1
    title, body, _ref = shown[0]
    assert "<" not in title + body and ">" not in title + body and "&" not in title + body
    assert "img src" in body and "Bold" in body  # the words are there, without their power
    if with_tray:
        assert tray.messages == [(title, body)]
    else:
        assert banner.label.textFormat() == Qt.TextFormat.PlainText and body in banner.label.text()


# The table of reliability.md §5, plus the forms a tracking URL may take.
LINKS = [
    ("https://shop.example.com/orders/42", True),
    ("HTTPS://shop.example.com/orders/42", True),
    ("http://localhost:8080/o/1", True),
    ("http://127.0.0.1:8080/o/1", True),
    ("http://shop.example.com/orders/42", False),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    (" javascript:alert(1)", False),
    ("file:///etc/passwd", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("//evil.example/x", False),
    ("https://shop.example.com@evil.example/", False),
    ("https://user:pass@shop.example.com/", False),
    ("https:///no-host", False),
    ("smb://evil.example/share", False),
    ("/orders/42", False),
    ("", False),
]


@pytest.mark.parametrize("link, opens", LINKS)
def test_open_external_allows_only_https_and_loopback_http(link, opens, opened_urls, caplog):
    caplog.set_level(logging.WARNING, logger="tpop_desktop.ui.links")
    assert open_external(link) is opens
    assert len(opened_urls.urls) == (1 if opens else 0)
    if not opens:
        assert "refused to open" in caplog.text


def test_a_javascript_tracking_url_falls_back_to_the_carrier_page(qtbot, controller, sandbox, opened_urls):
    order = order_with(sandbox, lambda o: any(s.tracking_url == catalog.HOSTILE_TRACKING_URL for s in o.shipments))
    window = controller.window
    qtbot.waitUntil(lambda: window.select_reference(order.reference), timeout=5000)
    view = window.detail.shipment_views[-1]
    assert view.link_buttons
    for button in view.link_buttons:
        assert "javascript" not in button.toolTip().lower()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened_urls.urls and all(url.startswith("https://") for url in opened_urls.urls)
    carrier = next(b for b in view.link_buttons if b.objectName() == "carrier-link")
    assert "laposte.fr" in carrier.toolTip()  # Colissimo's own template instead of the hostile link


def test_a_notification_about_a_ten_megabyte_name_is_read_at_a_glance(qtbot, sandbox):
    order = hostile_orders(sandbox)[0]
    order = replace(order, customer=replace(order.customer, name="Élodie " + "N" * 10_000_000))
    banner = NotificationBanner()
    qtbot.addWidget(banner)
    tray = RecordingTray()
    notifier = Notifier(lambda: list(NOTIFIABLE.values()), banner, tray)
    notifier.notify_events([ChangeEvent(EventKind.NEW, order.reference, order, None)])
    [(title, body)] = tray.messages
    assert "Élodie NNN" in body and "…" in body
    assert len(title) + len(body) < 3 * LINE_LIMIT
