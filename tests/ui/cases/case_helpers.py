"""Finding the case parts of a running window, the way a test drives them."""

from __future__ import annotations

from tpop_desktop.ui.binders.cases import CasesBinder
from tpop_desktop.ui.cases.dialog import CaseDialog


def show_order(qtbot, window, reference: str) -> None:
    qtbot.waitUntil(lambda: window.model.row_of_reference(reference) >= 0, timeout=5000)
    assert window.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == reference)


def cases_binder(controller) -> CasesBinder:
    assert controller.binder is not None
    return controller.binder.cases


def case_dialogs(window) -> list[CaseDialog]:
    return [d for d in window.findChildren(CaseDialog) if d.isVisible()]


def confirm_new_case(qtbot, window) -> None:
    """A new case opens only once the merchant confirms: click "Open the case" in the question."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox, "confirm-case")))
    box = next(box for box in window.findChildren(QMessageBox, "confirm-case") if box.isVisible())
    next(button for button in box.buttons() if button.text() == "Open the case").click()
