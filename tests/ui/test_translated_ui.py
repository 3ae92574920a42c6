"""The real window on the sandbox account, in French and in German.

The app is started the way a French or German merchant starts it (``install_translators``
before the window is built); every check reads what the merchant would see on screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QMenu

import tpop_desktop
from tpop_desktop import i18n
from tpop_desktop.controller import AppController
from tpop_desktop.credentials.states import KeyringState
from tpop_desktop.core.models import Status
from tpop_desktop.i18n import choose_language, install_translators
from tpop_desktop.profile import Profile
from tpop_desktop.ui.account_texts import keyring_error_text
from tpop_desktop.ui.orders_model import Column
from tpop_desktop.ui.welcome import WelcomePage
from layout_helpers import scanned_columns_fit

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


@dataclass(frozen=True)
class Expected:
    menus: tuple[str, ...]
    sync_action: str
    headers: dict[Column, str]
    statuses: dict[Status, str]
    shipped_explanation: str
    not_shipped_start: str
    track_with_start: str
    shipped_title: str  # with {reference}


EXPECTED = {
    "fr": Expected(
        menus=("&Fichier", "&Compte", "C&ommandes", "&Dossiers", "Contrôle des &boutiques", "&Aide"),
        sync_action="Synchroniser maintenant",
        headers={Column.REFERENCE: "Commande", Column.STATUS: "Statut", Column.TRACKING: "Numéro de suivi",
                 Column.CUSTOMER: "Client"},
        statuses={Status.SHIPPED: "Expédiée", Status.PRODUCTION: "En production", Status.OPEN: "Ouverte"},
        shipped_explanation="TPOP l'a emballée et expédiée, et en a informé votre client. "
                            "Le numéro de suivi figure ci-dessous.",
        not_shipped_start="Pas encore expédiée\u00a0:",
        track_with_start="Suivre avec ",
        shipped_title="Commande {reference} expédiée",
    ),
    "de": Expected(
        menus=("&Datei", "&Konto", "&Bestellungen", "&Fälle", "Shop-&Prüfung", "&Hilfe"),
        sync_action="Jetzt synchronisieren",
        headers={Column.REFERENCE: "Bestellung", Column.STATUS: "Status", Column.TRACKING: "Sendungsnummer",
                 Column.CUSTOMER: "Kunde"},
        statuses={Status.SHIPPED: "Versendet", Status.PRODUCTION: "In Produktion", Status.OPEN: "Offen"},
        shipped_explanation="TPOP hat sie verpackt und versendet und Ihren Kunden informiert. "
                            "Die Sendungsnummer steht unten.",
        not_shipped_start="Noch nicht versendet:",
        track_with_start="Mit ",
        shipped_title="Bestellung {reference} versendet",
    ),
}


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()",
                    "-silent", str(ts_file), "-qm", str(qm_file)], check=True, timeout=60)


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory) -> Path:
    """The package's .qm files, matching the .ts sources of this checkout.

    ``pip install -e .`` compiles them into tpop_desktop/translations/ (build output, not
    versioned); when they are missing or older than the sources, they are compiled again
    there, the same way, so the app loads them through its ordinary path.
    """
    target = Path(tpop_desktop.__file__).resolve().parent / "translations"
    scratch = tmp_path_factory.mktemp("qm")
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        fresh = scratch / f"{ts_file.stem}.qm"
        lrelease(ts_file, fresh)
        packaged = target / fresh.name
        if not packaged.is_file() or packaged.read_bytes() != fresh.read_bytes():
            staged = target / f".{fresh.name}.{os.getpid()}"
            staged.write_bytes(fresh.read_bytes())
            os.replace(staged, packaged)  # atomic: a concurrent reader sees the old or the new file
    return target


@pytest.fixture(params=sorted(EXPECTED))
def language(request, qapp, compiled_translations):
    """The app in French or German for one test, then English again for the tests that follow."""
    previous_locale = QLocale()
    assert install_translators(qapp, request.param) == request.param
    yield request.param
    assert install_translators(qapp, "en") == "en"
    QLocale.setDefault(previous_locale)


@pytest.fixture
def controller(language, qtbot, tmp_path, sandbox, sandbox_token):
    app_controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=sandbox.base_url,
                                   token=sandbox_token)
    qtbot.addWidget(app_controller.window)
    with qtbot.waitSignal(app_controller.firstSyncDone, timeout=20000) as first:
        app_controller.start(demo=False)
    assert first.args == [True]
    qtbot.waitUntil(lambda: app_controller.window.model.rowCount() == len(sandbox.orders()), timeout=5000)
    yield app_controller
    app_controller.close_session()


def select(qtbot, window, reference: str) -> None:
    assert window.select_reference(reference)
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == reference)


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if isinstance(action.menu(), QMenu)]


def test_menus_toolbar_and_column_headers_are_translated(controller, language):
    expected = EXPECTED[language]
    window = controller.window
    titles = menu_titles(window)
    assert set(expected.menus) <= set(titles)
    letters = [title[title.index("&") + 1].lower() for title in titles if "&" in title]
    assert len(letters) == len(titles) and len(set(letters)) == len(letters), titles  # Alt+letter is unambiguous
    assert [action.text() for action in window.toolbar.actions()][0] == expected.sync_action
    for column, title in expected.headers.items():
        assert window.model.headerData(column, Qt.Orientation.Horizontal) == title


def test_status_cells_use_the_merchants_words(controller, language, sandbox):
    model = controller.window.model
    for status, word in EXPECTED[language].statuses.items():
        order = next(o for o in sandbox.orders() if o.status is status)
        row = model.row_of_reference(order.reference)
        assert model.index(row, Column.STATUS).data() == word


def test_the_detail_pane_explains_a_shipped_order_and_links_its_tracking(qtbot, controller, language, sandbox):
    expected = EXPECTED[language]
    shipped = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.shipments)
    select(qtbot, controller.window, shipped.reference)
    detail = controller.window.detail
    assert detail.status_label.text() == expected.statuses[Status.SHIPPED]
    assert detail.explanation_label.text() == expected.shipped_explanation
    carrier_button = next(b for v in detail.shipment_views for b in v.link_buttons
                          if b.objectName() == "carrier-link")
    assert carrier_button.text().startswith(expected.track_with_start)


def test_the_detail_pane_says_an_open_order_is_not_shipped_yet(qtbot, controller, language, sandbox):
    waiting = next(o for o in sandbox.orders() if o.status is Status.OPEN)
    select(qtbot, controller.window, waiting.reference)
    assert controller.window.detail.no_shipment_label.text().startswith(EXPECTED[language].not_shipped_start)


def test_a_shipping_notification_is_translated(qtbot, controller, language, sandbox):
    order = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION)
    shipment = sandbox.ship(order.reference).shipments[-1]
    shown = []
    controller.notifier.shown.connect(lambda *args: shown.append(args))
    with qtbot.waitSignal(controller.window.model.refreshed, timeout=15000):
        controller.sync_now()
    qtbot.waitUntil(lambda: len(shown) >= 1, timeout=5000)
    title, body, reference = shown[0]
    assert (title, reference) == (EXPECTED[language].shipped_title.format(reference=order.reference), order.reference)
    assert shipment.tracking_number in body


def test_english_is_back_after_the_translated_tests(qapp):
    """Runs after them (file order): their teardown left no translator and no French locale behind."""
    from tpop_desktop.ui.texts import status_label, tr
    assert (tr("&File"), status_label(Status.SHIPPED)) == ("&File", "Shipped")
    assert QLocale().language() not in (QLocale.Language.French, QLocale.Language.German)


class SystemLocale(QLocale):
    """Stands in for the desktop's language setting."""

    name_of_system = "en_US"

    @staticmethod
    def system() -> QLocale:
        return QLocale(SystemLocale.name_of_system)


