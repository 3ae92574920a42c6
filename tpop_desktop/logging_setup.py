"""Logging for the whole process, with secrets redacted before anything is written.

The redaction filter sits on the *handlers*, not on a logger: a filter on a logger only
sees that logger's own records, while records from urllib3, requests or any other
library propagate to the root handlers and would bypass it. Tracebacks are rendered
into the message and redacted too, and ``exc_info`` is cleared so no handler can
render the original traceback again.

Never enable ``http.client.HTTPConnection.debuglevel`` in shipped builds: it prints
headers (including ``Authorization``) straight to stdout, outside of logging.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import stat
import sys
import tempfile
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

REDACTED = "[REDACTED]"
LOG_FILE_NAME = "tpop-desktop.log"
LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
# A registered "secret" shorter than this would blank out ordinary words in every line.
MIN_SECRET_LENGTH = 4

_HANDLER_MARK = "_tpop_desktop_handler"

# Names of headers whose whole value is a credential.
_SECRET_HEADERS = (
    "proxy-authorization|authorization|x-shopify-access-token|x-api-key|x-auth-token"
    "|x-access-token|cookie|set-cookie"
)
# Names of key/value pairs (JSON, dict reprs, query strings, "name=value" text) whose
# value is a credential: anything ending like one of these.
_SECRET_KEY_SUFFIXES = (
    "token|secret|password|passwd|api_key|api-key|apikey|consumer_key|access_key|private_key"
)

# Do not match a value that is already redacted (the filter may run twice on a record);
# the separators before it use possessive quantifiers so backtracking cannot dodge this.
_NOT_DONE = r"(?!\[REDACTED\])"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Authorization: Bearer x", "'X-Shopify-Access-Token': 'shpat_x'", "Cookie=..."
    (
        re.compile(
            rf"(?i)\b({_SECRET_HEADERS})([\"']?+\s*+[:=]\s*+[\"']?+){_NOT_DONE}[^\"'\r\n]+"
        ),
        rf"\1\2{REDACTED}",
    ),
    # A bearer token anywhere in free text.
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*"), rf"\1 {REDACTED}"),
    # Query parameters: ?token=, &api_token=, &access_token=, &consumer_secret=, &key= ...
    (
        re.compile(
            rf"(?i)([?&;](?:key|[\w.-]*(?:{_SECRET_KEY_SUFFIXES}))=){_NOT_DONE}[^&#\s\"'<>]+"
        ),
        rf"\1{REDACTED}",
    ),
    # Key/value pairs outside a query string: {"access_token": "x"}, password=x.
    (
        re.compile(
            rf"(?i)\b([\w.-]*(?:{_SECRET_KEY_SUFFIXES})[\"']?+\s*+[:=]\s*+[\"']?+)"
            rf"{_NOT_DONE}[^\s\"'&,;)}}\]]+"
        ),
        rf"\1{REDACTED}",
    ),
    # Credentials inside a URL: https://user:password@host/
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@"), rf"\1{REDACTED}@"),
    # Shopify tokens (shpat_ admin, shpca_ custom app, shppa_ private app, shpss_ shared secret).
    (re.compile(r"\b(shp(?:at|ca|pa|ss|ua))_[A-Za-z0-9]{8,}"), rf"\1_{REDACTED}"),
    # WooCommerce REST keys: ck_/cs_ followed by 40 hex characters (accept any long tail).
    (re.compile(r"\b(ck|cs)_[A-Za-z0-9]{16,}"), rf"\1_{REDACTED}"),
)

_registry_lock = threading.Lock()
_registered: dict[str, int] = {}  # secret -> registration count


def _variants(value: str) -> set[str]:
    """The forms a secret takes in logs: raw, and URL-encoded as in a query string."""
    return {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}


def register_secret(value: str) -> None:
    """Redact ``value`` (and its URL-encoded forms) from every log record from now on."""
    if not isinstance(value, str) or len(value) < MIN_SECRET_LENGTH:
        return
    with _registry_lock:
        for variant in _variants(value):
            _registered[variant] = _registered.get(variant, 0) + 1


def forget_secret(value: str) -> None:
    """Stop redacting ``value`` once every ``register_secret`` call has been undone."""
    if not isinstance(value, str):
        return
    with _registry_lock:
        for variant in _variants(value):
            count = _registered.get(variant, 0) - 1
            if count > 0:
                _registered[variant] = count
            else:
                _registered.pop(variant, None)


def _registered_snapshot() -> list[str]:
    with _registry_lock:
        # Longest first, so a secret that contains another one is removed whole.
        return sorted(_registered, key=len, reverse=True)


def redact(text: str) -> str:
    """Return ``text`` with registered secrets and credential-shaped values replaced."""
    for secret in _registered_snapshot():
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record so that no formatter or handler can emit a secret.

    The message is rendered (``msg % args``), the traceback and stack are appended to
    it, the whole text is redacted, and ``args``/``exc_info``/``stack_info`` are cleared.
    Running it twice on the same record (two handlers) is harmless.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            text = f"{record.msg!s} {record.args!r}"
        if record.exc_info:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            text = f"{text}\n{record.exc_text}"
        if record.stack_info:
            text = f"{text}\n{self._formatter.formatStack(record.stack_info)}"
        record.msg = redact(text)
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files (current and after rollover) are 0600."""

    def _open(self):  # type: ignore[override]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # a file left by an older version may be wider
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def _our_handlers(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if getattr(h, _HANDLER_MARK, False)]


