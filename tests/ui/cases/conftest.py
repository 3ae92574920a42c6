"""The real app on the sandbox account, restartable on the same profile."""

from __future__ import annotations

import pytest

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import Order, Status
from tpop_desktop.profile import Profile


@pytest.fixture
def profile(tmp_path) -> Profile:
    return Profile.in_folder(tmp_path / "profile")


@pytest.fixture
def start_app(qtbot, profile, sandbox, sandbox_token):
    """``start_app() -> AppController``, synced once; call again after ``close_session`` to restart."""
    started: list[AppController] = []

    def start() -> AppController:
        controller = AppController(profile, api_url=sandbox.base_url, token=sandbox_token)
        qtbot.addWidget(controller.window)
        with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
            controller.start(demo=False)
        assert first.args == [True]
        started.append(controller)
        return controller

    yield start
    for controller in started:
        controller.close_session()


@pytest.fixture
def delivered(sandbox) -> Order:
    """A delivered order whose customer has an e-mail address and writes German."""
    return next(o for o in sandbox.orders() if o.status is Status.DELIVERED and o.customer.email
                and o.customer.language == "de" and o.shipments)
