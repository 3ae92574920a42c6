"""The icons ship with the app and load: the window, tray and status column never show blanks."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from tpop_desktop import resources
from tpop_desktop.core.models import Status
from tpop_desktop.resources import APP_ICON_SIZES, app_icon, resource_path, status_icon

REPO_RESOURCES = Path(__file__).resolve().parent.parent / "resources"

STATUS_COLOURS = {
    Status.OPEN: "#7f8c8d",
    Status.PRODUCTION: "#8e44ad",
    Status.BLOCKED: "#e74c3c",
    Status.SHIPPED: "#2e86de",
    Status.DELIVERED: "#27ae60",
    Status.CANCELLED: "#95a5a6",
}


@pytest.fixture
def clean_root_cache():
    resources.resources_root.cache_clear()
    yield
    resources.resources_root.cache_clear()


def test_resource_path_finds_the_app_svg_in_a_source_checkout(clean_root_cache):
    svg = resource_path("icons", "tpop-desktop.svg")
    assert svg == REPO_RESOURCES / "icons" / "tpop-desktop.svg"
    assert svg.is_file()
    assert b"<svg" in svg.read_bytes()


def test_a_bundle_folder_wins_over_the_source_checkout(tmp_path, monkeypatch, clean_root_cache):
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons", "x.svg") == tmp_path / "resources" / "icons" / "x.svg"


def test_missing_resources_are_reported_with_the_places_searched(tmp_path, monkeypatch,
                                                               clean_root_cache):
    monkeypatch.setattr(resources, "resource_roots", lambda: [tmp_path / "nowhere"])
    with pytest.raises(FileNotFoundError, match="nowhere"):
        resource_path("icons", "tpop-desktop.svg")


def test_app_icon_carries_every_rendered_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= set(APP_ICON_SIZES)
    for size in (16, 48, 256):
        pixmap = icon.pixmap(QSize(size, size))
        assert pixmap.width() == size * pixmap.devicePixelRatio()


@pytest.mark.parametrize("size", APP_ICON_SIZES)
def test_each_png_has_the_size_in_its_name(qapp, size):
    image = QImage(str(resource_path("icons", f"tpop-desktop-{size}.png")))
    assert (image.width(), image.height()) == (size, size)
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255  # the tile is opaque, only the corners are transparent


def test_windows_ico_and_macos_icns_hold_several_sizes():
    ico = resource_path("icons", "tpop-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 7
    icns = resource_path("icons", "tpop-desktop.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


@pytest.mark.parametrize("status", list(Status))
def test_status_icons_load_in_their_status_colour(qapp, status):
    icon = status_icon(status)
    assert not icon.isNull()
    image = icon.pixmap(QSize(32, 32)).toImage()
    expected = QColor(STATUS_COLOURS[status])
    found = {image.pixelColor(x, y).name() for x in range(image.width())
             for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}
    assert expected.name() in found


def test_status_icon_accepts_the_plain_status_code(qapp):
    assert not status_icon("shipped").isNull()


def test_status_icon_rejects_an_unknown_status(qapp):
    with pytest.raises(ValueError):
        status_icon("lost-in-space")
