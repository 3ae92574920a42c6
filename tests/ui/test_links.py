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
