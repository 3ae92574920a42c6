"""The "Shops" dialog: connect each shop, and see paid shop orders missing in TPOP.

The form of each platform comes from its registry entry (``connectors.platforms``): an
address field and its secret fields. "Test connection" runs in the background and names
what is wrong (wrong token, missing permission, not a WooCommerce site); "Save" puts the
secret in the keyring and only the address in settings, through the shop service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.connectors.platforms import (
    CONTEXT,
    PLATFORMS,
    ShopAccess,
    ShopPlatform,
)
from tpop_desktop.connectors.shops import MissingScopeError, ShopConnection
from tpop_desktop.core.models import Platform
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.credentials import KeyringState
from tpop_desktop.session.shops import ShopService, ShopsSnapshot
from tpop_desktop.ui.account_texts import keyring_error_text
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.shops.texts import (
    connection_warning_text,
    failure_text,
    not_connectable_text,
)
from tpop_desktop.ui.texts import platform_label, tr
from tpop_desktop.ui.widgets import heading_label, plain_label

ShopId = Qt.ItemDataRole.UserRole + 1
ERROR_KINDS = ("MissingScopeError", "NotAShopError", "AuthError", "ForbiddenError", "NetworkError",
               "RateLimitedError", "ServerError", "PayloadError", "ValueError")


class PlatformForm(QWidget):
    """The address and secret fields of one platform, as its registry entry describes them."""

    def __init__(self, entry: ShopPlatform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        form = QFormLayout(self)
        self.address = QLineEdit()
        self.address.setPlaceholderText(entry.address_placeholder)
        form.addRow(QCoreApplication.translate(CONTEXT, entry.address_label), self.address)
        self.secrets: dict[str, QLineEdit] = {}
        for secret in entry.secret_fields:
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setObjectName(f"secret-{secret.name}")
            form.addRow(QCoreApplication.translate(CONTEXT, secret.label), field)
            self.secrets[secret.name] = field

    def fields(self) -> list[QLineEdit]:
        return [self.address, *self.secrets.values()]

    def clear_secrets(self) -> None:
        for field in self.secrets.values():
            field.clear()

    def access(self, shop_id: str) -> ShopAccess | None:
        address = self.address.text().strip()
        secret = {name: field.text().strip() for name, field in self.secrets.items()}
        if not address or not all(secret.values()):
            return None
        return ShopAccess(shop_id, self.entry.platform, address, secret)


class ShopsDialog(QDialog):
    """One shop at a time; ``connectionSaved``/``connectionRemoved`` carry the shop id."""

    connectionSaved = Signal(str)
    connectionRemoved = Signal(str)

    def __init__(self, shops: ShopService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Shops"))
        self.resize(760, 560)
        self._shops = shops
        self._snapshot = shops.snapshot
        self._tested: ShopAccess | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Connect your shops so the app can check every day that your shop "
                                        "orders hold TPOP's tracking.")))
        row = QHBoxLayout()
        self.shop_list = QListWidget()
        self.shop_list.setObjectName("shop-list")
        row.addWidget(self.shop_list, 2)
        row.addWidget(self._build_form(), 3)
        layout.addLayout(row, 1)
        layout.addWidget(self._build_missing())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.shop_list.currentItemChanged.connect(lambda _now, _before: self._show_selected())
        self.refresh(shops.snapshot)

    # -- building ------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.shop_title = heading_label("")
        layout.addWidget(self.shop_title)
        self.pages = QStackedWidget()
        self.forms: dict[Platform, PlatformForm] = {}
        for platform, entry in PLATFORMS.items():
            form = PlatformForm(entry)
            for field in form.fields():
                field.textEdited.connect(lambda _text: self._forget_test())
            self.forms[platform] = form
            self.pages.addWidget(form)
        self.not_connectable_label = plain_label("")
        self.not_connectable_label.setObjectName("not-connectable")
        self.pages.addWidget(self.not_connectable_label)
        layout.addWidget(self.pages)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.remove_button = QPushButton(tr("Remove connection"))
        self.remove_button.clicked.connect(self.remove)
        for button in (self.test_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.result_label = plain_label("")
        self.result_label.setObjectName("shop-connect-result")
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        return box

    def _build_missing(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(tr("Missing in TPOP")))
        layout.addWidget(plain_label(tr(
            "Paid shop orders with TPOP products that never reached TPOP. Usual causes: the product was "
            "duplicated or changed outside TPOP (it is no longer linked), its SKU or variants were edited, or in "
            "Shopify the order was fulfilled automatically (choose \"Do not automatically fulfill any of the "
            "order's line items\"). Place these orders by hand in TPOP.")))
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing-in-tpop")
        self.missing_list.setMaximumHeight(120)
        layout.addWidget(self.missing_list)
        self.manual_order_button = QPushButton(tr("Place a manual order in TPOP"))
        self.manual_order_button.clicked.connect(lambda: open_external(MANUAL_ORDER_URL))
        layout.addWidget(self.manual_order_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- showing --------------------------------------------------------------------------

    def refresh(self, snapshot: ShopsSnapshot) -> None:
        """The shops known from the orders, their connection state, and what is missing in TPOP."""
        self._snapshot = snapshot
        current = self.current_shop()
        known = [shop_id for shop_id, _name, _platform in snapshot.known]
        listed = [self.shop_list.item(row).data(ShopId) for row in range(self.shop_list.count())]
        if known != listed:
            self.shop_list.blockSignals(True)
            self.shop_list.clear()
            for shop_id in known:
                item = QListWidgetItem()
                item.setData(ShopId, shop_id)
                self.shop_list.addItem(item)
            self.shop_list.blockSignals(False)
        self._label_shops()
        if current in known:
            self.select_shop(current)
        elif self.shop_list.count() and self.shop_list.currentRow() < 0:
            self.shop_list.setCurrentRow(0)
        self._set_missing()

    def _names(self) -> dict[str, str]:
        return {shop_id: name for shop_id, name, _platform in self._snapshot.known}

    def _platforms(self) -> dict[str, Platform]:
        return {shop_id: platform for shop_id, _name, platform in self._snapshot.known}

    def _label_shops(self) -> None:
        connections = self._shops.connections()
        names, platforms = self._names(), self._platforms()
        for row in range(self.shop_list.count()):
            item = self.shop_list.item(row)
            shop_id = item.data(ShopId)
            platform = platforms[shop_id]
            if platform not in PLATFORMS:
                state = tr("not connectable")
            elif shop_id in self._snapshot.failures:
                state = tr("connected, last read failed")
            elif shop_id in connections:
                state = tr("connected")
            else:
                state = tr("not connected")
            item.setText(f"{names[shop_id]} · {platform_label(platform)} · {state}")

    def _set_missing(self) -> None:
        self.missing_list.clear()
        names = self._names()
        for check in self._snapshot.not_in_tpop:
            name = names.get(check.shop_id, check.shop_id)
            self.missing_list.addItem(tr("{shop}: order {number}").format(shop=name, number=check.shop_order_number))
        if not self._snapshot.not_in_tpop:
            self.missing_list.addItem(tr("None found."))

    def current_shop(self) -> str | None:
        item = self.shop_list.currentItem()
        return item.data(ShopId) if item is not None else None

    def select_shop(self, shop_id: str) -> None:
        for row in range(self.shop_list.count()):
            if self.shop_list.item(row).data(ShopId) == shop_id:
                self.shop_list.setCurrentRow(row)

    def current_form(self) -> PlatformForm | None:
        shop_id = self.current_shop()
        return self.forms.get(self._platforms().get(shop_id)) if shop_id else None  # type: ignore[arg-type]

    def _show_selected(self) -> None:
        shop_id = self.current_shop()
        self._forget_test()
        self.result_label.setText("")
        if shop_id is None:
            return
        platform = self._platforms()[shop_id]
        self.shop_title.setText(f"{self._names()[shop_id]} ({platform_label(platform)})")
        info = self._shops.connections().get(shop_id)
        form = self.forms.get(platform)
        for button in (self.test_button, self.save_button, self.remove_button):
            button.setVisible(form is not None)
        self.remove_button.setEnabled(info is not None)
        if form is None:
            self.not_connectable_label.setText(not_connectable_text(platform))
            self.pages.setCurrentWidget(self.not_connectable_label)
            return
        form.clear_secrets()
        form.address.setText(info.address if info else "")
        self.pages.setCurrentWidget(form)
        failure = self._snapshot.failures.get(shop_id)
        if info is not None:
            self.result_label.setText(failure_text(failure) if failure else
                                      tr("Connected. Enter the secret again only to change it."))

    # -- testing and saving ---------------------------------------------------------------

    def _forget_test(self) -> None:
        self._tested = None
        self.save_button.setEnabled(False)

    def test_connection(self) -> None:
        shop_id, form = self.current_shop(), self.current_form()
        access = form.access(shop_id) if form is not None and shop_id is not None else None
        self._forget_test()
        if access is None:
            self.result_label.setText(tr("Fill in the address and every secret field first."))
            return
        self.result_label.setText(tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        self._shops.test_connection(access, lambda result: self._tested_ok(access, result), self._test_failed,
                                    context=self)

    def _tested_ok(self, access: ShopAccess, connection: ShopConnection) -> None:
        self.test_button.setEnabled(True)
        if access.shop_id != self.current_shop():
            return
        self._tested = access
        self.save_button.setEnabled(True)
        lines = [tr("Connected to {name}.").format(name=connection.shop_name or access.address)]
        lines += [tr("Warning: {text}").format(text=connection_warning_text(code)) for code in connection.warnings]
        self.result_label.setText("\n".join(lines))

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        missing = error.missing if isinstance(error, MissingScopeError) else ()
        names = [cls.__name__ for cls in type(error).__mro__]
        kind = next((name for name in names if name in ERROR_KINDS), "")
        self.result_label.setText(failure_text(kind, missing))

    def save(self) -> None:
        access = self._tested
        if access is None:
            return
        self.save_button.setEnabled(False)
        self.result_label.setText(tr("Saving the secret in your keyring…"))
        self._shops.save_connection(access, lambda: self._saved(access), self._keyring_failed, context=self)

    def _saved(self, access: ShopAccess) -> None:
        form = self.forms.get(access.platform)
        if form is not None:
            form.clear_secrets()
        self._tested = None
        self.remove_button.setEnabled(True)
        self._label_shops()
        self.result_label.setText(tr("Saved. The shop is checked after the next sync."))
        self.connectionSaved.emit(access.shop_id)

    def _keyring_failed(self, state: object) -> None:
        self.result_label.setText(keyring_error_text(state if isinstance(state, KeyringState) else KeyringState.BROKEN))
        self.save_button.setEnabled(self._tested is not None)

    def remove(self) -> None:
        shop_id = self.current_shop()
        if shop_id is None:
            return
        self._shops.remove_connection(shop_id, lambda: self._removed(shop_id), self._keyring_failed, context=self)

    def _removed(self, shop_id: str) -> None:
        self._label_shops()
        if shop_id == self.current_shop():
            self._show_selected()
        self.result_label.setText(tr("The connection was removed and its secret deleted from the keyring."))
        self.connectionRemoved.emit(shop_id)
