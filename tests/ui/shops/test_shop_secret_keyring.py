"""A shop's secret really lands in the Secret Service, and leaves it when the connection is removed."""

from __future__ import annotations

import json

import pytest
from shop_helpers import LUNE, fill_shop_form, run_connection_test

from tpop_desktop.controller import AppController
from tpop_desktop.credentials import Credentials, shop_user
from tpop_desktop.profile import Profile


@pytest.mark.keyring_service
def test_a_saved_shop_secret_is_in_the_secret_service_and_removing_deletes_it(
        qtbot, tmp_path, sandbox, sandbox_token, secret_tool_lookup):
    controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url,
                               token=sandbox_token, credentials=Credentials(timeout=10))
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
        controller.start(demo=False)
    try:
        controller.window.actions.shops.trigger()
        dialog = controller.binder.shops.dialog
        fill_shop_form(qtbot, dialog, sandbox, LUNE)
        assert run_connection_test(qtbot, dialog).startswith("Connected to ")
        with qtbot.waitSignal(controller.session.shops.secretsLoaded, timeout=15000):
            dialog.save_button.click()
        token = sandbox.shop_credentials()[LUNE]["access_token"]
        assert json.loads(secret_tool_lookup(shop_user(LUNE))) == {"access_token": token}
        assert token.encode() not in controller.profile.settings_path.read_bytes()

        with qtbot.waitSignal(dialog.connectionRemoved, timeout=15000):
            dialog.remove_button.click()
        assert secret_tool_lookup(shop_user(LUNE)) is None
    finally:
        controller.close_session()
