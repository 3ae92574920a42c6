"""The Linux desktop entry and AppStream metadata are valid and agree with the app they describe.

Software centres and app menus silently drop files that fail validation, so the official
validators run here. They come from Debian's desktop-file-utils and appstream packages; CI
installs them and sets TPOP_TEST_REQUIRE_TOOLS=1 so a missing tool fails instead of skipping.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import tpop_desktop

REPO = Path(__file__).resolve().parents[2]
LINUX_DIR = REPO / "packaging" / "linux"
APP_ID = "io.github.tpop_desktop.TpopDesktop"
DESKTOP_FILE = LINUX_DIR / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX_DIR / f"{APP_ID}.metainfo.xml"

TOOL_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def require_tool(tool: str) -> str:
    """The tool's path; without it, fail when CI demands the tools, else skip and say why."""
    path = shutil.which(tool)
    if path:
        return path
    reason = f"{tool} not found: install the Debian package '{TOOL_PACKAGES[tool]}'"
    if os.environ.get("TPOP_TEST_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{reason} (TPOP_TEST_REQUIRE_TOOLS=1 makes this tool mandatory)")
    pytest.skip(reason)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def gui_script_name() -> str:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (name,) = [n for n, target in pyproject["project"]["gui-scripts"].items()
               if target == "tpop_desktop.app:main"]
    return name


def test_desktop_file_passes_desktop_file_validate():
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=30)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output, output


def test_metainfo_passes_appstreamcli_validate():
    tool = require_tool("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO_FILE)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_newest_release_is_the_app_version():
    releases = metainfo().findall("./releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == tpop_desktop.__version__
    assert releases[0].find("description") is not None, "the release has no notes"


def test_metainfo_and_desktop_entry_name_the_same_app():
    root = metainfo()
    entry = desktop_entry()
    assert root.findtext("id") == APP_ID
    assert root.findtext("./launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("name") == entry["Name"] == "TPOP Desktop"
    assert entry["Icon"] == APP_ID


def test_the_launched_command_is_the_installed_gui_script():
    command = gui_script_name()
    assert desktop_entry()["Exec"].split()[0] == command
    assert desktop_entry()["TryExec"] == command
    assert metainfo().findtext("./provides/binary") == command


def test_metainfo_licences_homepage_and_screenshots():
    root = metainfo()
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("./url[@type='homepage']").startswith("https://")
    images = [image.text for image in root.findall("./screenshots/screenshot/image")]
    assert images and all(url.startswith("https://") for url in images)
    assert all("/docs/screenshots/" in url for url in images)
    assert root.find("content_rating") is not None
