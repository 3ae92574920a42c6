"""The build inputs that are not run by the test suite itself still hold together.

The PyInstaller build is too slow for pytest (CI runs packaging/build_linux.sh separately),
so this checks the pieces it relies on: the icon containers Windows and macOS read, the
Windows version numbers, and that the spec and the bundle's entry script are valid Python.
"""

from __future__ import annotations

import ast
import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImageReader
from PySide6.QtSvg import QSvgRenderer

import tpop_desktop

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    """Import packaging/<name>.py by path ("packaging" is also a PyPI library's name)."""
    spec = importlib.util.spec_from_file_location(f"tpop_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_icons = load("render_icons")
windows_version_info = load("windows_version_info")


def sizes_read_by_qt(data: bytes, image_format: bytes) -> list[int]:
    """Every image Qt's own reader finds in an .ico or .icns file, by width."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(image_format))
    widths = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        widths.append(image.width())
    return widths


@pytest.fixture(scope="module")
def rendered_pngs(qapp) -> dict[int, bytes]:
    renderer = QSvgRenderer(str(render_icons.ICONS_DIR / "tpop-desktop.svg"))
    assert renderer.isValid()
    return {size: render_icons.render_png(renderer, size) for size in (16, 32, 64, 128, 256, 512, 1024)}


def test_ico_written_by_the_script_opens_at_every_size(rendered_pngs):
    pngs = {size: rendered_pngs[size] for size in (16, 32, 256)}
    assert sizes_read_by_qt(render_icons.ico_bytes(pngs), b"ico") == [16, 32, 256]


def test_icns_written_by_the_script_opens_at_every_size(rendered_pngs):
    data = render_icons.icns_bytes(rendered_pngs)
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = [size for _, size in render_icons.ICNS_TYPES]
    assert sizes_read_by_qt(data, b"icns") == expected


def test_committed_ico_covers_windows_sizes_up_to_256():
    data = (render_icons.ICONS_DIR / "tpop-desktop.ico").read_bytes()
    count = struct.unpack("<H", data[4:6])[0]
    widths = [data[6 + 16 * i] or 256 for i in range(count)]
    assert widths == list(render_icons.ICO_SIZES)


@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", (0, 1, 0, 0)),
    ("1.2.3.4", (1, 2, 3, 4)),
    ("2", (2, 0, 0, 0)),
    ("1.2.3.dev4", (1, 2, 3, 0)),
    ("1.0rc1", (1, 0, 0, 0)),
    ("1.2+local.5", (1, 2, 0, 0)),
])
def test_windows_file_version_numbers(version, expected):
    assert windows_version_info.version_tuple(version) == expected


@pytest.mark.parametrize("name", ["tpop-desktop.spec", "launcher.py", "render_icons.py",
                                  "windows_version_info.py"])
def test_packaging_python_files_parse(name):
    ast.parse((PACKAGING / name).read_text(encoding="utf-8"), filename=name)


def test_spec_reads_the_version_of_the_package():
    """The spec parses __init__.py without importing it; it must find the same version."""
    spec_source = (PACKAGING / "tpop-desktop.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec_source)
    (read_version,) = [node for node in tree.body
                       if isinstance(node, ast.FunctionDef) and node.name == "read_version"]
    namespace = {"ast": ast, "ROOT": PACKAGING.parent}
    exec(compile(ast.Module([read_version], type_ignores=[]), "spec", "exec"), namespace)
    assert namespace["read_version"]() == tpop_desktop.__version__
