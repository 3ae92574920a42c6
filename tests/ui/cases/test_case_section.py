"""The detail pane's case buttons and the order's note, in the real window on the sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tpop_desktop.core.cases import kinds_for
from tpop_desktop.core.models import Status
from tpop_desktop.store import OrderStore
from case_helpers import case_dialogs, confirm_new_case, show_order


def test_the_pane_offers_the_cases_the_order_allows(qtbot, start_app, sandbox, utc_now):
    window = start_app().window
    for status in (Status.DELIVERED, Status.SHIPPED, Status.OPEN):
        order = next(o for o in sandbox.orders() if o.status is status)
        show_order(qtbot, window, order.reference)
        shown = set(window.detail.case_actions.buttons)
        assert shown == {f"start-case-{kind.value}" for kind in kinds_for(order, utc_now)}, status
    assert not window.detail.case_actions.isVisibleTo(window.detail)  # an open order: nothing to offer


def test_the_note_is_saved_while_typing_and_survives_a_restart(qtbot, start_app, delivered, profile):
    controller = start_app()
    window = controller.window
    show_order(qtbot, window, delivered.reference)
    note = window.detail.note_field
    note.setFocus()
    qtbot.keyClicks(note, "Kundin ruft Freitag an")
    store = OrderStore(profile.database_path)
    try:
        qtbot.waitUntil(lambda: store.note(delivered.reference) == "Kundin ruft Freitag an", timeout=5000)
    finally:
        store.close()

    note = window.detail.note_field  # the pane is rebuilt when the order's parcel news arrives
    note.setFocus()
    note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(note, ", Paket beim Nachbarn?")  # typed just before quitting: saved on the way out
    controller.close_session()
    restarted = start_app()
    show_order(qtbot, restarted.window, delivered.reference)
    assert restarted.window.detail.note_field.toPlainText() == "Kundin ruft Freitag an, Paket beim Nachbarn?"


def test_the_dialogs_note_and_the_panes_note_are_the_same_note(qtbot, start_app, delivered):
    window = start_app().window
    show_order(qtbot, window, delivered.reference)
    qtbot.mouseClick(window.detail.case_actions.buttons["start-case-not_received"], Qt.MouseButton.LeftButton)
    confirm_new_case(qtbot, window)
    qtbot.waitUntil(lambda: len(case_dialogs(window)) == 1)
    dialog = case_dialogs(window)[0]
    dialog.note_field.setPlainText("Bei der Post nachgefragt")
    dialog.note_field.flush()
    assert window.detail.note_field.toPlainText() == "Bei der Post nachgefragt"

    window.detail.case_actions.buttons["open-case-not_received"].click()  # shows the same dialog again
    assert case_dialogs(window) == [dialog]
