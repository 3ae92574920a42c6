"""The main window's menus, toolbar actions and shortcuts, built once with the window.

Every feature's menu is here, in the order the merchant reads the menu bar: File,
Account, Orders, Shop checks, Cases, Help. Actions only emit; the session binder
decides what they do and enables them while a session shows orders.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from tpop_desktop.ui.texts import tr


@dataclass
class WindowActions:
    sync: QAction
    export: QAction
    settings: QAction
    quit: QAction
    connect: QAction
    sign_out: QAction
    shops: QAction
    shop_problems: QAction  # checkable: the table shows only orders with a shop problem
    shop_fix_selected: QAction
    shop_check_now: QAction
    open_cases: QAction
    edit_templates: QAction
    insights: QAction
    shortcuts: QAction
    about: QAction

    def session_actions(self) -> tuple[QAction, ...]:
        """Enabled only while a session shows its orders."""
        return (self.sync, self.export, self.shops, self.shop_problems, self.shop_fix_selected,
                self.shop_check_now, self.open_cases, self.edit_templates, self.insights)


def _action(window: QMainWindow, text: str, name: str = "", shortcut: QKeySequence | None = None) -> QAction:
    action = QAction(text, window)
    if name:
        action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(shortcut)
    return action


def build_actions(window: QMainWindow) -> WindowActions:
    settings = _action(window, tr("Settings…"), shortcut=QKeySequence(QKeySequence.StandardKey.Preferences))
    if settings.shortcut().isEmpty():
        settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    quit_action = _action(window, tr("Quit"), shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    about = _action(window, tr("About TPOP Desktop"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    actions = WindowActions(
        sync=_action(window, tr("Sync now"), shortcut=QKeySequence(QKeySequence.StandardKey.Refresh)),
        export=_action(window, tr("Export view to CSV…"), shortcut=QKeySequence("Ctrl+E")),
        settings=settings,
        quit=quit_action,
        connect=_action(window, tr("Connect a TPOP account…")),
        sign_out=_action(window, tr("Sign out")),
        shops=_action(window, tr("Shops…"), "shops-action"),
        shop_problems=_action(window, tr("Show only orders with shop problems"), "shop-problems-filter"),
        shop_fix_selected=_action(window, tr("Add TPOP's tracking to the selected shop orders…"), "shop-fix-selected"),
        shop_check_now=_action(window, tr("Check the shops at the next sync")),
        open_cases=_action(window, tr("Open cases…"), "open-cases-action"),
        edit_templates=_action(window, tr("Edit message templates…"), "edit-templates-action"),
        insights=_action(window, tr("Delivery insights…"), "insights-action", QKeySequence("Ctrl+I")),
        shortcuts=_action(window, tr("Keyboard shortcuts")),
        about=about,
    )
    actions.sync.setToolTip(tr("Fetch the latest orders from TPOP now (F5)"))
    actions.export.setToolTip(tr("Save the orders shown, one line per shipment, as a CSV file (Ctrl+E)"))
    actions.shop_problems.setCheckable(True)
    actions.sign_out.setEnabled(False)
    for action in actions.session_actions():
        action.setEnabled(False)
    window.addAction(actions.export)
    return actions


def build_menus(window: QMainWindow, actions: WindowActions, orders_menu_actions: list[QAction]) -> QToolBar:
    """Fill the menu bar and the toolbar; ``orders_menu_actions`` are the table's own (find, row actions)."""
    toolbar = QToolBar(tr("Main toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.addAction(actions.sync)
    toolbar.addAction(actions.export)
    window.addToolBar(toolbar)

    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    for action in (actions.sync, actions.export):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    account_menu = bar.addMenu(tr("&Account"))
    for action in (actions.connect, actions.sign_out, actions.shops):
        account_menu.addAction(action)

    orders_menu = bar.addMenu(tr("&Orders"))
    for action in orders_menu_actions:
        if action is None:
            orders_menu.addSeparator()
        else:
            orders_menu.addAction(action)
    orders_menu.addSeparator()
    orders_menu.addAction(actions.insights)

    shop_menu = QMenu(tr("Shop &checks"), window)
    for action in (actions.shop_problems, actions.shop_fix_selected, actions.shop_check_now):
        shop_menu.addAction(action)
    bar.addMenu(shop_menu)

    cases_menu = bar.addMenu(tr("&Cases"))
    for action in (actions.open_cases, actions.edit_templates):
        cases_menu.addAction(action)

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)
    return toolbar
