"""A small routing table, so more sandbox APIs (shops) can share one HTTP server."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # keys lower-cased
    body: bytes = b""

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


def error(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """The contract's error shape: ``{"error": {"code": ..., "message": ...}}``."""
    return Response(status, {"error": {"code": code, "message": message}}, headers or {})


Handler = Callable[[Request, "re.Match[str]"], Response]


class Router:
    """Maps (method, path pattern) to a handler; unknown paths get a JSON 404 or 405."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        self._routes.append((method.upper(), re.compile(pattern + r"\Z"), handler))

    def dispatch(self, request: Request) -> Response:
        allowed = False
        for method, pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match is None:
                continue
            if method == request.method:
                return handler(request, match)
            allowed = True
        if allowed:
            return error(405, "method_not_allowed", f"{request.method} is not allowed here")
        return error(404, "not_found", "no such endpoint")
