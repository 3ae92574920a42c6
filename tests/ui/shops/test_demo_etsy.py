"""The demo connects its Etsy shop as a merchant would (OAuth with PKCE, against the sandbox), and checks it."""

from __future__ import annotations

from shop_helpers import ETSY, reference_of, shop_cell, sync_with_checks

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import Platform
from tpop_desktop.profile import Profile


def test_the_demo_shows_etsy_checks_too(qtbot, tmp_path):
    app = AppController(Profile.in_folder(tmp_path / "real-profile"), demo_live=False)
    qtbot.addWidget(app.window)
    try:
        with qtbot.waitSignal(app.firstSyncDone, timeout=20000):
            app.start(demo=True)
        shops = app.session.shops
        qtbot.waitUntil(lambda: shops.job.access(ETSY) is not None, timeout=20000)
        assert shops.connections()[ETSY].platform is Platform.ETSY
        sandbox = app.session.demo.sandbox
        assert sandbox.etsy_auth.access_tokens  # tokens came from the OAuth exchange, not made up
        outcome = sync_with_checks(qtbot, app)
        assert ETSY in outcome.checked_shops and ETSY not in outcome.failures
        reference = reference_of(sandbox, ETSY, sandbox.shops.seeded[ETSY].closed_manually[0])
        qtbot.waitUntil(lambda: shop_cell(app, reference) == "Tracking missing", timeout=5000)
        assert not (tmp_path / "real-profile").exists()
    finally:
        app.close_session()
