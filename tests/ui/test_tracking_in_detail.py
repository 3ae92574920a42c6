"""The detail pane's tracking links and advice, on the sandbox account."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import BlockReason, Status
from tpop_desktop.core.tracking import is_valid_s10
from tpop_desktop.profile import Profile


@pytest.fixture
def window(qtbot, tmp_path, sandbox, sandbox_token):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app_controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url,
                                   token=sandbox_token)
    qtbot.addWidget(app_controller.window)
    with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000):
        app_controller.start(demo=False)
    qtbot.waitUntil(lambda: app_controller.window.model.rowCount() == len(sandbox.orders()), timeout=5000)
    yield app_controller.window
    app_controller.close_session()
    QLocale.setDefault(QLocale.system())


def show(qtbot, window, reference):
    assert window.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == reference)


def test_a_belgian_la_poste_shipment_links_to_la_poste_and_to_bpost(qtbot, window, sandbox, opened_urls):
    order = next(o for o in sandbox.orders() if o.destination.country == "BE" and o.shipments
                 and is_valid_s10(o.shipments[-1].tracking_number)
                 and o.shipments[-1].tracking_number.endswith("FR"))
    number = order.shipments[-1].tracking_number
    show(qtbot, window, order.reference)
    view = window.detail.shipment_views[-1]
    assert [b.objectName() for b in view.link_buttons] == ["carrier-link", "destination-link"]
    carrier_button, bpost_button = view.link_buttons
    assert "bpost" in bpost_button.text() and "Belgium" in bpost_button.text()

    qtbot.mouseClick(carrier_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bpost_button, Qt.MouseButton.LeftButton)

    expected_carrier = order.shipments[-1].tracking_url or \
        f"https://www.laposte.fr/outils/suivre-vos-envois?code={number}"
    assert opened_urls.urls[0] == expected_carrier
    postcode = order.destination.postcode.replace(" ", "")
    assert opened_urls.urls[1] == \
        f"https://track.bpost.cloud/btr/web/#/search?itemCode={number}&lang=en&postalCode={postcode}"
    assert "issued by the post of France" in " ".join(
        label.text() for label in view.findChildren(type(window.detail.status_label)))


@pytest.mark.parametrize("number, message", [
    ("LB123456784FR", "probably mistyped"),
    ("LB123456785FR", "issued by the post of France"),
    ("lb 123 456 785 fr", "issued by the post of France"),
])
def test_the_tracking_number_is_checked(qtbot, number, message):
    from PySide6.QtWidgets import QLabel

    from tpop_desktop.core.models import Destination, Shipment
    from tpop_desktop.ui.detail.shipment_view import ShipmentView

    view = ShipmentView(Shipment("La Poste", number), Destination("BE", "1000", "Bruxelles"))
    qtbot.addWidget(view)
    assert message in " ".join(label.text() for label in view.findChildren(QLabel))


@pytest.mark.parametrize("reason, fix", [
    (BlockReason.PAYMENT, "Retry payment"),
    (BlockReason.ADDRESS, "Correct the shipping address"),
    (BlockReason.VISUAL, "Fix the visual, then resubmit"),
])
def test_a_blocked_order_shows_its_fix(qtbot, window, sandbox, reason, fix):
    order = next(o for o in sandbox.orders() if o.status is Status.BLOCKED and o.block_reason is reason)
    show(qtbot, window, order.reference)
    advice = window.detail.advice_view.texts
    assert any(fix in text for text in advice)
    assert any("restart production before fixing the cause is useless" in text for text in advice)


def test_orders_needing_attention_are_marked_in_the_table(qtbot, window, sandbox):
    from datetime import datetime, timezone

    from tpop_desktop.core.attention import needs_attention
    from tpop_desktop.ui.orders_model import AttentionRole

    now = datetime.now(timezone.utc)
    model = window.model

    def marked() -> set[str]:
        return {model.reference_at(row) for row in range(model.rowCount()) if model.index(row, 0).data(AttentionRole)}

    def expected() -> set[str]:  # blocked, stale, or late: past the usual window the row's estimate gives
        rows = {model.reference_at(row): model.row_at(row) for row in range(model.rowCount())}
        return {o.reference for o in sandbox.orders()
                if needs_attention(o, now, rows[o.reference].expected_by if o.reference in rows else None)}

    stale_or_blocked = {o.reference for o in sandbox.orders() if needs_attention(o, now)}
    qtbot.waitUntil(lambda: bool(expected() - stale_or_blocked), timeout=10000)  # the estimates arrived: some late
    qtbot.waitUntil(lambda: marked() == expected(), timeout=10000)
    blocked = next(o for o in sandbox.orders() if o.status is Status.BLOCKED)
    row = model.row_of_reference(blocked.reference)
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Needs attention: this order is blocked"
