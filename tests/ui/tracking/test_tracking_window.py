"""The merchant's view with carrier keys: the Parcel column and chips, the carrier's timeline, the pickup
advice and its message, the delivered case quoting the carrier, "Refresh now"; and nothing new without keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from carrier_ui_helpers import scenario_order, show
from tpop_desktop.core.messages import language_for
from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import ParcelStatus
from tpop_desktop.core.advice import delivery_event
from tpop_desktop.sandbox.parcel_story import LA_POSTE_FAMILY, Scenario
from tpop_desktop.ui.formatting import format_date, format_datetime, format_long_datetime
from tpop_desktop.ui.orders_model import Column

S = ParcelStatus


def parcel_rows(window) -> list[str]:
    model = window.model
    return [model.data(model.index(row, Column.PARCEL)) for row in range(model.rowCount())]


def test_the_parcel_column_shows_the_carriers_status_and_the_chips_filter_in_the_store(qtbot, start_app, world):
    controller = start_app()
    window, tracking = controller.window, controller.session.tracking
    assert not window.table.isColumnHidden(Column.PARCEL)
    assert window.model.headerData(Column.PARCEL, Qt.Orientation.Horizontal) == "Parcel"
    pickup = scenario_order(world, Scenario.PICKUP)
    parcel = tracking.parcel_of(pickup)
    row = window.model.row_of_reference(pickup.reference)
    qtbot.waitUntil(lambda: window.model.data(window.model.index(row, Column.PARCEL)) ==
                    f"Waiting for pickup · {format_date(parcel.status_at)}", timeout=5000)

    chips = window.filter_bar.parcel_chips
    qtbot.waitUntil(lambda: chips["waiting_for_pickup"].isVisible() and "(" in chips["waiting_for_pickup"].text())
    waiting = tracking.counts[S.AVAILABLE_FOR_PICKUP]
    assert chips["waiting_for_pickup"].text() == f"Waiting for pickup ({waiting})" and waiting >= 1
    problems = sum(tracking.counts[s] for s in (S.HELD_CUSTOMS, S.DELIVERY_FAILED, S.EXCEPTION, S.RETURNED_TO_SENDER))
    assert chips["problem"].text() == f"Problem ({problems})" and problems >= 2  # held at customs, returned

    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        chips["waiting_for_pickup"].click()
    assert window.model.rowCount() == waiting
    assert all(text.startswith("Waiting for pickup · ") for text in parcel_rows(window))
    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        window.table.sortByColumn(Column.PARCEL, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        chips["waiting_for_pickup"].click()
    texts = parcel_rows(window)
    assert texts[0] == "" and texts[-1].startswith("Delivered")  # never asked first, delivered last


def test_the_section_shows_the_carriers_timeline_and_the_partners_own_number(qtbot, start_app, world, opened_urls):
    controller = start_app()
    window = controller.window
    order = scenario_order(world, Scenario.PARTNER)
    show(qtbot, window, order.reference)
    section = window.detail.section_widgets["parcel"]
    parcel = controller.session.tracking.parcel_of(order)
    assert section.status_label.text().startswith("In transit · ")
    assert section.event_texts()[0].startswith(format_datetime(parcel.events[0].time))
    assert [text.split(" · ")[1] for text in section.event_texts()][-1] == "Déclaratif réceptionné (DR1)"
    assert "(ET3)" in section.event_texts()[0]  # newest first, the carrier's code kept and shown
    partner = parcel.partner
    assert partner is not None and partner.name in ("bpost", "Deutsche Post")
    assert partner.reference in section.partner_label.text()
    section.partner_button.click()
    assert partner.reference in opened_urls.urls[-1]
    assert ("bpost" in opened_urls.urls[-1]) == (partner.name == "bpost")
    sections = list(window.detail.section_widgets)
    assert sections[0] == "parcel"  # with the tracking, before the shop check


def test_pickup_advice_says_where_and_offers_the_message_in_the_customers_language(qtbot, start_app, world):
    controller = start_app()
    window = controller.window
    order = scenario_order(world, Scenario.PICKUP)
    point = controller.session.tracking.parcel_of(order).pickup_point.name
    show(qtbot, window, order.reference)
    advice = window.detail.advice_view
    assert point in advice.texts[0] and "identity document" in advice.texts[0]
    advice.message_button.click()
    dialog = controller.binder.tracking.message_dialog
    assert dialog is not None and dialog.isVisible()
    panel = dialog.panel
    assert panel.language == language_for(order)
    body = panel.body_field.toPlainText()
    assert point in body and order.latest_shipment.tracking_number.strip() in body
    panel.set_language("en")
    body = panel.body_field.toPlainText()
    assert "identity document" in body and f"Pickup point: {point}" in body
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == body


def test_the_delivered_case_quotes_the_carriers_delivery_event(qtbot, start_app, world):
    controller = start_app()
    window, tracking = controller.window, controller.session.tracking
    order = next(o for o in world.orders() if o.status is Status.DELIVERED and o.latest_shipment
                 and o.latest_shipment.carrier in LA_POSTE_FAMILY
                 and (p := tracking.parcel_of(o)) is not None and p.status is S.DELIVERED)
    event = delivery_event(tracking.parcel_of(order))
    show(qtbot, window, order.reference)
    advice = window.detail.advice_view.texts[0]
    assert f"delivered it on {format_datetime(event.time)}" in advice and "Distribué (DI1)" in advice
    assert "authoritative" in advice
    window.detail.case_actions.buttons["start-case-not_received"].click()
    confirm = controller.binder.cases.confirm_box
    next(button for button in confirm.buttons() if button.text() == "Open the case").click()
    dialog = next(iter(controller.binder.cases.dialogs.values()))
    summary = dialog.tracking_summary
    assert format_long_datetime(event.time) in summary
    assert "Distribué (DI1)" in summary and "authoritative" in summary


def test_refresh_now_asks_the_carrier_and_says_what_it_did(qtbot, start_app, world):
    controller = start_app()
    window = controller.window
    order = scenario_order(world, Scenario.OUT_FOR_DELIVERY)
    show(qtbot, window, order.reference)
    before = len(world.carriers.calls)
    with qtbot.waitSignal(controller.binder.tracking.refreshShown, timeout=15000):
        window.detail.section_widgets["parcel"].refresh_button.click()
        assert window.detail.section_widgets["parcel"].refresh_button.text() == "Refreshing…"
    section = window.detail.section_widgets["parcel"]
    assert section.note_label.text() == "La Poste Suivi answered just now."
    assert len(world.carriers.calls) == before + 1 and section.refresh_button.isEnabled()
    dhl = next(o for o in world.orders() if o.status is Status.SHIPPED and o.latest_shipment
               and o.latest_shipment.carrier.startswith("DHL"))
    show(qtbot, window, dhl.reference)
    section = window.detail.section_widgets["parcel"]
    assert not section.refresh_button.isEnabled()
    assert section.note_label.text() == "Follow this parcel here with a DHL Shipment Tracking key " \
                                        "(Settings > Carrier tracking)."


def test_without_keys_the_window_is_as_before(qtbot, start_app, world):
    controller = start_app(keys=())
    window, tracking = controller.window, controller.session.tracking
    qtbot.waitUntil(lambda: tracking.keys_loaded and window.table.isColumnHidden(Column.PARCEL), timeout=5000)
    assert not any(chip.isVisible() for chip in window.filter_bar.parcel_chips.values())
    order = scenario_order(world, Scenario.PICKUP)
    show(qtbot, window, order.reference)
    assert "parcel" not in window.detail.section_widgets
    assert world.carriers.calls == []
    assert not any("waits for your customer" in text for text in window.detail.advice_view.texts)  # TPOP's advice only
