"""A link the desktop cannot open (no web browser set up) is said so, and can be copied instead."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tpop_desktop.ui.links import open_external

LINK = "https://www.laposte.fr/outils/suivre-vos-envois?code=LB123456785FR"


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_a_link_no_browser_opens_is_offered_for_copying(qtbot, qapp):
    # the offscreen platform has no browser, exactly like a desktop where none is set up
    assert not open_external(LINK)
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert box.objectName() == "link-not-opened"
    assert "No web browser opened this link" in box.text() and box.informativeText() == LINK
    copy = next(button for button in box.buttons() if button.text() == "Copy the link")
    copy.click()
    assert qapp.clipboard().text() == LINK
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_refused_link_offers_nothing_to_copy(qtbot, opened_urls):
    assert not open_external("javascript:alert(1)")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert opened_urls.urls == []


def test_in_the_demo_a_dashboard_link_explains_instead_of_opening(qtbot, tmp_path, opened_urls):
    from tpop_desktop.controller import AppController
    from tpop_desktop.core.tpop_urls import HELP_CENTRE_URL, order_url
    from tpop_desktop.profile import Profile

    controller = AppController(Profile.in_folder(tmp_path / "profile"), demo_live=False)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
        controller.start(demo=True)
    try:
        qtbot.waitUntil(lambda: controller.window.model.rowCount() > 0, timeout=5000)
        reference = controller.window.model.reference_at(0)
        assert not open_external(order_url(reference))  # the real dashboard would not know a made-up order
        [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert box.objectName() == "demo-dashboard" and box.informativeText() == order_url(reference)
        box.accept()
        assert open_external(HELP_CENTRE_URL)  # the help centre is the real one, also in the demo
        assert opened_urls.urls == [HELP_CENTRE_URL]
    finally:
        controller.close_session()
    assert open_external(order_url("TP-104233"))  # an account's own orders open in the dashboard
