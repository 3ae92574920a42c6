"""The detail pane's "Shop" section: the order's shop check, why, how to prevent it, the fix button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.shop_checks import FIXABLE_STATES, ShopAdvice, ShopCheck, ShopState
from tpop_desktop.ui.shops.texts import (
    advice_text,
    failure_text,
    missing_reason_text,
    shop_state_explanation,
    shop_state_label,
)
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import heading_label, plain_label

PREVENTION = (ShopAdvice.SHOPIFY_DO_NOT_AUTO_FULFILL, ShopAdvice.WOOCOMMERCE_NO_AUTO_COMPLETE,
              ShopAdvice.DO_NOT_CLOSE_ORDERS_BY_HAND)


class ShopSection(QWidget):
    """Shown only for orders that have a shop check; ``fixRequested`` carries the order reference."""

    fixRequested = Signal(str)

    def __init__(self, reference: str, check: ShopCheck, failure: str = "", busy: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shop-section")
        self.reference = reference
        self.check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(tr("Shop")))
        self.state_label = heading_label(shop_state_label(check.state))
        self.state_label.setObjectName("shop-state")
        layout.addWidget(self.state_label)
        lines = [shop_state_explanation(check.state)]
        reason = missing_reason_text(check.reason)
        if reason:
            lines.append(reason)
        if check.state is ShopState.UNKNOWN and failure:
            lines.append(failure_text(failure))
        if check.state is ShopState.TRACKING_DIFFERENT and check.shop_tracking:
            lines.append(tr("In the shop: {numbers}").format(numbers=", ".join(t.number for t in check.shop_tracking)))
        self.reason_label = plain_label("\n".join(lines))
        self.reason_label.setObjectName("shop-reason")
        layout.addWidget(self.reason_label)
        prevention = [advice_text(a) for a in check.advice if a in PREVENTION]
        self.prevention_label = plain_label("")
        self.prevention_label.setObjectName("shop-prevention")
        if prevention:
            self.prevention_label.setText(tr("To prevent it: {advice}").format(advice=" ".join(prevention)))
            layout.addWidget(self.prevention_label)
        self.fix_button = QPushButton(tr("Add TPOP's tracking to the shop order"))
        self.fix_button.setObjectName("shop-fix")
        self.fix_button.setVisible(check.state in FIXABLE_STATES)
        self.fix_button.setEnabled(check.fixable and not busy)
        self.fix_button.clicked.connect(lambda: self.fixRequested.emit(self.reference))
        layout.addWidget(self.fix_button)