@pytest.mark.parametrize(("override", "system", "expected"), [
    ("fr", "de_DE", "fr"),       # the setting wins over the desktop
    ("de", "fr_FR", "de"),
    ("en", "fr_FR", "en"),
    ("", "fr_BE", "fr"),         # no setting: the desktop's language, whatever the country
    ("", "de_CH", "de"),
    ("", "es_ES", "en"),         # a language the app does not speak: English
    ("it", "es_ES", "en"),       # an unknown setting falls back like no setting
    ("it", "de_AT", "de"),
])
def test_choose_language_follows_the_override_then_the_system_then_english(monkeypatch, override, system,
                                                                           expected):
    monkeypatch.setattr(SystemLocale, "name_of_system", system)
    monkeypatch.setattr(i18n, "QLocale", SystemLocale)
    assert choose_language(override) == expected


def test_an_unsupported_language_installs_english(qapp, compiled_translations):
    previous_locale = QLocale()
    try:
        assert install_translators(qapp, "it") == "en"
        from tpop_desktop.ui.texts import tr
        assert tr("&File") == "&File"
    finally:
        QLocale.setDefault(previous_locale)


@pytest.mark.parametrize("size", [(1200, 720), (1280, 720)])
@pytest.mark.parametrize("language_code", ["en", "fr", "de"])
def test_the_welcome_page_shows_every_line_of_its_texts(qtbot, qapp, compiled_translations, language_code, size):
    """A fresh profile's first screen: no wrapped text loses its first or last line, in any language."""
    assert install_translators(qapp, language_code) == language_code
    try:
        page = WelcomePage()
        qtbot.addWidget(page)
        page.show_notice(keyring_error_text(KeyringState.LOCKED))
        page.resize(*size)
        page.show()
        qtbot.waitExposed(page)
        labels = [label for label in page.findChildren(QLabel) if label.isVisible() and label.wordWrap()]
        assert len(labels) == 2  # the introduction and the notice
        for label in labels:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        assert install_translators(qapp, "en") == "en"


def test_the_columns_a_merchant_scans_fit_a_laptop_window(qtbot, controller, language):
    window = controller.window
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert scanned_columns_fit(window) == []
