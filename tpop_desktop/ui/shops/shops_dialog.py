"""The "Shops" dialog: connect each Shopify or WooCommerce shop, and see orders missing in TPOP.

"Test connection" runs in the background and names what is wrong (wrong token, missing
permission, not a WooCommerce site); "Save" puts the secret in the keyring and only the
address in settings. Etsy and TPOP shops are listed as not connectable, with why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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

from tpop_desktop.connectors.shops import MissingScopeError, ShopConnection
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import ShopCheck
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.credentials import CredentialsError, CredentialStore, KeyringState, shop_user
from tpop_desktop.settings import Settings
from tpop_desktop.sync.shop_job import CONNECTABLE, ShopAccess
from tpop_desktop.ui.background import run_in_background
from tpop_desktop.ui.connect_dialog import keyring_error_text
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.shops.connections import (
    ShopConnectionInfo,
    load_connections,
    remove_connection,
    save_connection,
    secret_text,
)
from tpop_desktop.ui.shops.texts import connection_warning_text, failure_text, not_connectable_text
from tpop_desktop.ui.texts import platform_label, tr
from tpop_desktop.ui.widgets import heading_label, plain_label

ShopId = Qt.ItemDataRole.UserRole + 1


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ShopsDialog(QDialog):
    """One shop at a time; ``connectionSaved``/``connectionRemoved`` carry the shop id."""

    connectionSaved = Signal(str)
    connectionRemoved = Signal(str)

    def __init__(self, shops: list[tuple[str, str, Platform]], settings: Settings, credentials: CredentialStore,
                 read_failures: Callable[[], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Shops"))
        self.resize(760, 560)
        self._settings = settings
        self._credentials = credentials
        self._read_failures = read_failures
        self._platforms = {shop_id: platform for shop_id, _name, platform in shops}
        self._names = {shop_id: name for shop_id, name, _platform in shops}
        self._tested: ShopAccess | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Connect your shops so the app can check every day that your shop "
                                        "orders hold TPOP's tracking.")))
        row = QHBoxLayout()
        self.shop_list = QListWidget()
        self.shop_list.setObjectName("shop-list")
        for shop_id, name, platform in shops:
            item = QListWidgetItem()
            item.setData(ShopId, shop_id)
            self.shop_list.addItem(item)
        row.addWidget(self.shop_list, 2)
        row.addWidget(self._build_form(), 3)
        layout.addLayout(row, 1)
        layout.addWidget(self._build_missing())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.shop_list.currentItemChanged.connect(lambda _now, _before: self._show_selected())
        self.refresh_list()
        if self.shop_list.count():
            self.shop_list.setCurrentRow(0)

    # -- building ------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.shop_title = heading_label("")
        layout.addWidget(self.shop_title)
        self.pages = QStackedWidget()
        shopify = QWidget()
        form = QFormLayout(shopify)
        self.shopify_domain = QLineEdit()
        self.shopify_domain.setPlaceholderText("your-shop.myshopify.com")
        self.shopify_token = _secret_field()
        form.addRow(tr("Shop domain"), self.shopify_domain)
        form.addRow(tr("Admin API access token"), self.shopify_token)
        woo = QWidget()
        form = QFormLayout(woo)
        self.woo_url = QLineEdit()
        self.woo_url.setPlaceholderText("https://www.example.com")
        self.woo_key = _secret_field()
        self.woo_secret = _secret_field()
        form.addRow(tr("Site URL"), self.woo_url)
        form.addRow(tr("Consumer key"), self.woo_key)
        form.addRow(tr("Consumer secret"), self.woo_secret)
        self.not_connectable_label = plain_label("")
        self.not_connectable_label.setObjectName("not-connectable")
        for page in (shopify, woo, self.not_connectable_label):
            self.pages.addWidget(page)
        layout.addWidget(self.pages)
        for field in (self.shopify_domain, self.shopify_token, self.woo_url, self.woo_key, self.woo_secret):
            field.textEdited.connect(lambda _text: self._forget_test())
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

    def set_missing(self, checks: list[ShopCheck]) -> None:
        self.missing_list.clear()
        for check in checks:
            name = self._names.get(check.shop_id, check.shop_id)
            self.missing_list.addItem(tr("{shop}: order {number}").format(shop=name, number=check.shop_order_number))
        if not checks:
            self.missing_list.addItem(tr("None found."))

    def refresh_list(self) -> None:
        connections = load_connections(self._settings)
        failures = self._read_failures()
        for row in range(self.shop_list.count()):
            item = self.shop_list.item(row)
            shop_id = item.data(ShopId)
            platform = self._platforms[shop_id]
            if platform not in CONNECTABLE:
                state = tr("not connectable")
            elif shop_id in failures:
                state = tr("connected, last read failed")
            elif shop_id in connections:
                state = tr("connected")
            else:
                state = tr("not connected")
            item.setText(f"{self._names[shop_id]} · {platform_label(platform)} · {state}")

    def current_shop(self) -> str | None:
        item = self.shop_list.currentItem()
        return item.data(ShopId) if item is not None else None

    def select_shop(self, shop_id: str) -> None:
        for row in range(self.shop_list.count()):
            if self.shop_list.item(row).data(ShopId) == shop_id:
                self.shop_list.setCurrentRow(row)

    def _show_selected(self) -> None:
        shop_id = self.current_shop()
        self._forget_test()
        self.result_label.setText("")
        if shop_id is None:
            return
        platform = self._platforms[shop_id]
        self.shop_title.setText(f"{self._names[shop_id]} ({platform_label(platform)})")
        info = load_connections(self._settings).get(shop_id)
        connectable = platform in CONNECTABLE
        for button in (self.test_button, self.save_button, self.remove_button):
            button.setVisible(connectable)
        self.remove_button.setEnabled(info is not None)
        for field in (self.shopify_token, self.woo_key, self.woo_secret):
            field.clear()
        if platform is Platform.SHOPIFY:
            self.pages.setCurrentIndex(0)
            self.shopify_domain.setText(info.address if info else "")
        elif platform is Platform.WOOCOMMERCE:
            self.pages.setCurrentIndex(1)
            self.woo_url.setText(info.address if info else "")
        else:
            self.not_connectable_label.setText(not_connectable_text(platform))
            self.pages.setCurrentIndex(2)
        failure = self._read_failures().get(shop_id)
        if info is not None:
            self.result_label.setText(failure_text(failure) if failure else
                                      tr("Connected. Enter the secret again only to change it."))

    # -- testing and saving ---------------------------------------------------------------

    def _forget_test(self) -> None:
        self._tested = None
        self.save_button.setEnabled(False)

    def _access(self) -> ShopAccess | None:
        shop_id = self.current_shop()
        if shop_id is None:
            return None
        platform = self._platforms[shop_id]
        if platform is Platform.SHOPIFY:
            address, secret = self.shopify_domain.text().strip(), {"access_token": self.shopify_token.text().strip()}
        elif platform is Platform.WOOCOMMERCE:
            address = self.woo_url.text().strip()
            secret = {"consumer_key": self.woo_key.text().strip(), "consumer_secret": self.woo_secret.text().strip()}
        else:
            return None
        if not address or not all(secret.values()):
            return None
        return ShopAccess(shop_id, platform, address, secret)

    def test_connection(self) -> None:
        access = self._access()
        self._forget_test()
        if access is None:
            self.result_label.setText(tr("Fill in the address and every secret field first."))
            return
        self.result_label.setText(tr("Testing the connection…"))
        self.test_button.setEnabled(False)

        def test() -> ShopConnection:
            connector = access.connector()
            try:
                return connector.test_connection()
            finally:
                connector.close()

        run_in_background(test, lambda result: self._tested_ok(access, result), self._test_failed)

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
        kind = next((n for n in names if n in ("MissingScopeError", "NotAShopError", "AuthError", "ForbiddenError",
                                                "NetworkError", "RateLimitedError", "ServerError", "PayloadError",
                                                "ValueError")), "")
        self.result_label.setText(failure_text(kind, missing))

    def save(self) -> None:
        access = self._tested
        if access is None:
            return
        self.save_button.setEnabled(False)
        self.result_label.setText(tr("Saving the secret in your keyring…"))
        text = secret_text(access.platform, access.secret)
        run_in_background(lambda: self._credentials.set(shop_user(access.shop_id), text),
                          lambda _none: self._saved(access), self._keyring_failed)

    def _saved(self, access: ShopAccess) -> None:
        save_connection(self._settings, ShopConnectionInfo(access.shop_id, access.platform, access.address))
        for field in (self.shopify_token, self.woo_key, self.woo_secret):
            field.clear()
        self._tested = None
        self.remove_button.setEnabled(True)
        self.refresh_list()
        self.result_label.setText(tr("Saved. The shop is checked after the next sync."))
        self.connectionSaved.emit(access.shop_id)

    def _keyring_failed(self, error: Exception) -> None:
        state = error.state if isinstance(error, CredentialsError) else KeyringState.BROKEN
        self.result_label.setText(keyring_error_text(state))
        self.save_button.setEnabled(self._tested is not None)

    def remove(self) -> None:
        shop_id = self.current_shop()
        if shop_id is None:
            return
        run_in_background(lambda: self._credentials.delete(shop_user(shop_id)),
                          lambda _none: self._removed(shop_id), self._keyring_failed)

    def _removed(self, shop_id: str) -> None:
        remove_connection(self._settings, shop_id)
        self.refresh_list()
        if shop_id == self.current_shop():
            self._show_selected()
        self.result_label.setText(tr("The connection was removed and its secret deleted from the keyring."))
        self.connectionRemoved.emit(shop_id)
