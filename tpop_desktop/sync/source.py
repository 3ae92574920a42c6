"""The account's connector, held in one place for every thread that talks to TPOP.

The sync worker reads it at each sync, the case service when it places a manual order;
a token that arrives later (read from the keyring) or changes (reconnect) is set here
once, and everybody sees it. Thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from tpop_desktop.connectors.base import OrderSource

SourceFactory = Callable[[], OrderSource]


@dataclass(frozen=True)
class ConnectorRecipe:
    """A connector factory that can travel to the sync's helper process (a closure cannot).

    ``make`` is a connector class (or any importable callable) taking the API address and the
    token. The token stays out of the repr, like everywhere else.
    """

    make: Callable[[str, str], OrderSource]
    url: str
    token: str = field(repr=False)

    def __call__(self) -> OrderSource:
        return self.make(self.url, self.token)


class NoTokenError(RuntimeError):
    """Asked for a connector before the account's token is known."""


class SourceLink:
    """The current ``OrderSource`` factory, or none yet."""

    def __init__(self, factory: SourceFactory | None = None) -> None:
        self._lock = threading.Lock()
        self._factory = factory

    def set(self, factory: SourceFactory | None) -> None:
        with self._lock:
            self._factory = factory

    def available(self) -> bool:
        with self._lock:
            return self._factory is not None

    def factory(self) -> SourceFactory | None:
        with self._lock:
            return self._factory

    def connector(self) -> OrderSource:
        """A new connector for the current token (the caller closes it); ``NoTokenError`` without one."""
        factory = self.factory()
        if factory is None:
            raise NoTokenError("no TPOP token yet")
        return factory()
