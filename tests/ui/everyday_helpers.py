"""The real window on the sandbox account, plus small drivers of its everyday views."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import Order
from tpop_desktop.core.text import fold
from tpop_desktop.profile import Profile
from tpop_desktop.ui.main_window import MainWindow

StartApp = Callable[..., tuple[AppController, MainWindow]]


@pytest.fixture
def start_app(qtbot, tmp_path, sandbox, sandbox_token) -> Iterator[StartApp]:
    """Start the app on a profile folder (the same folder twice is a restart) and wait for its first sync."""
    started: list[AppController] = []

    def start(profile_dir: Path | None = None) -> tuple[AppController, MainWindow]:
        controller = AppController(Profile.in_folder(profile_dir or tmp_path / "profile"),
                                   api_url=sandbox.base_url, token=sandbox_token)
        qtbot.addWidget(controller.window)
        started.append(controller)
        with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
            controller.start(demo=False)
        assert first.args == [True]
        window = controller.window
        window.filter_bar.set_debounce_ms(0)
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
        return controller, window

    yield start
    for controller in started:
        controller.close_session()


def shown(window: MainWindow) -> list[str]:
    model = window.model
    assert model is not None
    return [model.reference_at(row) or "" for row in range(model.rowCount())]


def wait_for_rows(qtbot, window: MainWindow, expected: set[str], timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: set(shown(window)) == expected, timeout=timeout)


def search_fields(order: Order) -> str:
    """Every field the merchant can search by, folded the way the search box folds."""
    parts = [order.reference, order.shop_order_number, order.customer.name, order.customer.email,
             *(s.tracking_number for s in order.shipments), order.destination.city,
             order.destination.postcode, order.destination.country]
    return fold("\n".join(parts))


def select_references(window: MainWindow, references: list[str]) -> None:
    """Select these rows (the first becomes current), as a ctrl-click would."""
    model = window.model
    assert model is not None
    selection = window.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.clearSelection()
    for position, reference in enumerate(references):
        row = model.row_of_reference(reference)
        assert row >= 0, reference
        index = model.index(row, 0)
        if position == 0:
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        else:
            selection.select(index, flags.Select | flags.Rows)


def expected_by(controller: AppController) -> dict[str, object]:
    """Each travelling order's "expected by" as stored by the estimates job (late ones need attention too)."""
    insights = controller.session.database.insights()
    try:
        return {e.reference: e.expected_by for e in insights.current_estimates()}
    finally:
        insights.close()
