"""The "Shops" dialog: connect each shop, say which products are TPOP's, see paid orders missing in TPOP.

The list holds the shops TPOP's orders name, the shops connected, and a shop being added
("Add a shop"). The form of each platform comes from its registry entry
(``connectors.platforms``). "Test connection" runs in the background and names what is
wrong; "Save" puts the secret in the keyring and only the address, name and product rule
in settings. A platform that connects in the browser (Etsy) has "Connect with Etsy…"
instead: the browser step runs in the background with a visible Cancel, and nothing is
saved unless it succeeds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.connectors.platforms import PLATFORMS, ShopAccess
from tpop_desktop.connectors.shops import MissingScopeError, ShopConnection
from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import ProductRule, ProductRuleError
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.credentials import KeyringState
from tpop_desktop.session.shop_browser import BrowserConnect, BrowserConnected
from tpop_desktop.session.shop_connections import ShopConnectionInfo
from tpop_desktop.session.shops import ShopService, ShopsSnapshot
from tpop_desktop.ui.account_texts import keyring_error_text
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.shops.platform_form import PlatformForm, ProductRuleForm
from tpop_desktop.ui.shops.texts import (
    browser_failure_text,
    connection_warning_text,
    failure_text,
    grace_text,
    not_connectable_text,
)
from tpop_desktop.ui.texts import platform_label, tr
from tpop_desktop.ui.widgets import heading_label, plain_label

ShopId = Qt.ItemDataRole.UserRole + 1
NEW_SHOP = "new:"  # list entries of shops being added: "new:<platform>"
ERROR_KINDS = ("MissingScopeError", "NotAShopError", "EtsyReconnectRequired", "EtsyKeyError", "AuthError",
               "ForbiddenError", "NetworkError", "RateLimitedError", "ServerError", "PayloadError", "ValueError")
__all__ = ["PlatformForm", "ShopsDialog"]


def error_kind_of(error: Exception) -> str:
    names = [cls.__name__ for cls in type(error).__mro__]
    return next((name for name in names if name in ERROR_KINDS), "")


class ShopsDialog(QDialog):
    """One shop at a time; ``connectionSaved``/``connectionRemoved`` carry the shop id."""

    connectionSaved = Signal(str)
    connectionRemoved = Signal(str)

    def __init__(self, shops: ShopService, parent: QWidget | None = None, *, tpop_connected: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Shops"))
        self.resize(820, 640)
        self._shops = shops
        self._snapshot = shops.snapshot
        self._tested: ShopAccess | None = None
        self._tested_name = ""
        self._pending: list[Platform] = []  # shops being added, not saved yet
        self._tpop_connected = tpop_connected
        self.browser: BrowserConnect | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Connect your shops: the app lists their orders with TPOP products and their "
                                        "tracking, and checks every day that they hold TPOP's tracking.")))
        row = QHBoxLayout()
        row.addWidget(self._build_list(), 2)
        row.addWidget(self._build_form(), 3)
        layout.addLayout(row, 1)
        layout.addWidget(self._build_missing())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.shop_list.currentItemChanged.connect(lambda _now, _before: self._show_selected())
        self.finished.connect(lambda _result: self.cancel_browser())
        self.refresh(shops.snapshot)

    # -- building ------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.shop_list = QListWidget()
        self.shop_list.setObjectName("shop-list")
        layout.addWidget(self.shop_list, 1)
        self.add_button = QPushButton(tr("Add a shop"))
        self.add_button.setObjectName("add-shop")
        self.add_menu = QMenu(self.add_button)
        for platform in PLATFORMS:
            action = self.add_menu.addAction(platform_label(platform))
            action.setObjectName(f"add-{platform.value}")
            action.triggered.connect(lambda _checked=False, p=platform: self.add_shop(p))
        self.add_button.setMenu(self.add_menu)
        layout.addWidget(self.add_button)
        return box

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
        self.connect_button = QPushButton(tr("Connect with Etsy…"))
        self.connect_button.setObjectName("connect-in-browser")
        self.connect_button.clicked.connect(self.connect_in_browser)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel-browser")
        self.cancel_button.clicked.connect(self.cancel_browser)
        self.cancel_button.hide()
        self.remove_button = QPushButton(tr("Remove connection"))
        self.remove_button.clicked.connect(self.remove)
        for button in (self.test_button, self.save_button, self.connect_button, self.cancel_button,
                       self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.result_label = plain_label("")
        self.result_label.setObjectName("shop-connect-result")
        layout.addWidget(self.result_label)
        self.rule_form = ProductRuleForm()
        self.rule_form.edited.connect(self._rule_edited)
        self.rule_button = QPushButton(tr("Apply to this shop"))
        self.rule_button.setObjectName("apply-rule")
        self.rule_button.clicked.connect(self.apply_rule)
        self.rule_form.layout().addWidget(self.rule_button)
        layout.addWidget(self.rule_form)
        layout.addStretch(1)
        return box

    def _build_missing(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
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
        """The shops known from the orders and the connections, their state, and what is missing in TPOP."""
        self._snapshot = snapshot
        current = self.current_shop()
        entries = self._entries()
        listed = [self.shop_list.item(row).data(ShopId) for row in range(self.shop_list.count())]
        if entries != listed:
            self.shop_list.blockSignals(True)
            self.shop_list.clear()
            for shop_id in entries:
                item = QListWidgetItem()
                item.setData(ShopId, shop_id)
                self.shop_list.addItem(item)
            self.shop_list.blockSignals(False)
        self._label_shops()
        if current in entries:
            self.select_shop(current)
        elif self.shop_list.count() and self.shop_list.currentRow() < 0:
            self.shop_list.setCurrentRow(0)
        if not entries:
            self._show_empty()
        self._set_missing()

    def _show_empty(self) -> None:
        """No shop listed yet (no TPOP account, nothing connected): say where to start."""
        self.shop_title.setText(tr("No shop yet"))
        self.not_connectable_label.setText(tr("Click \"Add a shop\" and choose your shop's platform: Shopify, "
                                              "WooCommerce or Etsy."))
        self.pages.setCurrentWidget(self.not_connectable_label)
        for widget in (self.test_button, self.save_button, self.connect_button, self.remove_button, self.rule_form):
            widget.hide()

    def _entries(self) -> list[str]:
        known = [shop_id for shop_id, _name, _platform in self._snapshot.known]
        connected = [shop_id for shop_id in self._shops.connections() if shop_id not in known]
        return [*known, *connected, *(NEW_SHOP + p.value for p in self._pending)]

    def _names(self) -> dict[str, str]:
        names = {shop_id: info.name or info.address for shop_id, info in self._shops.connections().items()}
        names.update({shop_id: name for shop_id, name, _platform in self._snapshot.known})
        names.update({NEW_SHOP + p.value: tr("New {platform} shop").format(platform=platform_label(p))
                      for p in self._pending})
        return names

    def _platforms(self) -> dict[str, Platform]:
        platforms = {shop_id: info.platform for shop_id, info in self._shops.connections().items()}
        platforms.update({shop_id: platform for shop_id, _name, platform in self._snapshot.known})
        platforms.update({NEW_SHOP + p.value: p for p in self._pending})
        return platforms

    def _label_shops(self) -> None:
        connections = self._shops.connections()
        names, platforms = self._names(), self._platforms()
        for row in range(self.shop_list.count()):
            item = self.shop_list.item(row)
            shop_id = item.data(ShopId)
            platform = platforms[shop_id]
            if shop_id.startswith(NEW_SHOP):
                state = tr("not saved yet")
            elif platform not in PLATFORMS:
                state = tr("not connectable")
            elif shop_id in self._snapshot.failures or shop_id in self._shops.read_failures:
                state = tr("connected, last read failed")
            elif shop_id in connections:
                state = tr("connected")
            else:
                state = tr("not connected")
            item.setText(f"{names.get(shop_id, shop_id)} · {platform_label(platform)} · {state}")

    def _set_missing(self) -> None:
        self.missing_list.clear()
        if not self._tpop_connected:
            self.missing_list.addItem(tr("Connect your TPOP account to see which shop orders never reached TPOP."))
            return
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

    def show_shop(self, shop_id: str) -> None:
        """Select the shop and show its form afresh (also when it was already selected)."""
        self.select_shop(shop_id)
        if self.current_shop() == shop_id:
            self._show_selected()

    def current_form(self) -> PlatformForm | None:
        shop_id = self.current_shop()
        return self.forms.get(self._platforms().get(shop_id)) if shop_id else None  # type: ignore[arg-type]

    def add_shop(self, platform: Platform) -> None:
        """A new entry for a shop TPOP does not list (or no TPOP account yet), selected, its form empty."""
        if platform not in self._pending:
            self._pending.append(platform)
        self.refresh(self._snapshot)
        self.select_shop(NEW_SHOP + platform.value)

    def _show_selected(self) -> None:
        shop_id = self.current_shop()
        self._forget_test()
        if self.browser is None or not self.browser.running:
            self.result_label.setText("")
        if shop_id is None:
            return
        platform = self._platforms()[shop_id]
        self.shop_title.setText(f"{self._names().get(shop_id, shop_id)} ({platform_label(platform)})")
        info = self._shops.connections().get(shop_id)
        form = self.forms.get(platform)
        in_browser = form is not None and form.connects_in_browser
        for button in (self.test_button, self.save_button):
            button.setVisible(form is not None and not in_browser)
        self.connect_button.setVisible(in_browser)
        self.connect_button.setText(tr("Connect with Etsy again…") if info is not None else tr("Connect with Etsy…"))
        self.remove_button.setVisible(form is not None)
        self.remove_button.setEnabled(info is not None)
        self.rule_form.setVisible(form is not None)
        self._show_rule(info)
        if form is None:
            self.not_connectable_label.setText(not_connectable_text(platform))
            self.pages.setCurrentWidget(self.not_connectable_label)
            return
        form.clear_secrets()
        form.address.setText(info.address if info else self._shops.default_addresses.get(platform, ""))
        self.pages.setCurrentWidget(form)
        failure = self._snapshot.failures.get(shop_id) or self._shops.read_failures.get(shop_id)
        if info is not None and (self.browser is None or not self.browser.running):
            again = tr("Connect it again only to change its keys.") if in_browser else \
                tr("Enter the secret again only to change it.")
            self.result_label.setText(failure_text(failure) if failure else tr("Connected.") + " " + again)

    def _show_rule(self, info: ShopConnectionInfo | None) -> None:
        """The shop's stored rule; a new shop starts with every product."""
        rule = ProductRule()
        if info is not None:
            try:
                rule = info.rule()
            except ProductRuleError:
                self.result_label.setText(failure_text("ProductRuleError"))
        self.rule_form.set_rule(rule)
        self.rule_button.setVisible(info is not None)
        self.rule_button.setEnabled(False)

    def _rule_edited(self) -> None:
        shop_id = self.current_shop()
        self.rule_button.setEnabled(bool(shop_id) and shop_id in self._shops.connections())

    def apply_rule(self) -> None:
        shop_id = self.current_shop()
        if shop_id and self._shops.set_product_rule(shop_id, self.rule_form.rule()):
            self.rule_button.setEnabled(False)
            self.result_label.setText(tr("Saved. The shop's orders are read again with this rule at the next sync."))

    # -- testing and saving ---------------------------------------------------------------

    def _forget_test(self) -> None:
        self._tested = None
        self.save_button.setEnabled(False)

    def _target_id(self, shop_id: str, form: PlatformForm) -> str:
        """The id to save under: the listed shop's, or a new one for a shop being added."""
        if shop_id.startswith(NEW_SHOP):
            return self._shops.new_shop_id(form.entry.platform, form.address.text().strip())
        return shop_id

    def test_connection(self) -> None:
        shop_id, form = self.current_shop(), self.current_form()
        access = (form.access(self._target_id(shop_id, form), self.rule_form.rule())
                  if form is not None and shop_id is not None else None)
        self._forget_test()
        if access is None:
            self.result_label.setText(tr("Fill in the address and every secret field first."))
            return
        self.result_label.setText(tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        self._shops.test_connection(access, lambda result: self._tested_ok(shop_id, access, result),
                                    self._test_failed, context=self)

    def _tested_ok(self, listed: str, access: ShopAccess, connection: ShopConnection) -> None:
        self.test_button.setEnabled(True)
        if listed != self.current_shop():
            return
        self._tested = access
        self._tested_name = connection.shop_name
        self.save_button.setEnabled(True)
        lines = [tr("Connected to {name}.").format(name=connection.shop_name or access.address)]
        lines += [tr("Warning: {text}").format(text=connection_warning_text(code)) for code in connection.warnings]
        self.result_label.setText("\n".join(lines))

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        missing = error.missing if isinstance(error, MissingScopeError) else ()
        self.result_label.setText(failure_text(error_kind_of(error), missing))

    def save(self) -> None:
        access, listed = self._tested, self.current_shop()
        if access is None or listed is None:
            return
        access = ShopAccess(access.shop_id, access.platform, access.address, access.secret, self.rule_form.rule())
        self.save_button.setEnabled(False)
        self.result_label.setText(tr("Saving the secret in your keyring…"))
        self._shops.save_connection(access, lambda: self._saved(listed, access.shop_id, access.platform),
                                    self._keyring_failed, context=self, name=self._tested_name)

    def _saved(self, listed: str, shop_id: str, platform: Platform) -> None:
        form = self.forms.get(platform)
        if form is not None:
            form.clear_secrets()
        self._tested = None
        if listed.startswith(NEW_SHOP) and platform in self._pending:
            self._pending.remove(platform)
        self.refresh(self._snapshot)
        self.show_shop(shop_id)
        self.result_label.setText(tr("Saved. The shop is read at the next sync."))
        self.connectionSaved.emit(shop_id)

    def _keyring_failed(self, state: object) -> None:
        self.result_label.setText(keyring_error_text(state if isinstance(state, KeyringState) else KeyringState.BROKEN))
        self.save_button.setEnabled(self._tested is not None)

    def remove(self) -> None:
        shop_id = self.current_shop()
        if shop_id is None or shop_id.startswith(NEW_SHOP):
            return
        self._shops.remove_connection(shop_id, lambda: self._removed(shop_id), self._keyring_failed, context=self)

    def _removed(self, shop_id: str) -> None:
        self.refresh(self._snapshot)
        if shop_id == self.current_shop():
            self._show_selected()
        self.result_label.setText(tr("The connection was removed and its secret deleted from the keyring."))
        self.connectionRemoved.emit(shop_id)

    # -- connecting in the browser ---------------------------------------------------------

    def connect_in_browser(self) -> None:
        shop_id, form = self.current_shop(), self.current_form()
        typed = form.typed() if form is not None else None
        if form is None or shop_id is None or typed is None:
            self.result_label.setText(tr("Enter your Etsy app's keystring and shared secret first."))
            return
        listed = shop_id
        try:
            attempt = self._shops.connect_in_browser(
                form.entry.platform, typed, open_external, shop_id="" if shop_id.startswith(NEW_SHOP) else shop_id,
                address=form.address.text().strip(), rule=self.rule_form.rule())
        except ValueError:
            self.result_label.setText(tr("The keystring or the shared secret is not valid: copy them again from "
                                         "your Etsy app."))
            return
        self.browser = attempt
        attempt.connected.connect(lambda result: self._browser_connected(listed, result))
        attempt.failed.connect(self._browser_failed)
        self._set_waiting(True)
        self.result_label.setText(tr("Waiting for Etsy… Your browser shows Etsy's page: allow TPOP Desktop there. "
                                     "The app waits up to 5 minutes."))

    def cancel_browser(self) -> None:
        if self.browser is not None and self.browser.running:
            self.browser.cancel()

    def _set_waiting(self, waiting: bool) -> None:
        self.cancel_button.setVisible(waiting)
        self.connect_button.setEnabled(not waiting)
        for widget in (self.shop_list, self.add_button, self.remove_button):
            widget.setEnabled(not waiting)

    def _browser_connected(self, listed: str, result: BrowserConnected) -> None:
        self._set_waiting(False)
        form = self.forms.get(result.platform)
        if form is not None:
            form.clear_secrets()
        if listed.startswith(NEW_SHOP) and result.platform in self._pending:
            self._pending.remove(result.platform)
        self.refresh(self._snapshot)
        self.show_shop(result.shop_id)
        self.result_label.setText(tr("Connected to {name}. The shop is read at the next sync.").format(
            name=result.connection.shop_name or platform_label(result.platform)))
        self.connectionSaved.emit(result.shop_id)

    def _browser_failed(self, error: Exception) -> None:
        self._set_waiting(False)
        self.remove_button.setEnabled(self.current_shop() in self._shops.connections())
        failure = getattr(error, "failure", None)
        if failure is not None:
            self.result_label.setText(browser_failure_text(str(failure)))
        elif type(error).__name__ == "CredentialsError":
            self.result_label.setText(keyring_error_text(getattr(error, "state", KeyringState.BROKEN)) + " "
                                      + tr("Nothing was saved."))
        elif type(error).__name__ == "BrowserOpenFailed":
            self.result_label.setText(browser_failure_text("browser_failed"))
        else:
            self.result_label.setText(failure_text(error_kind_of(error)) + " " + tr("Nothing was saved."))
