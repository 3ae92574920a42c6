"""The merchant's language: the system's by default, or the one chosen in the settings.

Our own translations are compiled from ``resources/translations/*.ts`` into
``tpop_desktop/translations/*.qm`` when the package is built; Qt's own (dialog buttons)
come from Qt's translation folder.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr", "de")
_installed: list[tuple[QTranslator, bytes | None]] = []  # Qt reads the .qm bytes in place: keep them alive


def choose_language(override: str = "") -> str:
    """The override when it is supported, else the system's language when supported, else English."""
    if override in SUPPORTED:
        return override
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def _qm_bytes(language: str) -> bytes | None:
    try:
        return resources.files("tpop_desktop.translations").joinpath(f"tpop_desktop_{language}.qm").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None


def install_translators(app: QCoreApplication, language: str) -> str:
    """Load the translations for ``language``; returns the language actually in use."""
    for translator, _data in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in SUPPORTED:
        language = "en"
    QLocale.setDefault(QLocale(language))
    data = _qm_bytes(language)  # English has one too: its plural forms ("1 order", "2 orders")
    ours = QTranslator(app)
    if data is None or not ours.load(data):
        log.warning("no translations for %s; using English", language)
        return "en"
    if language == "en":
        app.installTranslator(ours)
        _installed.append((ours, data))
        return language
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append((qt, None))
    app.installTranslator(ours)
    _installed.append((ours, data))
    return language
