"""The redacting log setup: no secret reaches the log file, whatever logger or path."""

from __future__ import annotations

import logging
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tpop_desktop import logging_setup
from tpop_desktop.logging_setup import (
    REDACTED,
    RedactingFilter,
    forget_secret,
    register_secret,
    setup_logging,
    shutdown_logging,
)

TOKEN = "tpop_live_7Hq2xZ9pL4mN"
SHOPIFY = "shpat_" + "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"  # made-up secrets, built so no scanner mistakes them
WOO_KEY = "ck_" + "0123456789abcdef0123456789abcdef01234567"
WOO_SECRET = "cs_89abcdef0123456789abcdef0123456789abcdef"


@pytest.fixture
def log_file(tmp_path) -> Iterator[Path]:
    setup = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    assert setup.path is not None and not setup.fell_back
    yield setup.path
    shutdown_logging()


def _read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _redact_message(msg: str, *args: object) -> str:
    record = logging.LogRecord("tpop", logging.INFO, __file__, 1, msg, args or None, None)
    RedactingFilter().filter(record)
    return record.getMessage()


@pytest.mark.parametrize(
    ("message", "secret"),
    [
        (f"Authorization: Bearer {TOKEN}", TOKEN),
        (f"headers={{'Authorization': 'Bearer {TOKEN}', 'Accept': 'application/json'}}", TOKEN),
        ("Authorization: Basic dXNlcjpodW50ZXIy", "dXNlcjpodW50ZXIy"),
        (f"retrying with bearer {TOKEN}", TOKEN),
        (f"GET https://api.tpop.example/orders?token={TOKEN}&page=2", TOKEN),
        (f"GET /orders?page=2&api_token={TOKEN}", TOKEN),
        (f"redirect to /cb#state=1?access_token={TOKEN}", TOKEN),
        (f"GET /wc/v3/orders?consumer_key={WOO_KEY}&consumer_secret={WOO_SECRET}", WOO_SECRET),
        (f"GET /wc/v3/orders?consumer_key={WOO_KEY}&consumer_secret={WOO_SECRET}", WOO_KEY),
        (f"GET /maps?key={TOKEN}&q=Lyon", TOKEN),
        (f"X-Shopify-Access-Token: {SHOPIFY}", SHOPIFY),
        (f"{{'X-Shopify-Access-Token': '{SHOPIFY}'}}", SHOPIFY),
        (f"shop answered with {SHOPIFY} in its body", SHOPIFY),
        (f"WooCommerce keys {WOO_KEY} / {WOO_SECRET} rejected", WOO_KEY),
        (f"WooCommerce keys {WOO_KEY} / {WOO_SECRET} rejected", WOO_SECRET),
        (f'{{"access_token": "{TOKEN}", "expires_in": 3600}}', TOKEN),
        (f"https://merchant:{TOKEN}@shop.example/wp-json", TOKEN),
    ],
)
def test_credential_patterns_are_redacted(message, secret) -> None:
    redacted = _redact_message(message)

    assert secret not in redacted
    assert REDACTED in redacted


@pytest.mark.parametrize(
    "message",
    [
        "sync finished: 42 orders, 3 shipped",
        "sort key=created_at, page 2 of 7",
        "token_count=5 tokens: 3",
        "order #1042 for O'Brien & Sons is blocked (address)",
    ],
)
def test_ordinary_messages_are_left_alone(message) -> None:
    assert _redact_message(message) == message


def test_registered_secrets_are_redacted_raw_and_url_encoded_until_forgotten() -> None:
    secret = "opaque/secret+value=42"
    register_secret(secret)
    try:
        redacted = _redact_message("raw %s encoded %s", secret, "opaque%2Fsecret%2Bvalue%3D42")
        assert "opaque" not in redacted
        assert redacted.count(REDACTED) == 2
    finally:
        forget_secret(secret)
    assert secret in _redact_message("raw %s", secret)


def test_a_secret_registered_twice_stays_redacted_until_both_are_forgotten() -> None:
    secret = "twice-registered-9876"
    register_secret(secret)
    register_secret(secret)
    forget_secret(secret)
    try:
        assert secret not in _redact_message(secret)
    finally:
        forget_secret(secret)
    assert secret in _redact_message(secret)


def test_too_short_values_are_not_registered() -> None:
    register_secret("a")
    assert _redact_message("a cat ate a hat") == "a cat ate a hat"


