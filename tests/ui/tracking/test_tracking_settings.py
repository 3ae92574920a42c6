"""Settings > Carrier tracking: the key, *Test key*, what each service costs, today's use; a refused key and a
service that cannot be reached shown for what they are."""

from __future__ import annotations

import pytest
from carrier_ui_helpers import scenario_order, show
from PySide6.QtCore import Qt

from tpop_desktop.controller import AppController
from tpop_desktop.core.parcel_refresh import ServiceState
from tpop_desktop.credentials import SERVICE_NAME, Credentials, carrier_user
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.parcel_story import Scenario
from tpop_desktop.ui.binders.tracking import NOTICE_CARRIER_KEY, SETTINGS_PAGE


def open_page(qtbot, controller):
    controller.open_settings(SETTINGS_PAGE)
    dialog = controller.settings_dialog
    page = dialog.pages[SETTINGS_PAGE]
    assert dialog.tabs.currentWidget() is page
    return dialog, page


def test_key_test_save_and_quota_per_service(qtbot, tmp_path, start_app, world, keyring, opened_urls):
    controller = start_app()
    dialog, page = open_page(qtbot, controller)
    assert not page.intro_label.isVisible()  # keys are set: no "what a key would add" line
    laposte, dhl = page.boxes["laposte"], page.boxes["dhl"]
    calls = len([c for c in world.carriers.calls if c[0] == "laposte"])
    qtbot.waitUntil(lambda: laposte.quota_label.text() == f"Calls today: {calls} (no daily limit)", timeout=5000)
    assert "250 calls a day" in dhl.costs_label.text()
    assert dhl.state_label.text() == "No key: parcels it follows show their tracking links only."
    dhl.get_key_button.click()
    assert opened_urls.urls[-1] == "https://developer.dhl.com"

    qtbot.keyClicks(dhl.key_field, "not-a-dhl-key")
    dhl.test_button.click()
    qtbot.waitUntil(lambda: "refused this key" in dhl.result_label.text(), timeout=10000)
    dhl.key_field.clear()
    qtbot.keyClicks(dhl.key_field, world.carrier_keys()["dhl"])
    dhl.test_button.click()
    qtbot.waitUntil(lambda: dhl.result_label.text() == "The key works.", timeout=10000)
    qtbot.waitUntil(lambda: dhl.quota_label.text() == "Calls today: 2 of 250", timeout=5000)  # tests count for DHL

    with qtbot.waitSignal(controller.session.tracking.keysChanged, timeout=5000):
        dhl.save_button.click()
    assert dhl.result_label.text() == "Saved in your keyring." and dhl.key_field.text() == ""
    assert keyring.entries[(SERVICE_NAME, carrier_user("dhl"))] == world.carrier_keys()["dhl"]
    controller.current_settings.sync()
    files = [path for path in (tmp_path / "profile").rglob("*") if path.is_file()]
    assert files and not any(world.carrier_keys()["dhl"].encode() in _contents(path) for path in files)
    assert dhl.key_field.placeholderText().startswith("A key is saved")
    assert dhl.state_label.text().startswith("Ready")
    dialog.reject()


def test_without_any_key_the_page_says_what_a_key_would_add_and_ok_saves_a_typed_key(
        qtbot, start_app, world, keyring):
    controller = start_app(keys=())
    qtbot.waitUntil(lambda: controller.session.tracking.keys_loaded, timeout=5000)
    dialog, page = open_page(qtbot, controller)
    dialog.show()
    assert page.intro_label.isVisible() and "Only tracking numbers are sent" in page.intro_label.text()
    box = page.boxes["17track"]
    qtbot.keyClicks(box.key_field, world.carrier_keys()["17track"])
    with qtbot.waitSignal(controller.session.tracking.keysChanged, timeout=5000):
        dialog.accept()
    assert keyring.entries[(SERVICE_NAME, carrier_user("17track"))] == world.carrier_keys()["17track"]
    qtbot.waitUntil(controller.session.tracking.has_parcels, timeout=30000)  # the new key refreshed at once


