"""Find the app's icons wherever it runs: a source checkout, an installed wheel or a bundle.

The drawings live once, in the repository's top-level ``resources/`` folder. A wheel build
copies that folder into the package as ``tpop_desktop/resources/`` and the PyInstaller spec
puts it at ``resources/`` beside the executable's files (``sys._MEIPASS``), so the lookup
below tries those three places in that order and the callers never care which one won.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from tpop_desktop.core.models import Status

RESOURCES_DIR_NAME = "resources"
APP_ICON_NAME = "tpop-desktop"
APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
STATUS_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48)


def resource_roots() -> list[Path]:
    """Where the resources folder may be, most specific first."""
    roots: list[Path] = []
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:
        roots.append(Path(bundle_dir) / RESOURCES_DIR_NAME)
    package_dir = Path(__file__).resolve().parent
    roots.append(package_dir / RESOURCES_DIR_NAME)  # installed wheel
    roots.append(package_dir.parent / RESOURCES_DIR_NAME)  # source checkout
    return roots


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The first resources folder that exists; a clear error if the install lost it."""
    roots = resource_roots()
    for root in roots:
        if (root / "icons").is_dir():
            return root
    tried = ", ".join(str(root) for root in roots)
    raise FileNotFoundError(f"TPOP Desktop's resources folder is missing (looked in: {tried})")


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. ``resource_path("icons", "tpop-desktop.svg")``."""
    return resources_root().joinpath(*parts)


def app_icon() -> QIcon:
    """The application icon with every pre-rendered size, for windows, the tray and docks."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = resource_path("icons", f"{APP_ICON_NAME}-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():  # PNGs not rendered yet: fall back on the drawing itself
        icon = _icon_from_svg(resource_path("icons", f"{APP_ICON_NAME}.svg"), APP_ICON_SIZES)
    return icon


def status_icon(status: Status | str) -> QIcon:
    """The icon for an order status (``open``, ``shipped``...); ValueError for an unknown one."""
    return _status_icon(Status(status).value)


@lru_cache(maxsize=None)
def _status_icon(status_value: str) -> QIcon:
    return _icon_from_svg(resource_path("icons", f"status-{status_value}.svg"), STATUS_ICON_SIZES)


def _icon_from_svg(svg: Path, sizes: tuple[int, ...]) -> QIcon:
    """Render the SVG at each size, so the icon is crisp without Qt's SVG icon plugin."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise FileNotFoundError(f"not a readable SVG icon: {svg}")
    icon = QIcon()
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
