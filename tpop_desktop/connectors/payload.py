"""Shape checks shared by every payload parser: anything unexpected becomes a ``PayloadError``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tpop_desktop.connectors.errors import PayloadError


def as_dict(obj: Any, what: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise PayloadError(f"{what} is not an object")
    return obj


def as_list(obj: Any, what: str) -> list[Any]:
    if not isinstance(obj, list):
        raise PayloadError(f"{what} is not a list")
    return obj


def parse_datetime(value: Any, what: str, *, assume_utc: bool = False) -> datetime:
    """An ISO 8601 instant as aware UTC.

    A time without an offset is ambiguous and refused, unless the API documents it as UTC
    (``assume_utc``: WooCommerce's ``*_gmt`` fields).
    """
    if not isinstance(value, str):
        raise PayloadError(f"{what} is not a date-time string")
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            if not assume_utc:
                raise PayloadError(f"{what} has no time zone")
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise PayloadError(f"{what} is not an ISO 8601 date-time") from None
