"""Binds a session's carrier tracking to the window: the Parcel column and chips, the "parcel" section,
"Refresh now", the customer message for a parcel waiting at a pickup point, a notice for a refused key.

Without any key and nothing stored the window stays exactly as before: no chips, no section,
the Parcel column hidden.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tpop_desktop.core.messages import TemplateId
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelTracking, TrackingServiceId, filter_counts
from tpop_desktop.core.parcel_refresh import ServiceState, route_for
from tpop_desktop.session.session import Session
from tpop_desktop.session.tracking import ParcelUpdate, TrackingService
from tpop_desktop.store.errors import StoreError
from tpop_desktop.sync.tracking_job import ManualRefresh
from tpop_desktop.ui.binders.connections import Connections
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.orders_model import Column, OrderTableModel
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.tracking.message_dialog import CustomerMessageDialog
from tpop_desktop.ui.tracking.section import ParcelSection
from tpop_desktop.ui.tracking.settings_page import CarrierTrackingPage
from tpop_desktop.ui.tracking.texts import manual_text, service_name, state_text

NOTICE_CARRIER_KEY = "carrier-key"
SETTINGS_PAGE = "carrier-tracking"
MESSAGE_MS = 15000


class TrackingBinder(QObject):
    settingsRequested = Signal()  # open Settings on the Carrier tracking page
    refreshShown = Signal(object)  # ManualRefresh, once the window shows its result

    def __init__(self, window: MainWindow, session: Session, model: OrderTableModel) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.tracking: TrackingService = session.tracking
        self.model = model
        self.notes: dict[str, str] = {}  # reference -> what its last manual refresh did
        self.message_dialog: CustomerMessageDialog | None = None
        self._active: bool | None = None  # tracking in use (a key, or answers stored); None: not known yet
        self._links = Connections()
        link = self._links.connect
        link(self.tracking.parcelsChanged, self._on_parcels)
        link(self.tracking.countsChanged, self._on_counts)
        link(self.tracking.keysChanged, self._on_keys)
        link(self.tracking.statusChanged, self._on_status)
        link(self.tracking.keyRejected, self._on_rejected)
        link(self.tracking.manualDone, self._on_manual)
        link(window.detail.messageRequested, self.open_message)
        window.detail.set_section("parcel", self)

    # -- the detail pane's section ----------------------------------------------------------------

    def parcel_of(self, order: Order) -> ParcelTracking | None:
        return self.tracking.parcel_of(order)

    def section_for(self, order: Order) -> QWidget | None:
        shipment = order.latest_shipment
        if shipment is None or not shipment.tracking_number.strip():
            return None
        parcel = self.parcel_of(order)
        if parcel is None and not self.tracking.has_keys():
            return None  # no key: the tracking links say everything, as before
        route = route_for(shipment.carrier, shipment.tracking_number)
        service = route.service if route is not None else None
        note = self.notes.get(order.reference, "")
        can_refresh = service is not None and self.tracking.has_key(service)
        if service is not None and not can_refresh and not note:
            note = tr("Follow this parcel here with a {service} key (Settings > Carrier tracking).").format(
                service=service_name(service))
        elif service is not None and not note:
            status = self.tracking.statuses[service]
            if status.state is not ServiceState.READY:
                note = state_text(service, status.state, status.until, status.detail)
        section = ParcelSection(order, parcel, service, note=note, busy=order.reference in self.tracking.refreshing,
                                can_refresh=can_refresh)
        section.refreshRequested.connect(self.refresh_one)
        section.linkOpened.connect(self.window.detail.linkOpened)
        return section

    def timeline_for(self, reference: str) -> list[tuple[datetime, str]]:
        return []  # the carrier's scans have their own list in the section

    def refresh_one(self, reference: str) -> None:
        self.notes.pop(reference, None)
        self.tracking.refresh_one(reference)
        self.window.redisplay_detail()  # "Refreshing…"

    def _on_manual(self, result: ManualRefresh) -> None:
        self.notes[result.reference] = manual_text(result)
        shown = self.window.detail.order
        if shown is not None and shown.reference == result.reference:
            self.window.redisplay_detail()
        else:
            self.window.show_message(self.notes[result.reference], MESSAGE_MS)
        self.refreshShown.emit(result)

    # -- the table -------------------------------------------------------------------------------

    def _on_parcels(self, update: ParcelUpdate) -> None:
        self.model.refresh(update.references)
        shown = self.window.detail.order
        if shown is not None and shown.reference in update.references:
            self.window.redisplay_detail()

    def _on_counts(self, _counts: object) -> None:
        self._follow_activity()

    def _on_keys(self) -> None:
        self._follow_activity()
        self.window.redisplay_detail()

    def _follow_activity(self) -> None:
        """Chips and the Parcel column once tracking is in use; hidden (as before) when it is not."""
        active = self.tracking.has_keys() or self.tracking.has_parcels()
        header = self.window.table.horizontalHeader()
        if self._active is None and not active:
            header.setSectionHidden(Column.PARCEL, True)  # an empty column would only take room
        elif self._active is False and active:
            self.window.columns.set_column_visible(Column.PARCEL, True)
        self._active = active
        self.window.filter_bar.set_parcel_counts(filter_counts(self.tracking.counts) if active else None)

    # -- states ------------------------------------------------------------------------------------

    def _on_rejected(self, services: tuple[TrackingServiceId, ...]) -> None:
        names = ", ".join(service_name(service) for service in services)
        notice = self.window.notice
        if notice.key in ("", NOTICE_CARRIER_KEY):  # never over the keyring's or the token's notice
            notice.show_notice(NOTICE_CARRIER_KEY, tr("{services} refused your tracking key: the parcels it follows "
                                                      "are not refreshed until you paste a new key.").format(
                services=names), tr("Carrier tracking settings…"), self.settingsRequested.emit)

    def _on_status(self) -> None:
        rejected = [s for s, status in self.tracking.statuses.items() if status.state is ServiceState.KEY_REJECTED]
        if not rejected:
            self.window.notice.clear(NOTICE_CARRIER_KEY)

    def settings_page(self) -> CarrierTrackingPage:
        return CarrierTrackingPage(self.tracking)

    # -- the customer message ----------------------------------------------------------------------

    def open_message(self, reference: str, template_id: str) -> CustomerMessageDialog | None:
        try:
            order = self.session.orders.order(reference)
        except StoreError as error:
            self.window.show_message(tr("The order could not be read: {error}").format(error=error), MESSAGE_MS)
            return None
        if order is None:
            return None
        if self.message_dialog is not None:
            self.message_dialog.close()
            self.message_dialog.deleteLater()
        estimate = self.session.insights.estimate_for(reference)
        self.message_dialog = CustomerMessageDialog(order, self.parcel_of(order), self.session.cases.templates,
                                                    (TemplateId(template_id),), self.window,
                                                    expected_by=estimate.expected_by if estimate else None)
        self.message_dialog.show()
        self.message_dialog.raise_()
        return self.message_dialog

    # -- the end ---------------------------------------------------------------------------------------

    def unbind(self) -> None:
        self._links.disconnect_all()
        self.window.detail.set_section("parcel", None)
        self.window.notice.clear(NOTICE_CARRIER_KEY)
        self.window.filter_bar.set_parcel_counts(None)
        if self.message_dialog is not None:
            self.message_dialog.close()
            self.message_dialog.deleteLater()
            self.message_dialog = None
        self.deleteLater()