def test_a_revoked_key_is_named_in_the_window_and_in_settings_while_the_others_go_on(qtbot, start_app, world):
    controller = start_app(keys=("17track",), wrong=("laposte",))
    window, tracking = controller.window, controller.session.tracking
    qtbot.waitUntil(lambda: window.notice.key == NOTICE_CARRIER_KEY, timeout=30000)
    assert window.notice.label.text().startswith("La Poste Suivi refused your tracking key")
    qtbot.waitUntil(tracking.has_parcels, timeout=30000)  # 17TRACK's parcels were refreshed all the same
    qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=10000)  # and TPOP's sync went on
    window.notice.action_button.click()
    dialog = controller.settings_dialog
    page = dialog.pages[SETTINGS_PAGE]
    assert dialog.tabs.currentWidget() is page
    assert page.boxes["laposte"].state_label.text() == \
        "La Poste Suivi refused the key: it was revoked or is wrong. Paste a new key."
    box = page.boxes["laposte"]
    qtbot.keyClicks(box.key_field, world.carrier_keys()["laposte"])
    with qtbot.waitSignal(tracking.keysChanged, timeout=5000):
        box.save_button.click()
    qtbot.waitUntil(lambda: window.notice.key == "", timeout=5000)
    assert box.state_label.text().startswith("Ready")
    dialog.reject()


@pytest.mark.keyring_service
def test_a_saved_carrier_key_is_in_the_secret_service_and_remove_deletes_it(
        qtbot, tmp_path, world, english, clock, secret_tool_lookup):
    controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=world.base_url, token="unused",
                               credentials=Credentials(timeout=10), carrier_urls=world.carrier_base_urls(), now=clock)
    qtbot.addWidget(controller.window)
    controller.start(demo=False)
    try:
        qtbot.waitUntil(lambda: controller.session is not None and controller.session.tracking.keys_loaded,
                        timeout=15000)
        dialog, page = open_page(qtbot, controller)
        box = page.boxes["laposte"]
        qtbot.keyClicks(box.key_field, world.carrier_keys()["laposte"])
        qtbot.keyClick(box.key_field, Qt.Key.Key_Tab)
        with qtbot.waitSignal(controller.session.tracking.keysChanged, timeout=15000):
            box.save_button.click()
        assert secret_tool_lookup(carrier_user("laposte")) == world.carrier_keys()["laposte"]
        with qtbot.waitSignal(controller.session.tracking.keysChanged, timeout=15000):
            box.remove_button.click()
        assert secret_tool_lookup(carrier_user("laposte")) is None
        dialog.reject()
    finally:
        controller.close_session()


def test_a_service_that_cannot_be_reached_says_so_for_its_parcels_while_the_others_go_on(qtbot, start_app, world):
    controller = start_app(refreshed=False, urls={"laposte": "http://127.0.0.1:9/suivi/v2"})  # nothing listens
    window, tracking = controller.window, controller.session.tracking
    qtbot.waitUntil(lambda: tracking.statuses["laposte"].state is ServiceState.DOWN, timeout=30000)
    qtbot.waitUntil(tracking.has_parcels, timeout=30000)  # 17TRACK's parcels were refreshed all the same
    qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=10000)
    expected = "La Poste Suivi cannot be reached or sent an answer the app cannot read. Your stored parcels are " \
               "unchanged. Asked again after "
    order = scenario_order(world, Scenario.PICKUP)
    show(qtbot, window, order.reference)
    section = window.detail.section_widgets["parcel"]
    assert section.status_label.text() == "Not asked yet: the carrier is asked after the next sync."
    assert section.note_label.text().startswith(expected)
    dialog, page = open_page(qtbot, controller)
    assert page.boxes["laposte"].state_label.text().startswith(expected)
    assert page.boxes["17track"].state_label.text().startswith("Ready")
    dialog.reject()


def _contents(path) -> bytes:
    """A file's bytes; a sync's staging file may be gone by the time it is read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""
