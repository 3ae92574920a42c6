"""Where the app keeps its files: platform folders by default, one folder with ``--profile``."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "tpop-desktop"


@dataclass(frozen=True)
class Profile:
    """Settings, the order database and logs of one merchant (or of the demo)."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> Profile:
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def in_folder(cls, root: Path) -> Profile:
        root = root.expanduser().absolute()
        return cls(data_dir=root / "data", config_dir=root / "config", log_dir=root / "logs")

    @property
    def database_path(self) -> Path:
        return self.data_dir / "orders.sqlite3"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def templates_dir(self) -> Path:
        return self.config_dir / "templates"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "instance.lock"

    def ensure(self) -> None:
        """Create the folders, private to the user, and make what older versions left private too."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            try:
                os.chmod(folder, 0o700)
            except OSError:
                pass  # not ours to change (a shared folder); the files inside are still 0600
            _make_private(folder)


def _make_private(folder: Path) -> None:
    """Files 0600 and folders 0700 under ``folder`` (an older version created some 0644).

    Symlinks are not followed and only this user's entries are changed; a read-only
    profile is left as it is.
    """
    own = os.getuid() if hasattr(os, "getuid") else None
    for entry in folder.rglob("*"):
        try:
            info = entry.lstat()
            if stat.S_ISLNK(info.st_mode) or (own is not None and info.st_uid != own):
                continue
            wanted = 0o700 if stat.S_ISDIR(info.st_mode) else 0o600
            if stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode):
                if stat.S_IMODE(info.st_mode) & 0o077:
                    os.chmod(entry, stat.S_IMODE(info.st_mode) & wanted)
        except OSError:
            continue
