"""The TPOP endpoints of docs/tpop-api.md, served from a ``SandboxState``."""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Callable
from urllib.parse import unquote

from tpop_desktop.sandbox import wire
from tpop_desktop.sandbox.routing import Request, Response, Router, error
from tpop_desktop.sandbox.state import SandboxState, UnknownShopError

DEFAULT_LIMIT = 100
MAX_LIMIT = 200


class TpopApi:
    """Registers the TPOP routes; only the configured bearer token gets in."""

    def __init__(self, state: SandboxState, token: str) -> None:
        if not token:
            raise ValueError("the sandbox needs a token")
        self._state = state
        self._expected = f"Bearer {token}".encode()

    def register(self, router: Router) -> None:
        guard = self._authenticated
        router.add("GET", r"/v1/account", guard(self._account))
        router.add("GET", r"/v1/shops", guard(self._shops))
        router.add("GET", r"/v1/orders", guard(self._orders))
        router.add("GET", r"/v1/orders/(?P<reference>[^/]+)", guard(self._order))
        router.add("POST", r"/v1/manual-orders", guard(self._manual_order))

    def _authenticated(self, handler: Callable[[Request, re.Match[str]], Response]):  # type: ignore[no-untyped-def]
        def checked(request: Request, match: re.Match[str]) -> Response:
            given = request.headers.get("authorization", "").encode("utf-8", "surrogateescape")
            if not hmac.compare_digest(given, self._expected):
                return error(401, "unauthorized", "missing or invalid token")
            try:
                return handler(request, match)
            except wire.InvalidRequest as exc:
                return error(400 if exc.code != "invalid_request" else 422, exc.code, str(exc))

        return checked

    def _account(self, request: Request, match: re.Match[str]) -> Response:
        return Response(200, wire.account_json(self._state.account))

    def _shops(self, request: Request, match: re.Match[str]) -> Response:
        return Response(200, {"shops": [wire.shop_json(shop) for shop in self._state.shops]})

    def _orders(self, request: Request, match: re.Match[str]) -> Response:
        limit_text = request.param("limit")
        if limit_text is None:
            limit = DEFAULT_LIMIT
        elif limit_text.isdigit() and int(limit_text) >= 1:
            limit = min(int(limit_text), MAX_LIMIT)
        else:
            raise wire.InvalidRequest("invalid_parameter", "limit must be a positive integer")
        cursor = request.param("cursor")
        after = None
        if cursor:
            since, after = wire.decode_cursor(cursor)
        else:
            since_text = request.param("updated_since")
            since = wire.parse_iso(since_text, "updated_since") if since_text else None
        orders, more, server_time = self._state.list_orders(since=since, after=after, limit=limit)
        return Response(
            200,
            {
                "orders": [wire.order_json(order) for order in orders],
                "next_cursor": wire.encode_cursor(since, orders[-1]) if more and orders else None,
                "server_time": wire.iso(server_time),
            },
        )

    def _order(self, request: Request, match: re.Match[str]) -> Response:
        try:
            order = self._state.order(unquote(match["reference"]))
        except KeyError:
            return error(404, "order_not_found", "no order with this reference")
        return Response(200, wire.order_json(order))

    def _manual_order(self, request: Request, match: re.Match[str]) -> Response:
        try:
            body = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return error(400, "invalid_json", "the body is not valid JSON")
        parsed = wire.parse_manual_order(body)
        try:
            order = self._state.create_manual_order(parsed, request.headers.get("idempotency-key") or None)
        except UnknownShopError:
            return error(422, "unknown_shop", "no shop with this id")
        return Response(201, wire.order_json(order))
