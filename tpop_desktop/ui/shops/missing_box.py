"""The Shops dialog's "Missing in TPOP" part: paid shop orders that never reached TPOP, and what to do."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import ShopCheck
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.shops.texts import grace_text
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import heading_label, plain_label


class MissingInTpop(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(tr("Missing in TPOP")))
        self.missing_text = plain_label(tr(
            "Paid shop orders with TPOP products that never reached TPOP. Usual causes: the product was "
            "duplicated or changed outside TPOP (it is no longer linked), its SKU or variants were edited, or in "
            "Shopify the order was fulfilled automatically (choose \"Do not automatically fulfill any of the "
            "order's line items\"). Place these orders by hand in TPOP.")
            + " " + grace_text(Platform.SHOPIFY) + " " + grace_text(Platform.ETSY))
        self.missing_text.setObjectName("missing-explanation")
        layout.addWidget(self.missing_text)
        self.no_tpop_label = plain_label(tr("Connect your TPOP account to see which shop orders never reached TPOP."))
        self.no_tpop_label.hide()
        layout.addWidget(self.no_tpop_label)
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing-in-tpop")
        self.missing_list.setMaximumHeight(120)
        layout.addWidget(self.missing_list)
        self.manual_order_button = QPushButton(tr("Place a manual order in TPOP"))
        self.manual_order_button.clicked.connect(lambda: open_external(MANUAL_ORDER_URL))
        layout.addWidget(self.manual_order_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_checks(self, checks: Iterable[ShopCheck], names: Mapping[str, str], *, tpop_connected: bool) -> None:
        self.missing_list.clear()
        for widget in (self.missing_text, self.missing_list, self.manual_order_button):
            widget.setVisible(tpop_connected)
        self.no_tpop_label.setVisible(not tpop_connected)
        if not tpop_connected:
            return
        listed = list(checks)
        for check in listed:
            name = names.get(check.shop_id, check.shop_id)
            self.missing_list.addItem(tr("{shop}: order {number}").format(shop=name, number=check.shop_order_number))
        if not listed:
            self.missing_list.addItem(tr("None found."))
