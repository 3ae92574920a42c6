"""The real window on the sandbox account, with an in-memory keyring."""

from __future__ import annotations

import pytest
from shop_helpers import MemoryKeyring

from tpop_desktop.controller import AppController
from tpop_desktop.credentials import Credentials
from tpop_desktop.profile import Profile


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def app(qtbot, tmp_path, sandbox, sandbox_token, memory_keyring):
    controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url,
                               token=sandbox_token, credentials=Credentials(backend=memory_keyring, timeout=5))
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
        controller.start(demo=False)
    assert first.args == [True]
    yield controller
    controller.close_session()


