"""A profile on a read-only disk: the app starts, logs elsewhere, says which folder, shows the orders.

The profile (settings, orders, logs) is mounted read-only for the launched app
(tests/confined.py); the log goes to a private temporary folder or stderr instead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from confined import read_only_possible, run_read_only

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.profile import Profile
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.sync.engine import run_sync

pytestmark = pytest.mark.skipif(read_only_possible() is not None, reason=str(read_only_possible()))

PROBE = """
import json, logging, sys
from pathlib import Path
from tpop_desktop.logging_setup import setup_logging, shutdown_logging
setup = setup_logging(Path(sys.argv[1]))
logging.getLogger("tpop_desktop").warning("still logging")
for handler in logging.getLogger().handlers:
    handler.flush()
print(json.dumps({"path": str(setup.path), "unwritable": str(setup.unwritable), "reason": setup.reason,
                  "logged": setup.path is not None and "still logging" in Path(setup.path).read_text()}))
shutdown_logging()
"""


def test_a_read_only_log_folder_falls_back_and_names_the_folder(tmp_path):
    logs = tmp_path / "profile" / "logs"
    logs.mkdir(parents=True)
    result = run_read_only(tmp_path / "profile", ["-c", PROBE, str(logs)])
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["unwritable"] == str(logs) and outcome["reason"] in ("Read-only file system", "Permission denied")
    assert not outcome["path"].startswith(str(logs)) and outcome["logged"]
    assert f"the log folder {logs} cannot be written" in result.stderr


def filled_profile(root: Path, sandbox, token: str) -> Profile:
    profile = Profile.in_folder(root)
    profile.ensure()
    open_database(profile.database_path)
    store, source = OrderStore(profile.database_path), TpopConnector(sandbox.base_url, token)
    try:
        run_sync(source, store)
    finally:
        store.close()
        source.close()
    return profile


def test_the_app_starts_on_a_read_only_profile_and_syncs_what_needs_no_writing(tmp_path, sandbox, sandbox_token):
    root = tmp_path / "profile"
    profile = filled_profile(root, sandbox, sandbox_token)
    environment = {"QT_QPA_PLATFORM": "offscreen", "TPOP_DESKTOP_TOKEN": sandbox_token,
                   "XDG_RUNTIME_DIR": str(tmp_path)}
    result = run_read_only(root, ["-m", "tpop_desktop", "--profile", str(root), "--api-url", sandbox.base_url,
                                  "--quit-after-sync"], **environment)
    assert "OSError" not in result.stderr and "Read-only file system: " not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]  # the first sync needed no write, so it succeeded
    assert f"the log folder {profile.log_dir} cannot be written" in result.stderr
    assert f"{profile.data_dir} cannot be written; the order database is opened read-only" in result.stderr
    assert not (profile.log_dir / "tpop-desktop.log").exists()


SYNC = """
import sys
from pathlib import Path
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store import OrderStore, StoreError, open_database
from tpop_desktop.sync.engine import run_sync
db, url, token = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
print("read-only:", open_database(db).read_only)
store, source = OrderStore(db), TpopConnector(url, token)
print("received:", run_sync(source, store).received)
try:
    store.set_note("TP-1", "x")
except StoreError as error:
    print("note:", error.cause)
"""


def test_a_sync_that_changes_nothing_works_on_a_read_only_folder(tmp_path, sandbox, sandbox_token):
    profile = filled_profile(tmp_path / "profile", sandbox, sandbox_token)
    result = run_read_only(profile.data_dir, ["-c", SYNC, str(profile.database_path), sandbox.base_url,
                                              sandbox_token])
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0] == "read-only: True" and lines[1].startswith("received: ") and lines[2] == "note: read_only"