def shutdown_logging() -> None:
    """Remove and close the handlers installed by :func:`setup_logging`."""
    root = logging.getLogger()
    for handler in _our_handlers(root):
        root.removeHandler(handler)
        handler.close()
    logging.captureWarnings(False)


@dataclass(frozen=True)
class LoggingSetup:
    """Where the log goes; ``unwritable`` is the log folder that could not be used, if any."""

    path: Path | None  # the log file, or None when logging only to stderr
    unwritable: Path | None = None  # the folder asked for, when it could not be written
    reason: str = ""  # why not, as the system said (e.g. "Read-only file system")

    @property
    def fell_back(self) -> bool:
        return self.unwritable is not None


def fallback_log_dir() -> Path:
    """A private folder in the system's temporary folder, for when the profile's cannot be written."""
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return Path(tempfile.gettempdir()) / f"tpop-desktop-logs-{user}"


def _file_handler(log_dir: Path) -> tuple[PrivateRotatingFileHandler, Path]:
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = PrivateRotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT,
                                         encoding="utf-8")
    return handler, path


def _private_fallback(folder: Path) -> tuple[PrivateRotatingFileHandler, Path]:
    """The fallback folder, refused unless it is ours and private (it sits in a shared place)."""
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if stat.S_ISLNK(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()) \
            or stat.S_IMODE(info.st_mode) & 0o077:
        raise PermissionError(f"{folder} is not a private folder of this user")
    return _file_handler(folder)


def setup_logging(log_dir: Path | None, level: int = logging.INFO) -> LoggingSetup:
    """Install the stderr handler and, when ``log_dir`` is given, the rotating log file.

    A log folder that cannot be written (a read-only profile, a full disk) never stops the
    app: the log goes to ``fallback_log_dir()`` instead, or to stderr only, and the result
    names the folder that could not be written so the window can say so. Calling it again
    replaces the previous handlers instead of adding more.
    """
    shutdown_logging()
    root = logging.getLogger()
    formatter = logging.Formatter(LOG_FORMAT)
    redactor = RedactingFilter()
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    log_path: Path | None = None
    unwritable: Path | None = None
    reason = ""
    if log_dir is not None:
        log_dir = Path(log_dir)
        try:
            handler, log_path = _file_handler(log_dir)
        except OSError as error:
            unwritable, reason = log_dir, error.strerror or str(error)
            try:
                handler, log_path = _private_fallback(fallback_log_dir())
            except OSError:
                handler, log_path = None, None  # stderr only
        if handler is not None:
            handlers.append(handler)
    for handler in handlers:
        setattr(handler, _HANDLER_MARK, True)
        handler.setLevel(level)
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    if unwritable is not None:
        logging.getLogger(__name__).warning(
            "the log folder %s cannot be written (%s); logging to %s", unwritable, reason, log_path or "stderr only")
    return LoggingSetup(log_path, unwritable, reason)