def test_registry_is_safe_to_use_from_many_threads() -> None:
    secrets = [f"thread-secret-{n:04d}" for n in range(200)]
    threads = [threading.Thread(target=register_secret, args=(s,)) for s in secrets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    try:
        redacted = _redact_message(" ".join(secrets))
        assert "thread-secret" not in redacted
    finally:
        for secret in secrets:
            forget_secret(secret)


def test_the_file_log_has_no_token_from_any_logger(log_file) -> None:
    unregistered = "tok_never_registered_5521"  # caught by the patterns alone
    register_secret(TOKEN)
    try:
        logging.getLogger("tpop_desktop.sync").info("token is %s", TOKEN)
        logging.getLogger("urllib3.connectionpool").debug(
            'https://api.tpop.example:443 "GET /orders?api_token=%s HTTP/1.1" 200 12', unregistered
        )
        logging.getLogger("requests").warning(
            "sent headers %s", {"Authorization": f"Bearer {unregistered}"}
        )
    finally:
        forget_secret(TOKEN)

    text = _read(log_file)
    assert TOKEN not in text and unregistered not in text
    assert text.count(REDACTED) == 3
    assert "tpop_desktop.sync" in text and "urllib3.connectionpool" in text


def test_a_logged_exception_traceback_is_redacted(log_file) -> None:
    register_secret(TOKEN)
    try:
        try:
            raise RuntimeError(f"server refused token {TOKEN}")
        except RuntimeError:
            logging.getLogger("tpop_desktop.connectors").exception("poll failed")
        logging.getLogger("tpop_desktop.ui").warning("where %s", TOKEN, stack_info=True)
    finally:
        forget_secret(TOKEN)

    text = _read(log_file)
    assert TOKEN not in text
    assert "Traceback (most recent call last)" in text
    assert f"RuntimeError: server refused token {REDACTED}" in text
    assert "Stack (most recent call last)" in text


def test_a_traceback_is_not_rendered_again_by_a_later_handler(log_file) -> None:
    # Another handler, added after ours, formats the same record: it must not get exc_info.
    seen: list[logging.LogRecord] = []

    class Recorder(logging.Handler):
        def emit(self, record):
            seen.append(record)

    recorder = Recorder()
    logging.getLogger().addHandler(recorder)
    try:
        try:
            raise ValueError(f"bad {SHOPIFY}")
        except ValueError:
            logging.getLogger("tpop_desktop").exception("failed")
    finally:
        logging.getLogger().removeHandler(recorder)

    (record,) = seen
    assert record.exc_info is None and record.exc_text is None
    assert SHOPIFY not in logging.Formatter().format(record)


def _our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_tpop_desktop_handler", False)]


def test_setup_logging_twice_does_not_duplicate_handlers(tmp_path, log_file) -> None:
    ours_before = _our_handlers()

    second = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    logging.getLogger("tpop_desktop").info("once")

    assert len(ours_before) == len(_our_handlers()) == 2
    assert second.path == log_file
    assert _read(log_file).count("once") == 1


def test_stderr_only_when_there_is_no_log_dir(capsys) -> None:
    try:
        assert setup_logging(None) == logging_setup.LoggingSetup(None)
        logging.getLogger("tpop_desktop").warning("Authorization: Bearer %s", TOKEN)
    finally:
        shutdown_logging()

    err = capsys.readouterr().err
    assert TOKEN not in err
    assert REDACTED in err


def test_log_files_are_private_including_after_rotation(log_file) -> None:
    line = "x" * 1000
    for _ in range(logging_setup.LOG_MAX_BYTES // 1000 + 50):
        logging.getLogger("tpop_desktop").info(line)
    _read(log_file)

    rotated = log_file.with_name(log_file.name + ".1")
    assert rotated.exists()
    for path in (log_file, rotated):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_an_existing_world_readable_log_file_is_made_private(tmp_path) -> None:
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    old = log_dir / logging_setup.LOG_FILE_NAME
    old.write_text("older run\n")
    old.chmod(0o644)
    try:
        setup_logging(log_dir)
    finally:
        shutdown_logging()

    assert stat.S_IMODE(old.stat().st_mode) == 0o600


def test_an_unusable_log_folder_falls_back_to_a_private_temporary_one(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    fallback = tmp_path / "fallback"
    monkeypatch.setattr(logging_setup, "fallback_log_dir", lambda: fallback)
    try:
        setup = setup_logging(blocker / "logs")
        logging.getLogger("tpop_desktop").info("after the fallback")
        assert (setup.unwritable, setup.path) == (blocker / "logs", fallback / logging_setup.LOG_FILE_NAME)
        assert setup.reason and setup.fell_back
        assert "after the fallback" in _read(setup.path)
        assert f"the log folder {blocker / 'logs'} cannot be written" in _read(setup.path)
        assert stat.S_IMODE(fallback.stat().st_mode) == 0o700
    finally:
        shutdown_logging()


@pytest.mark.parametrize("trap", ["a symlink", "a folder others can read"])
def test_a_fallback_folder_that_is_not_private_is_refused_for_stderr(tmp_path, monkeypatch, capsys, trap) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    fallback = tmp_path / "fallback"
    if trap == "a symlink":
        fallback.symlink_to(elsewhere)
    else:
        fallback = elsewhere
    monkeypatch.setattr(logging_setup, "fallback_log_dir", lambda: fallback)
    try:
        setup = setup_logging(blocker / "logs")
        logging.getLogger("tpop_desktop").warning("on stderr only")
    finally:
        shutdown_logging()
    assert setup.path is None and setup.unwritable == blocker / "logs"
    assert list(elsewhere.iterdir()) == []
    assert "on stderr only" in capsys.readouterr().err
