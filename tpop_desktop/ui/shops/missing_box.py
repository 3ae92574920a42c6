"""The Shops dialog's "Missing in TPOP" part: paid shop orders that never reached TPOP, and what to do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import ShopCheck
from tpop_desktop.core.text import display_text
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.ui.formatting import format_datetime
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.shops.texts import grace_text
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import heading_label, plain_label


PAGE_ROLE = Qt.ItemDataRole.UserRole  # a listed order's page in its shop's admin ("" when none)


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
        self.missing_list.currentRowChanged.connect(self._on_current)
        layout.addWidget(self.missing_list)
        row = QHBoxLayout()
        self.manual_order_button = QPushButton(tr("Place a manual order in TPOP"))
        self.manual_order_button.clicked.connect(lambda: open_external(MANUAL_ORDER_URL))
        row.addWidget(self.manual_order_button)
        self.admin_button = QPushButton(tr("Open the order in the shop's admin"))
        self.admin_button.setObjectName("missing-open-admin")
        self.admin_button.setEnabled(False)
        self.admin_button.clicked.connect(self._open_admin)
        row.addWidget(self.admin_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_checks(self, checks: Sequence[ShopCheck], names: Mapping[str, str], *, tpop_connected: bool,
                    pages: Sequence[str] = ()) -> None:
        """``pages``: each listed order's page in its shop's admin ("" offers none)."""
        self.missing_list.clear()
        for widget in (self.missing_text, self.missing_list, self.manual_order_button, self.admin_button):
            widget.setVisible(tpop_connected)
        self.no_tpop_label.setVisible(not tpop_connected)
        self.admin_button.setEnabled(False)
        if not tpop_connected:
            return
        for index, check in enumerate(checks):
            item = QListWidgetItem(missing_line(check, names.get(check.shop_id, check.shop_id)))
            item.setData(PAGE_ROLE, pages[index] if index < len(pages) else "")
            self.missing_list.addItem(item)
        if not checks:
            self.missing_list.addItem(tr("None found."))

    def _page(self) -> str:
        item = self.missing_list.currentItem()
        return (item.data(PAGE_ROLE) or "") if item is not None else ""

    def _on_current(self, _row: int) -> None:
        self.admin_button.setEnabled(bool(self._page()))

    def _open_admin(self) -> None:
        if self._page():
            open_external(self._page())


def missing_line(check: ShopCheck, shop: str) -> str:
    """One listed order: the shop and its number, when it was placed, for whom and for how much (where
    the shop's answer says: Etsy's receipts carry their total; the Shopify and WooCommerce answers
    the app reads do not)."""
    parts = [tr("{shop}: order {number}").format(shop=display_text(shop), number=display_text(check.shop_order_number))]
    if check.ordered_at is not None:
        parts.append(tr("placed {date}").format(date=format_datetime(check.ordered_at)))
    if check.customer_name:
        parts.append(display_text(check.customer_name))
    if check.total is not None:
        parts.append(QLocale().toCurrencyString(float(check.total.value), display_text(check.total.currency, 8)))
    return " · ".join(parts)
