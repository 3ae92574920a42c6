"""The Shops dialog's form for one platform, built from its registry entry; and the product rule form.

``PlatformForm`` shows the address (when the platform has more than one) and the fields
the merchant types; for a platform that connects in the browser (Etsy) it first says how
to create one's own app and which callback addresses to register. ``ProductRuleForm``
says which of a shop's products are TPOP's (the default, every product, explained where
it is chosen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.connectors.platforms import CONTEXT, ShopAccess, ShopPlatform
from tpop_desktop.core.product_rule import ProductRule
from tpop_desktop.ui.shops.texts import etsy_setup_text
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label


class PlatformForm(QWidget):
    """The address and secret fields of one platform, as its registry entry describes them."""

    def __init__(self, entry: ShopPlatform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setup_label = plain_label("", selectable=True)
        self.setup_label.setObjectName("browser-setup")
        self.setup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        step = entry.browser_step
        if step is not None:
            self.setup_label.setText(etsy_setup_text(step.app_page_url, step.redirect_uris))
            layout.addWidget(self.setup_label)
        form = QFormLayout()
        layout.addLayout(form)
        self.address = QLineEdit()
        self.address.setPlaceholderText(entry.address_placeholder)
        if entry.address_required:
            form.addRow(QCoreApplication.translate(CONTEXT, entry.address_label), self.address)
        else:
            self.address.hide()  # one address (Etsy's own, or the demo's sandbox): set by the dialog
        self.secrets: dict[str, QLineEdit] = {}
        for secret in entry.secret_fields:
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setObjectName(f"secret-{secret.name}")
            form.addRow(QCoreApplication.translate(CONTEXT, secret.label), field)
            self.secrets[secret.name] = field

    @property
    def connects_in_browser(self) -> bool:
        return self.entry.browser_step is not None

    def fields(self) -> list[QLineEdit]:
        return [self.address, *self.secrets.values()]

    def clear_secrets(self) -> None:
        for field in self.secrets.values():
            field.clear()

    def has_secrets(self) -> bool:
        """Something was typed into a secret field (a change the merchant wants to test)."""
        return any(field.text().strip() for field in self.secrets.values())

    def typed(self) -> dict[str, str] | None:
        """The typed secret fields, or None while one is empty."""
        secret = {name: field.text().strip() for name, field in self.secrets.items()}
        return secret if all(secret.values()) else None

    def access(self, shop_id: str, rule: ProductRule = ProductRule()) -> ShopAccess | None:
        address = self.address.text().strip()
        secret = self.typed()
        if (self.entry.address_required and not address) or secret is None:
            return None
        return ShopAccess(shop_id, self.entry.platform, address, secret, rule)


def _entries(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ProductRuleForm(QGroupBox):
    """Which products are TPOP's, for one shop: all of them, or those whose vendor, SKU prefix or tag matches."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Which products are TPOP's"), parent)
        self.setObjectName("product-rule")
        layout = QVBoxLayout(self)
        self.all_button = QRadioButton(tr("All products"))
        self.all_button.setObjectName("rule-all")
        self.matching_button = QRadioButton(tr("Only products whose vendor, SKU or tag matches:"))
        self.matching_button.setObjectName("rule-matching")
        group = QButtonGroup(self)
        for button in (self.all_button, self.matching_button):
            group.addButton(button)
            layout.addWidget(button)
        self.default_label = plain_label(tr(
            "All products is the default: most TPOP merchants sell only TPOP products. If your shop also sells "
            "goods TPOP does not make, name what marks TPOP's, so that only their orders are listed and "
            "checked. Separate several entries with commas."))
        layout.insertWidget(1, self.default_label)
        form = QFormLayout()
        self.vendors, self.sku_prefixes, self.tags = QLineEdit(), QLineEdit(), QLineEdit()
        for field, label, name, hint in ((self.vendors, tr("Vendors"), "rule-vendors", "Atelier Lune"),
                                         (self.sku_prefixes, tr("SKU prefixes"), "rule-skus", "TP-"),
                                         (self.tags, tr("Tags"), "rule-tags", "tpop")):
            field.setObjectName(name)
            field.setPlaceholderText(hint)
            field.textEdited.connect(self._typed)
            form.addRow(label, field)
        layout.addLayout(form)
        self.all_button.toggled.connect(self._toggled)
        self.set_rule(ProductRule())

    def set_rule(self, rule: ProductRule) -> None:
        self.vendors.setText(", ".join(rule.vendors))
        self.sku_prefixes.setText(", ".join(rule.sku_prefixes))
        self.tags.setText(", ".join(rule.tags))
        (self.all_button if rule.all_products else self.matching_button).setChecked(True)
        self._enable()

    def rule(self) -> ProductRule:
        if self.all_button.isChecked():
            return ProductRule()
        return ProductRule.of(vendors=_entries(self.vendors.text()), sku_prefixes=_entries(self.sku_prefixes.text()),
                              tags=_entries(self.tags.text()))

    def _typed(self, _text: str) -> None:
        self.matching_button.setChecked(True)
        self.edited.emit()

    def _toggled(self, _checked: bool) -> None:
        self._enable()
        self.edited.emit()

    def _enable(self) -> None:
        for field in (self.vendors, self.sku_prefixes, self.tags):
            field.setEnabled(not self.all_button.isChecked())
