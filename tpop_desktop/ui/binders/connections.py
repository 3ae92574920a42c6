"""Signal connections made for one session, undone together when the session goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Connections:
    """``connect`` remembers each (signal, slot); ``disconnect_all`` undoes them, newest first."""

    def __init__(self) -> None:
        self._made: list[tuple[Any, Callable[..., Any]]] = []

    def connect(self, signal: Any, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._made.append((signal, slot))

    def disconnect_all(self) -> None:
        while self._made:
            signal, slot = self._made.pop()
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # the sender is already gone
