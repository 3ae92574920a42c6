"""Shared fixtures: an offscreen Qt, a live sandbox account, a captured desktop URL handler."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tpop_desktop.sandbox.server import SandboxServer

SANDBOX_TOKEN = "sandbox-test-token-5f2a9c"
SANDBOX_SEED = 7


class OpenedUrls(QObject):
    """Stands in for the browser: records every URL the app asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp) -> None:
    """The app installs English's plural forms at start ("1 order", "2 orders"); so do the tests."""
    from tpop_desktop.i18n import install_translators

    assert install_translators(qapp, "en") == "en"


@pytest.fixture(scope="session", autouse=True)
def _gui_thread_collector(qapp) -> Iterator[object]:
    """As in the app: garbage is collected on the GUI thread only (a test's worker threads never do)."""
    from tpop_desktop.ui.gui_collector import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _collect_between_tests(_gui_thread_collector) -> Iterator[None]:
    yield
    _gui_thread_collector.collect_if_due()  # on the GUI thread, between tests too


@pytest.fixture
def opened_urls(qapp) -> Iterator[OpenedUrls]:
    recorder = OpenedUrls()
    for scheme in ("https", "http", "mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder
    for scheme in ("https", "http", "mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def sandbox_token() -> str:
    return SANDBOX_TOKEN


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(SANDBOX_TOKEN, seed=SANDBOX_SEED)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def utc_now() -> datetime:
    return datetime.now(timezone.utc)


# -- tests that need a real Secret Service ---------------------------------------------------
# Marked ``keyring_service``; they run only inside tests/run_with_keyring.sh (a private D-Bus
# session with a throwaway, unlocked gnome-keyring), never against the developer's own
# session bus. Outside the script they are skipped with that reason, unless
# TPOP_TEST_REQUIRE_KEYRING=1 (CI), where they fail loudly instead.

RUN_HINT = "run through tests/run_with_keyring.sh"
PASSWORD_VARIABLE = "TPOP_TEST_KEYRING_PASSWORD"


def _hermetic_keyring_problem() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset)"
    if not os.environ.get(PASSWORD_VARIABLE):
        return f"not inside the throwaway keyring session ({PASSWORD_VARIABLE} is unset)"
    return None


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("keyring_service") is None:
        return
    problem = _hermetic_keyring_problem()
    if problem is None:
        return
    if os.environ.get("TPOP_TEST_REQUIRE_KEYRING") == "1":
        pytest.fail(
            f"this test needs a real Secret Service but {problem}; "
            f"TPOP_TEST_REQUIRE_KEYRING=1 forbids skipping it: {RUN_HINT}",
            pytrace=False,
        )
    pytest.skip(f"needs a real Secret Service ({problem}): {RUN_HINT}")


@pytest.fixture
def secret_tool_lookup() -> Callable[[str], str | None]:
    """Read an entry with libsecret's secret-tool, independently of our module."""

    def lookup(user: str) -> str | None:
        result = subprocess.run(
            ["secret-tool", "lookup", "service", "tpop-desktop", "username", user],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if result.returncode != 0:
            assert result.stderr.strip() == "", result.stderr  # "not found" is silent
            return None
        return result.stdout

    return lookup


# -- tests that need an X server (Xvfb) and a session bus ----------------------------------------
# Marked ``xvfb``; tests/run_with_xvfb.sh starts Xvfb and exports TPOP_TEST_DISPLAY.


def _xvfb_problem() -> str | None:
    if not os.environ.get("TPOP_TEST_DISPLAY"):
        return "no X server (TPOP_TEST_DISPLAY is unset)"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus"
    return None


@pytest.fixture(autouse=True)
def _gate_xvfb(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("xvfb") is None:
        return
    problem = _xvfb_problem()
    if problem is None:
        return
    hint = "run through tests/run_with_keyring.sh tests/run_with_xvfb.sh (scripts/test.sh does)"
    if os.environ.get("TPOP_TEST_REQUIRE_XVFB") == "1":
        pytest.fail(f"this test needs {problem}; TPOP_TEST_REQUIRE_XVFB=1 forbids skipping it: {hint}",
                    pytrace=False)
    pytest.skip(f"needs an X server and a session bus ({problem}): {hint}")
