"""Every file the app leaves in a profile is private: files 0600, folders 0700.

A session-like run on one profile: the single-instance lock, the log (rotated), a real
session against the sandbox (first sync, a note, settings and window state saved), the
message templates copied into the profile, a database migration (backup), then a
damaged database set aside and salvaged. Then the whole profile is walked.
"""

from __future__ import annotations

import logging
import sqlite3
import stat
from pathlib import Path

from tpop_desktop import logging_setup
from tpop_desktop.controller import AppController
from tpop_desktop.logging_setup import setup_logging, shutdown_logging
from tpop_desktop.profile import Profile
from tpop_desktop.settings import Settings
from tpop_desktop.single_instance import SingleInstance
from tpop_desktop.store import open_database
from tpop_desktop.templates import TemplateLibrary


def modes(root: Path) -> dict[str, str]:
    """Relative path -> octal mode, for everything under ``root``."""
    return {str(path.relative_to(root)): oct(stat.S_IMODE(path.lstat().st_mode)) for path in sorted(root.rglob("*"))}


def run_a_session(qtbot, profile: Profile, sandbox, token: str) -> None:
    controller = AppController(profile, api_url=sandbox.base_url, token=token)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
        controller.start(demo=False)
    assert first.args == [True]
    reference = sandbox.orders()[0].reference
    controller.session.cases.set_note(reference, "ring twice")
    controller.settings.sync_interval_minutes = 7
    controller.settings.set_window_state("probe", controller.window.saveGeometry())
    controller.settings.sync()
    controller.quit()


def test_every_file_of_a_used_profile_is_private(qtbot, tmp_path, sandbox, sandbox_token, monkeypatch):
    profile = Profile.in_folder(tmp_path / "profile")
    profile.ensure()
    instance = SingleInstance(profile, runtime_dir=str(tmp_path))
    assert instance.acquire() and instance.guarded
    monkeypatch.setattr(logging_setup, "LOG_MAX_BYTES", 4096)  # rotate soon
    setup_logging(profile.log_dir)
    try:
        for n in range(100):
            logging.getLogger("tpop_desktop").info("line %d %s", n, "x" * 100)
        run_a_session(qtbot, profile, sandbox, sandbox_token)
        assert TemplateLibrary(profile.templates_dir).export_defaults()
        Settings(profile.settings_path).sync()
        conn = sqlite3.connect(profile.database_path)
        conn.execute("PRAGMA user_version = 3")  # the last step re-runs safely: a migration, with its backup
        conn.close()
        assert open_database(profile.database_path).migrated_from == 3
        with open(profile.database_path, "r+b") as file:
            file.write(bytes(100))
        assert open_database(profile.database_path).salvaged.notes == 1
        found = modes(profile.data_dir.parent)
        kinds = {name.split("/")[-1].split(".")[0] for name in found}
        assert {"instance", "settings", "orders", "tpop-desktop", "en", "fr"} <= kinds, found
        assert any(".bak-v3-" in name for name in found) and any(".corrupt-" in name for name in found)
        assert any(name.endswith(".log.1") for name in found)
        not_private = {name: mode for name, mode in found.items()
                       if mode != ("0o700" if (profile.data_dir.parent / name).is_dir() else "0o600")}
        assert not_private == {}
    finally:
        shutdown_logging()
        instance.release()


def test_files_an_older_version_left_readable_are_made_private_at_start(tmp_path):
    profile = Profile.in_folder(tmp_path / "profile")
    for folder in (profile.data_dir, profile.config_dir / "templates", profile.log_dir):
        folder.mkdir(parents=True, mode=0o755)
        folder.chmod(0o755)
    old = {profile.settings_path: 0o644, profile.lock_path: 0o644, profile.templates_dir / "fr.json": 0o664,
           profile.log_dir / "tpop-desktop.log.2": 0o640}
    for path, mode in old.items():
        path.write_text("from an older version")
        path.chmod(mode)
    elsewhere = tmp_path / "shared.txt"
    elsewhere.write_text("not the app's")
    elsewhere.chmod(0o644)
    (profile.config_dir / "link").symlink_to(elsewhere)
    profile.ensure()
    found = modes(tmp_path / "profile")
    assert {name: mode for name, mode in found.items() if not name.endswith("link")} == {
        name: ("0o700" if (tmp_path / "profile" / name).is_dir() else "0o600") for name in found
        if not name.endswith("link")}
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644  # a symlink is not followed
