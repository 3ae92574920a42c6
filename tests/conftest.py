"""Shared fixtures: an offscreen Qt, a live sandbox account, a captured desktop URL handler."""

from __future__ import annotations

import os
from collections.abc import Iterator
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
