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
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.connectors.platforms import PLATFORMS, ShopAccess
from tpop_desktop.connectors.shops import MissingScopeError, ShopConnection
from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import ProductRule, ProductRuleError
from tpop_desktop.core.text import display_text
from tpop_desktop.credentials import KeyringState
from tpop_desktop.session.shop_browser import BrowserConnected
from tpop_desktop.session.shop_connections import ShopConnectionInfo
from tpop_desktop.session.shops import ShopService, ShopsSnapshot
from tpop_desktop.ui.account_texts import keyring_error_text
from tpop_desktop.ui.shops.browser_step import BrowserStep
from tpop_desktop.ui.shops.missing_box import MissingInTpop
from tpop_desktop.ui.shops.platform_form import PlatformForm, ProductRuleForm
from tpop_desktop.ui.shops.shop_entries import NEW_SHOP, ShopEntry, shop_entries
from tpop_desktop.ui.shops.texts import (
    connection_warning_text,
    error_kind_of,
    failure_text,
    not_connectable_text,
)
from tpop_desktop.ui.texts import platform_label, tr
from tpop_desktop.ui.widgets import heading_label, plain_label

ShopId = Qt.ItemDataRole.UserRole + 1
__all__ = ["PlatformForm", "ShopsDialog"]


class ShopsDialog(QDialog):
    """One shop at a time; ``connectionSaved``/``connectionRemoved`` carry the shop id."""

    connectionSaved = Signal(str)
    connectionRemoved = Signal(str)

    def __init__(self, shops: ShopService, parent: QWidget | None = None, *, tpop_connected: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Shops"))
        self.resize(900, 720)
        self._shops = shops
        self._snapshot = shops.snapshot
        self._tested: ShopAccess | None = None
        self._tested_name = ""
        self._pending: list[Platform] = []  # shops being added, not saved yet
        self._tpop_connected = tpop_connected
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Connect your shops: the app lists their orders with TPOP products and their "
                                        "tracking, and checks every day that they hold TPOP's tracking.")))
        row = QHBoxLayout()
        row.addWidget(self._build_list(), 2)
        form_area = QScrollArea()  # the Etsy set-up and the product rule need room: never squash them
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setWidget(self._build_form())
        row.addWidget(form_area, 3)
        layout.addLayout(row, 1)
        self.missing = MissingInTpop()
        self.missing_text, self.missing_list = self.missing.missing_text, self.missing.missing_list
        self.manual_order_button = self.missing.manual_order_button
        layout.addWidget(self.missing)
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
        self.browser_step = BrowserStep(self._shops, error_kind_of, self)
        self.connect_button, self.cancel_button = self.browser_step.connect_button, self.browser_step.cancel_button
        self.connect_button.clicked.connect(self.connect_in_browser)
        self.browser_step.waiting.connect(self._set_waiting)
        self.browser_step.message.connect(lambda text: self.result_label.setText(text))
        self.browser_step.connected.connect(self._browser_connected)
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

    def _listed(self) -> list[ShopEntry]:
        return shop_entries(self._snapshot, self._shops.connections(), self._pending, self._shops.read_failures)

    def _entries(self) -> list[str]:
        return [entry.key for entry in self._listed()]

    def _names(self) -> dict[str, str]:
        return {entry.key: entry.name for entry in self._listed()}

    def _platforms(self) -> dict[str, Platform]:
        return {entry.key: entry.platform for entry in self._listed()}

    def _label_shops(self) -> None:
        labels = {entry.key: entry.label for entry in self._listed()}
        for row in range(self.shop_list.count()):
            item = self.shop_list.item(row)
            item.setText(labels.get(item.data(ShopId), item.data(ShopId)))

    def _set_missing(self) -> None:
        missing = self._snapshot.not_in_tpop
        self.missing.show_checks(missing, self._names(), tpop_connected=self._tpop_connected,
                                 pages=self._shops.order_pages(missing))

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
        if not self.browser_step.running:
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
        if info is not None and not self.browser_step.running:
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
        stored = False
        kept = self._shops.stored_access(shop_id) if shop_id is not None else None
        if access is None and form is not None and kept is not None and not form.has_secrets():
            # a connected shop, tested again with its stored secret and what the form says now
            typed_address = form.address.text().strip() or kept.address
            access = ShopAccess(kept.shop_id, kept.platform, typed_address, kept.secret, self.rule_form.rule(),
                                kept.save_secret)
            stored = typed_address == kept.address  # nothing new to save unless the address changed
        if access is None:
            self.result_label.setText(tr("Fill in the address and every secret field first."))
            return
        self.result_label.setText(tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        self._shops.test_connection(access, lambda result: self._tested_ok(shop_id, access, result, stored=stored),
                                    self._test_failed, context=self)

    def _tested_ok(self, listed: str, access: ShopAccess, connection: ShopConnection, *, stored: bool = False) -> None:
        self.test_button.setEnabled(True)
        if listed != self.current_shop():
            return
        lines = [tr("Connected to {name}.").format(name=display_text(connection.shop_name or access.address))]
        if stored:  # nothing new to save
            lines[0] += " " + tr("The stored secret still works.")
        else:
            self._tested = access
            self._tested_name = connection.shop_name
            self.save_button.setEnabled(True)
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
        if form is None or shop_id is None:
            return
        self.browser_step.start(shop_id, form.entry.platform, form.typed(),
                                shop_id="" if shop_id.startswith(NEW_SHOP) else shop_id,
                                address=form.address.text().strip(), rule=self.rule_form.rule())

    def cancel_browser(self) -> None:
        self.browser_step.cancel()

    def _set_waiting(self, waiting: bool) -> None:
        for widget in (self.shop_list, self.add_button, self.remove_button):
            widget.setEnabled(not waiting)
        if not waiting:
            self.remove_button.setEnabled(self.current_shop() in self._shops.connections())

    def _browser_connected(self, listed: str, result: BrowserConnected) -> None:
        form = self.forms.get(result.platform)
        if form is not None:
            form.clear_secrets()
        if listed.startswith(NEW_SHOP) and result.platform in self._pending:
            self._pending.remove(result.platform)
        self.refresh(self._snapshot)
        self.show_shop(result.shop_id)
        self.connectionSaved.emit(result.shop_id)
