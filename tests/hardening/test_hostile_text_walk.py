"""Hostile server text walked through every place the window shows it: never markup, never endless.

The orders come from the real sandbox over HTTP and are synced into a real store; the
widgets are the real ones. Each place is checked as a merchant would see it: the words
are there literally, a warning cannot be hidden, and a 10 MB name is cut to one line
that can still be copied whole.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from tpop_desktop.controller import AppController
from tpop_desktop.core.cases import Decision
from tpop_desktop.core.models import Customer, Destination, Item, Shipment, Status
from tpop_desktop.core.text import BLOCK_LIMIT, LINE_LIMIT
from tpop_desktop.profile import Profile
from tpop_desktop.ui.cases.dialog import CaseDialog
from tpop_desktop.ui.orders_model import Column

HIDDEN_WARNING_REFERENCE = "TP-104233<font color=#efefef>"
HEADING_TITLE = "<h1>BIG</h1> Tee"
MARKUP_URL = "https://tracking.example/<h1>CALL-NOW</h1>"
HUGE_NAME = "Élodie " + "N" * (10 * 1024 * 1024)
LONG_CITY = "Lyon" + "y" * 100_000


@pytest.fixture
def hostile(sandbox):
    """A delivered order whose reference, item and link carry markup, and one with a 10 MB name."""
    template = next(o for o in sandbox.orders() if o.status is Status.DELIVERED and o.shipments)
    shipped_at = template.latest_shipment.shipped_at
    marked = sandbox.add_order(
        reference=HIDDEN_WARNING_REFERENCE, status=Status.DELIVERED, shop=template.shop,
        customer=Customer(name="<b>Ann</b> & co", email="ann@example.com"),
        destination=Destination(country="BE", postcode="1000", city="<i>Bruxelles</i>"),
        items=(Item(title=HEADING_TITLE, variant="<u>XL</u>"),),
        shipments=(Shipment(carrier="<b>Colissimo</b>", tracking_number="6A12345678901",
                            tracking_url=MARKUP_URL, shipped_at=shipped_at,
                            delivered_at=shipped_at + timedelta(days=3)),))
    huge = sandbox.add_order(reference="TP-999001", customer=Customer(name=HUGE_NAME),
                             destination=Destination(country="FR", postcode="69001", city=LONG_CITY),
                             shop=replace(template.shop))
    return marked, huge


@pytest.fixture
def controller(qtbot, tmp_path, sandbox, sandbox_token, hostile):
    app = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url, token=sandbox_token)
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.firstSyncDone, timeout=30000):
        app.start(demo=False)
    yield app
    app.close_session()


def case_dialogs(window) -> list[CaseDialog]:
    return [dialog for dialog in window.findChildren(CaseDialog) if dialog.isVisible()]


def show(qtbot, window, reference: str) -> None:
    qtbot.waitUntil(lambda: window.select_reference(reference), timeout=10000)
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == reference,
                    timeout=10000)


def assert_plain(widget: QWidget) -> None:
    """Every label under ``widget`` is plain text and at most a paragraph; no tooltip can render markup."""
    for label in widget.findChildren(QLabel):
        text = label.text()
        if label.textFormat() != Qt.TextFormat.PlainText:  # a form's own row title ("Shop")
            assert "<" not in text and not GuiQt.mightBeRichText(text), text[:80]
        assert len(text) <= BLOCK_LIMIT
    for child in [widget, *widget.findChildren(QWidget)]:
        tip = child.toolTip()
        assert "<h1>" not in tip and "<font" not in tip and "<b>" not in tip, tip[:80]
        assert len(tip) <= BLOCK_LIMIT + 100


def test_the_detail_pane_shows_markup_literally_and_offers_no_markup_link(qtbot, controller, hostile, opened_urls):
    marked, _huge = hostile
    window = controller.window
    show(qtbot, window, marked.reference)
    pane = window.detail
    assert_plain(pane)
    shown = "\n".join(label.text() for label in pane.findChildren(QLabel))
    for literal in (HIDDEN_WARNING_REFERENCE, "<b>Ann</b> & co", "<i>Bruxelles</i>", HEADING_TITLE, "<u>XL</u>",
                    "<b>Colissimo</b>"):
        assert literal in shown
    buttons = [button for view in pane.shipment_views for button in view.link_buttons]
    assert buttons and all("CALL-NOW" not in button.toolTip() for button in buttons)
    for button in buttons:
        button.click()
    assert opened_urls.urls and all("CALL-NOW" not in url and "<" not in url for url in opened_urls.urls)


def test_the_reship_confirmation_cannot_hide_its_warning(qtbot, controller, hostile, opened_urls):
    marked, _huge = hostile
    window = controller.window
    show(qtbot, window, marked.reference)
    window.detail.case_actions.buttons["start-case-not_received"].click()
    confirm = controller.binder.cases.confirm_box
    assert confirm.findChild(QLabel, "qt_msgbox_label").textFormat() == Qt.TextFormat.PlainText
    assert HIDDEN_WARNING_REFERENCE in confirm.text()  # the question shows the reference literally too
    next(button for button in confirm.buttons() if button.text() == "Open the case").click()
    qtbot.waitUntil(lambda: len(case_dialogs(window)) == 1)
    dialog = case_dialogs(window)[0]
    dialog.decision_buttons[Decision.RESHIP_AT_MY_COST].click()
    reship = dialog.reship_panel
    reship.address_field.setPlainText("<h1>Rue</h1> 1")
    reship.place_button.click()
    box = reship.confirm_box
    assert box is not None and box.isVisible()
    main_label = box.findChild(QLabel, "qt_msgbox_label")
    details_label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert main_label.textFormat() == details_label.textFormat() == Qt.TextFormat.PlainText
    assert HIDDEN_WARNING_REFERENCE in box.text() and "CHARGED TO YOU" in box.text()
    assert HEADING_TITLE in box.informativeText() and "<h1>Rue</h1> 1" in box.informativeText()
    box.reject()


def test_a_ten_megabyte_name_is_one_line_everywhere_and_copied_whole(qtbot, controller, hostile, qapp):
    _marked, huge = hostile
    window = controller.window
    model = window.model
    qtbot.waitUntil(lambda: model.row_of_reference(huge.reference) >= 0, timeout=10000)
    row = model.row_of_reference(huge.reference)
    cells = {column: model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for column in Column}
    assert cells[Column.CUSTOMER].startswith("Élodie NNN") and cells[Column.CUSTOMER].endswith("…")
    assert len(cells[Column.CUSTOMER]) == LINE_LIMIT
    assert len(cells[Column.DESTINATION]) <= LINE_LIMIT and "Lyon" in cells[Column.DESTINATION]

    show(qtbot, window, huge.reference)
    pane = window.detail
    assert_plain(pane)
    name_label = pane.customer_label
    assert len(name_label.text()) <= LINE_LIMIT and name_label.property("shortened")
    assert name_label.sizeHint().height() < 200  # one line, not a wall of wrapped text
    [copy_whole] = name_label.actions()
    copy_whole.trigger()
    assert QGuiApplication.clipboard().text() == HUGE_NAME  # the stored value, whole
    stored = controller.session.orders.order(huge.reference)
    assert stored is not None and stored.customer.name == HUGE_NAME
