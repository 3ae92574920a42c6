"""The confirmation before writing to a shop: exactly what will be written, and who is told.

Built from ``describe_fix`` plans (one per order); nothing is written until OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.sync.shop_sync import FixPlan
from tpop_desktop.ui.shops.texts import fix_blocker_text, fix_kind_text
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label

# Where the platform lets the merchant choose whether the customer gets an email.
NOTIFY_CHOICE = frozenset({FixKind.UPDATE_FULFILLMENT_TRACKING, FixKind.CREATE_FULFILLMENT,
                           FixKind.ADD_CUSTOMER_NOTE})


def describe_plan(plan: FixPlan, notify: bool) -> str:
    """The plan in plain words: order, what is written, what is replaced, whether the customer is told."""
    lines = [tr("Shop order {number} (TPOP order {reference})").format(
        number=plan.shop_order_number, reference=plan.reference or "-")]
    if not plan.possible or plan.tracking is None:
        lines.append("  " + tr("Skipped: {reason}").format(reason=fix_blocker_text(plan.blocker)))
        return "\n".join(lines)
    lines.append("  " + fix_kind_text(plan.kind))
    lines.append("  " + tr("Tracking number: {number}").format(number=plan.tracking.number))
    lines.append("  " + tr("Carrier: {carrier}").format(carrier=plan.tracking.company or "-"))
    lines.append("  " + tr("Tracking link: {url}").format(url=plan.tracking.url or "-"))
    if plan.replaces:
        lines.append("  " + tr("Replaces: {numbers}").format(numbers=", ".join(t.number for t in plan.replaces)))
    if plan.note_text:
        lines.append("  " + tr("Note text: {text}").format(text=plan.note_text))
    if plan.kind in NOTIFY_CHOICE:
        lines.append("  " + (tr("Your customer will be notified by the shop.") if notify
                             else tr("Your customer will not be notified.")))
    else:
        lines.append("  " + tr("The shop does not notify your customer for this change."))
    return "\n".join(lines)


class FixConfirmDialog(QDialog):
    """OK writes the possible plans; the checkbox says whether the shop notifies the customer."""

    def __init__(self, plans: list[FixPlan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add TPOP's tracking to the shop order"))
        self.resize(560, 420)
        self.plans = plans
        possible = [plan for plan in plans if plan.possible]
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("The app will write TPOP's tracking into %n shop order(s):", None,
                                        len(possible))))
        self.details = QPlainTextEdit()
        self.details.setObjectName("fix-details")
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        self.notify_box = QCheckBox(tr("Notify the customer"))
        self.notify_box.setChecked(True)
        self.notify_box.setVisible(any(plan.kind in NOTIFY_CHOICE for plan in possible))
        self.notify_box.toggled.connect(lambda _on: self._show())
        layout.addWidget(self.notify_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(possible))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show()

    def notify_customer(self) -> bool:
        return not self.notify_box.isHidden() and self.notify_box.isChecked()

    def _show(self) -> None:
        notify = self.notify_box.isChecked()
        self.details.setPlainText("\n\n".join(describe_plan(plan, notify) for plan in self.plans))
