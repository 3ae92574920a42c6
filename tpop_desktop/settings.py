"""The merchant's preferences, in the profile's INI file. Never a token or a secret."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

def _make_private(path: Path) -> None:
    """The file exists and is 0600 before QSettings writes it (it keeps an existing file's mode).

    QSettings would create it with the umask's mode (0644 usually). Nothing is created
    when the folder does not exist yet (the profile was not set up), or cannot be written.
    """
    if not path.parent.is_dir():
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(path, 0o600)  # a file left by an older version may be wider
    except OSError:
        pass  # a read-only profile: QSettings only reads it then


MIN_INTERVAL_MIN = 1
MAX_INTERVAL_MIN = 60
DEFAULT_INTERVAL_MIN = 5
NOTIFICATION_KINDS = ("shipped", "blocked", "delivered", "new", "parcel_pickup", "parcel_problem", "parcel_returned")


class Settings:
    """Typed access to QSettings with defaults and bounds, so bad values never reach the app."""

    def __init__(self, path: Path) -> None:
        _make_private(Path(path))
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    def _get(self, key: str, default):
        value = self._qs.value(key, default)
        return default if value is None else value

    def _get_bool(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    def _get_int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._get(key, default))
        except (TypeError, ValueError):
            return default
        return max(low, min(high, value))

    # -- sync --
    @property
    def sync_interval_minutes(self) -> int:
        return self._get_int("sync/interval_minutes", DEFAULT_INTERVAL_MIN, MIN_INTERVAL_MIN, MAX_INTERVAL_MIN)

    @sync_interval_minutes.setter
    def sync_interval_minutes(self, minutes: int) -> None:
        self._qs.setValue("sync/interval_minutes", max(MIN_INTERVAL_MIN, min(MAX_INTERVAL_MIN, int(minutes))))

    # -- account (never the token) --
    @property
    def account_id(self) -> str:
        return str(self._get("account/id", ""))

    @property
    def account_name(self) -> str:
        return str(self._get("account/name", ""))

    @property
    def api_url(self) -> str:
        return str(self._get("account/api_url", ""))

    def set_account(self, account_id: str, name: str, api_url: str) -> None:
        self._qs.setValue("account/id", account_id)
        self._qs.setValue("account/name", name)
        self._qs.setValue("account/api_url", api_url)
        self._qs.sync()

    def clear_account(self) -> None:
        self._qs.remove("account")
        self._qs.sync()

    # -- notifications and the tray --
    def notify(self, kind: str) -> bool:
        return self._get_bool(f"notifications/{kind}", True)

    def set_notify(self, kind: str, enabled: bool) -> None:
        self._qs.setValue(f"notifications/{kind}", bool(enabled))

    @property
    def close_to_tray(self) -> bool:
        return self._get_bool("tray/close_to_tray", True)

    @close_to_tray.setter
    def close_to_tray(self, enabled: bool) -> None:
        self._qs.setValue("tray/close_to_tray", bool(enabled))

    @property
    def close_to_tray_explained(self) -> bool:
        return self._get_bool("tray/close_to_tray_explained", False)

    @close_to_tray_explained.setter
    def close_to_tray_explained(self, done: bool) -> None:
        self._qs.setValue("tray/close_to_tray_explained", bool(done))

    # -- language and window state --
    @property
    def language(self) -> str:
        """An override of the system language ("" follows the system)."""
        return str(self._get("ui/language", ""))

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    def window_state(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"window/{key}", value)

    def value(self, key: str, default=None):
        return self._get(key, default)

    def set_value(self, key: str, value) -> None:
        self._qs.setValue(key, value)
