"""A message for a customer about a parcel on its way (it waits at a pickup point; when it should arrive),
in their language, to copy or mail."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tpop_desktop.core.messages import TemplateId
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelTracking
from tpop_desktop.core.text import display_text
from tpop_desktop.templates import TemplateLibrary
from tpop_desktop.ui.cases.message_panel import MessagePanel
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label


class CustomerMessageDialog(QDialog):
    """Non-modal, like the case dialog: the merchant keeps the orders window usable."""

    def __init__(self, order: Order, parcel: ParcelTracking | None, library: TemplateLibrary,
                 template_ids: tuple[TemplateId, ...] = (TemplateId.PICKUP_COLLECT,),
                 parent: QWidget | None = None, *, expected_by: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer-message-dialog")
        self.setModal(False)
        self.setWindowTitle(tr("Message to the customer · order {reference}").format(
            reference=display_text(order.reference)))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        customer = order.customer.name or tr("your customer")
        if TemplateId.IN_TRANSIT_EXPECTED in template_ids:
            intro = tr("Tell {customer} when the parcel usually arrives, from your own parcels.").format(
                customer=customer)
        else:
            intro = tr("Tell {customer} where the parcel waits and what to bring to collect it.").format(
                customer=customer)
        layout.addWidget(plain_label(intro))
        self.panel = MessagePanel(order, library, parcel=parcel, expected_by=expected_by)
        self.panel.set_templates([template.value for template in template_ids])
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
