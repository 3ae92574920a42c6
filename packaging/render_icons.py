"""Render the app icon's PNG sizes, the Windows .ico and the macOS .icns from the one SVG.

The SVG in ``resources/icons/`` is the only drawing; everything else is generated from it with
Qt's own SVG renderer, so the icon never drifts between platforms. Run it again after editing
the SVG and commit the results:

    python packaging/render_icons.py

The .ico and .icns containers are written by hand with PNG payloads (Windows Vista and
macOS 10.7 onwards read those): Qt's image writers only store one size per file.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
APP_ICON_NAME = "tpop-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an .ico can describe
# Apple's PNG-capable icon types: (type code, pixel size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """One square PNG of the SVG at ``size`` pixels, transparent around the tile."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file: ICONDIR, one ICONDIRENTRY per size, then the PNG payloads."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payloads = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payloads += png
        offset += len(png)
    return header + entries + payloads


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file: the 'icns' header, then one (type, length, PNG) element per type."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_if_changed(path: Path, data: bytes) -> bool:
    """Only touch files whose bytes changed, so a re-run leaves the working tree clean."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed by QPainter)
    svg = ICONS_DIR / f"{APP_ICON_NAME}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"render_icons: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(renderer, size) for size in sizes}
    outputs = {ICONS_DIR / f"{APP_ICON_NAME}-{size}.png": pngs[size] for size in PNG_SIZES}
    outputs[ICONS_DIR / f"{APP_ICON_NAME}.ico"] = ico_bytes({s: pngs[s] for s in ICO_SIZES})
    outputs[ICONS_DIR / f"{APP_ICON_NAME}.icns"] = icns_bytes(pngs)
    for path, data in outputs.items():
        state = "written" if write_if_changed(path, data) else "unchanged"
        print(f"{path.relative_to(ICONS_DIR.parent.parent)}: {state} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
