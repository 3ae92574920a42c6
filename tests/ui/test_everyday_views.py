"""The everyday views in the real window: built once, "Today", bulk archive, export and shortcuts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from everyday_helpers import expected_by, shown, start_app, wait_for_rows  # noqa: F401 - fixture
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QStyleOptionViewItem

from tpop_desktop.core.attention import needs_attention
from tpop_desktop.core.models import Status
from tpop_desktop.settings import Settings
from tpop_desktop.ui.archive_dialog import ARCHIVE_DAYS_KEY
from tpop_desktop.core.local_time import local_midnight, local_today
from tpop_desktop.ui.shortcuts_dialog import action_name


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_a_second_session_finds_the_window_as_it_was_built(qtbot, start_app):  # noqa: F811
    controller, window = start_app()
    menus = [action.text() for action in window.menuBar().actions()]
    status_items = len(window.statusBar().findChildren(type(window.count_label)))
    controller.close_session()
    assert window.model is None and not window.actions.export.isEnabled()
    with qtbot.waitSignal(controller.syncApplied, timeout=20000):
        controller.start(demo=False)  # the same account again, in the same window
    assert window.model is not None and window.actions.export.isEnabled()
    assert [action.text() for action in window.menuBar().actions()] == menus
    assert menus == ["&File", "&Account", "&Orders", "Shop &checks", "&Cases", "&Help"]
    assert window.splitter.widget(0) is window.orders_pane
    assert window.table.parent() is window.orders_pane
    assert len(window.statusBar().findChildren(type(window.count_label))) == status_items


def test_today_counts_shipped_today_blocked_and_attention(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    now = datetime.now(timezone.utc)
    midnight = local_midnight(local_today(now))
    orders = sandbox.orders()
    shipped_today = sum(1 for o in orders if o.shipped_at is not None and o.shipped_at >= midnight)
    blocked = sum(1 for o in orders if o.status is Status.BLOCKED)

    def attention_count() -> int:  # late parcels count too, once the estimates job has run
        late_by = expected_by(controller)
        return sum(1 for o in orders if needs_attention(o, now, late_by.get(o.reference)))

    def expected() -> str:
        return f"Shipped today: {shipped_today} · blocked: {blocked} · needs attention: {attention_count()}"

    qtbot.waitUntil(lambda: views.today.text() == expected(), timeout=5000)
    assert views.today.tray_text() == expected()
    attention = attention_count()

    # every count opens exactly the list it counted, with a visible way back
    window = controller.window
    for kind, count in (("shipped_today", shipped_today), ("blocked", blocked), ("needs_attention", attention)):
        with qtbot.waitSignal(window.model.refreshed, timeout=5000):
            views.today.buttons[kind].click()
        assert window.model.rowCount() == count, kind
        assert window.filter_bar.clear_button.isVisible()
    with qtbot.waitSignal(window.model.refreshed, timeout=5000):
        window.filter_bar.clear_button.click()
    assert window.model.rowCount() == len(orders)

    shipped = sandbox.ship(next(o for o in orders if o.status is Status.PRODUCTION).reference)
    controller.sync_now()
    qtbot.waitUntil(lambda: views.today.counts is not None
                    and views.today.counts.shipped_today == shipped_today + 1, timeout=10000)
    assert shipped.reference in shown(controller.window)


def test_archive_delivered_orders_older_than_n_days(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    window = controller.window
    orders = sandbox.orders()
    cutoff = datetime.now(timezone.utc) - timedelta(days=45)
    old = {o.reference for o in orders if o.status is Status.DELIVERED and (o.delivered_at or o.updated_at) < cutoff}
    assert 0 < len(old) < sum(1 for o in orders if o.status is Status.DELIVERED)
    assert views.order_actions.archive_old_action.text() == "Archive delivered orders older than 30 days…"

    views.order_actions.archive_old_action.trigger()
    dialog = views.order_actions.archive_dialog
    assert dialog is not None and dialog.days() == 30
    dialog.days_spin.setValue(45)
    dialog.accept()
    wait_for_rows(qtbot, window, {o.reference for o in orders} - old)
    assert Settings(controller.profile.settings_path).value(ARCHIVE_DAYS_KEY) in (45, "45")
    assert views.order_actions.archive_old_action.text() == "Archive delivered orders older than 45 days…"

    qtbot.mouseClick(views.filter_bar.archived_check, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, window, {o.reference for o in orders})
    archived = {window.model.reference_at(r) for r in range(window.model.rowCount()) if window.model.row_at(r).archived}
    assert archived == old
    one = sorted(old)[0]
    assert window.select_reference(one)
    assert controller.session.orders.history(one)  # kept with its history
    views.order_actions.restore_action.trigger()
    qtbot.mouseClick(views.filter_bar.archived_check, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, window, {o.reference for o in orders} - old | {one})


def test_ctrl_e_asks_where_to_save_the_csv(qtbot, start_app):  # noqa: F811
    controller, views = start_app()
    window = controller.window
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=2000)
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = controller.binder.orders.file_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "csv"
    dialog.reject()


def test_the_shortcuts_dialog_lists_every_shortcut_in_native_text(qtbot, start_app):  # noqa: F811
    controller, views = start_app()
    views.actions.shortcuts.trigger()
    dialog = views.shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    rows = dict(dialog.rows())
    assert rows["Find orders"] == native("Ctrl+F")
    assert rows["Copy tracking number"] == native("Ctrl+C")
    assert rows["Open carrier tracking page"] == f"{native('Return')} or {native('Enter')}"
    assert rows["Export view to CSV"] == native("Ctrl+E")
    assert rows["Sync now"] == native("F5")
    for action in controller.window.findChildren(QAction):  # whatever else the window answers to
        if not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert rows[action_name(action)].startswith(keys)
    assert rows["Clear the search"] == native("Esc")
    dialog.close()


def test_rows_needing_attention_carry_a_marker(qtbot, start_app, sandbox):  # noqa: F811
    controller, views = start_app()
    window = controller.window
    now = datetime.now(timezone.utc)
    blocked = next(o for o in sandbox.orders() if o.status is Status.BLOCKED)
    delivered = next(o for o in sandbox.orders() if o.status is Status.DELIVERED)
    assert needs_attention(blocked, now) and not needs_attention(delivered, now)
    model = window.model

    def decorated(reference: str) -> bool:
        index = model.index(model.row_of_reference(reference), 0)
        option = QStyleOptionViewItem()
        option.widget = window.table
        views.delegate.initStyleOption(option, index)
        return not option.icon.isNull()

    assert decorated(blocked.reference)
    assert not decorated(delivered.reference)
