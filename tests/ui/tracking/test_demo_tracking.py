"""The demo, with no key of the merchant's, shows carrier timelines within its first minute."""

from __future__ import annotations

import time

from carrier_ui_helpers import scenario_order, show

from tpop_desktop.controller import AppController
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.parcel_story import Scenario
from tpop_desktop.ui.orders_model import Column


def test_the_demo_shows_carrier_timelines_within_a_minute(qtbot, tmp_path, english):
    controller = AppController(Profile.in_folder(tmp_path / "unused"), demo_live=False)
    qtbot.addWidget(controller.window)
    started = time.monotonic()
    controller.start(demo=True)
    try:
        qtbot.waitUntil(lambda: controller.session is not None, timeout=20000)  # opened in the background
        tracking = controller.session.tracking
        qtbot.waitUntil(tracking.has_parcels, timeout=60000)
        assert time.monotonic() - started < 60
        assert {s.value for s in tracking.statuses if tracking.has_key(s)} == {"laposte", "dhl", "17track"}
        window, world = controller.window, controller.session.demo.sandbox
        order = scenario_order(world, Scenario.CUSTOMS)
        show(qtbot, window, order.reference)
        section = window.detail.section_widgets["parcel"]
        assert section.status_label.text().startswith("Held at customs")
        assert len(section.event_texts()) >= 4
        assert not window.table.isColumnHidden(Column.PARCEL)
    finally:
        controller.close_session()
