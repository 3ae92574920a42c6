"""The TPOP connector: every detail of the TPOP wire format lives in this module.

The contract is documented in docs/tpop-api.md. When TPOP's live API differs, this
file changes and nothing else does: the rest of the app sees only domain objects.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import requests

from tpop_desktop.connectors.errors import PayloadError
from tpop_desktop.connectors.payload import as_dict, as_list, parse_datetime
from tpop_desktop.connectors.http import (
    DEFAULT_TIMEOUT,
    MAX_BODY_BYTES,
    BearerAuth,
    make_session,
    request_json,
    validate_api_url,
)
from tpop_desktop.core.models import (
    Account,
    BlockReason,
    Customer,
    Destination,
    Item,
    Order,
    OrdersPage,
    Platform,
    Shipment,
    Shop,
    Status,
)

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.tpop.com"
DEFAULT_PAGE_SIZE = 100


class TpopConnector:
    """Talks to a TPOP account (or the sandbox) over the contract in docs/tpop-api.md."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self._base_url = validate_api_url(base_url)
        self._auth = BearerAuth(token)
        self._timeout = timeout
        self._owns_session = session is None
        self._session = session if session is not None else make_session()
        self._page_size = page_size
        self._max_body_bytes = max_body_bytes

    def __repr__(self) -> str:
        return f"TpopConnector({self._base_url!r})"

    def _get(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        return request_json(
            self._session,
            "GET",
            self._base_url + path,
            auth=self._auth,
            params=params,
            timeout=self._timeout,
            max_bytes=self._max_body_bytes,
        ).data

    def account(self) -> Account:
        return parse_account(self._get("/v1/account"))

    def shops(self) -> list[Shop]:
        data = as_dict(self._get("/v1/shops"), "shops answer")
        return [_parse_shop(entry) for entry in as_list(data.get("shops"), "shops")]

    def orders_page(self, *, updated_since: datetime | None, cursor: str | None) -> OrdersPage:
        params = {"limit": str(self._page_size)}
        if updated_since is not None:
            params["updated_since"] = format_datetime(updated_since)
        if cursor:
            params["cursor"] = cursor
        return parse_orders_page(self._get("/v1/orders", params))

    def order(self, reference: str) -> Order:
        return parse_order(self._get("/v1/orders/" + quote(reference, safe="")))

    def create_manual_order(
        self,
        items: Sequence[Item],
        customer: Customer,
        destination: Destination,
        *,
        shop_id: str | None = None,
        note: str = "",
        address_lines: Sequence[str] = (),
    ) -> Order:
        """Place a manual order (a reship at the merchant's cost). Sent once, never retried.

        An idempotency key lets the server drop a duplicate if the same call is ever replayed.
        """
        body = manual_order_body(items, customer, destination, shop_id=shop_id, note=note, address_lines=address_lines)
        response = request_json(
            self._session,
            "POST",
            self._base_url + "/v1/manual-orders",
            auth=self._auth,
            json_body=body,
            headers={"Idempotency-Key": uuid.uuid4().hex},
            timeout=self._timeout,
            max_bytes=self._max_body_bytes,
        )
        return parse_order(response.data)

    def close(self) -> None:
        if self._owns_session:
            self._session.close()


def manual_order_body(
    items: Iterable[Item],
    customer: Customer,
    destination: Destination,
    *,
    shop_id: str | None = None,
    note: str = "",
    address_lines: Sequence[str] = (),
) -> dict[str, Any]:
    """The JSON body of ``POST /v1/manual-orders``."""
    return {
        "shop_id": shop_id,
        "note": note,
        "customer": {"name": customer.name, "email": customer.email, "language": customer.language},
        "address": {
            "lines": list(address_lines),
            "postcode": destination.postcode,
            "city": destination.city,
            "country": destination.country,
        },
        "items": [{"title": i.title, "variant": i.variant, "quantity": i.quantity} for i in items],
    }


def format_datetime(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``; a naive datetime is a programming error."""
    if value.tzinfo is None:
        raise ValueError("updated_since must be timezone-aware")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


# --- parsing: anything off-contract becomes PayloadError, nothing else escapes ---------


def parse_account(obj: Any) -> Account:
    data = as_dict(obj, "account")
    return Account(id=_text(data, "id", required=True), name=_text(data, "name"), email=_text(data, "email"))


def parse_orders_page(obj: Any) -> OrdersPage:
    """One listing page; a malformed order is left out and named in ``skipped``."""
    data = as_dict(obj, "orders page")
    raw_orders = as_list(data.get("orders"), "orders")
    next_cursor = data.get("next_cursor")
    if next_cursor is not None and not isinstance(next_cursor, str):
        raise PayloadError("orders page: next_cursor is not a string")
    server_time = parse_datetime(data.get("server_time"), "server_time")
    orders: list[Order] = []
    skipped: list[str] = []
    for raw in raw_orders:
        try:
            orders.append(parse_order(raw))
        except PayloadError as exc:
            reference = raw.get("reference") if isinstance(raw, dict) else None
            if isinstance(reference, str) and reference:
                skipped.append(reference)
            log.warning("skipped a malformed order %r: %s", reference if isinstance(reference, str) else None, exc)
    return OrdersPage(
        orders=tuple(orders),
        next_cursor=next_cursor or None,
        server_time=server_time,
        skipped=tuple(skipped),
    )


def parse_order(obj: Any) -> Order:
    data = as_dict(obj, "order")
    reference = _text(data, "reference", required=True)
    try:
        return _parse_order_fields(data, reference)
    except PayloadError as exc:
        raise PayloadError(f"order {reference!r}: {exc}") from None


def _parse_order_fields(data: dict[str, Any], reference: str) -> Order:
    status = _enum(Status, data.get("status"), "status")
    block_reason = None
    if data.get("block_reason") is not None:
        block_reason = _enum(BlockReason, data.get("block_reason"), "block_reason")
    block_detail = _text(data, "block_detail")
    if status is not Status.BLOCKED:  # a stale reason on a moving order would mislead
        block_reason, block_detail = None, ""
    return Order(
        reference=reference,
        shop=_parse_shop(data.get("shop")),
        shop_order_number=_text(data, "shop_order_number"),
        created_at=parse_datetime(data.get("created_at"), "created_at"),
        updated_at=parse_datetime(data.get("updated_at"), "updated_at"),
        status=status,
        customer=_parse_customer(data.get("customer")),
        destination=_parse_destination(data.get("destination")),
        items=tuple(_parse_item(entry) for entry in as_list(data.get("items", []), "items")),
        shipments=tuple(_parse_shipment(entry) for entry in as_list(data.get("shipments", []), "shipments")),
        block_reason=block_reason,
        block_detail=block_detail,
    )


def _parse_shop(obj: Any) -> Shop:
    data = as_dict(obj, "shop")
    return Shop(
        id=_text(data, "id", required=True),
        name=_text(data, "name"),
        platform=_enum(Platform, data.get("platform"), "shop.platform"),
    )


def _parse_customer(obj: Any) -> Customer:
    data = as_dict(obj, "customer")
    language = data.get("language")
    if language is not None and not isinstance(language, str):
        raise PayloadError("customer.language is not a string")
    return Customer(
        name=_text(data, "name", required=True),
        email=_text(data, "email"),
        language=language.strip().lower() or None if language is not None else None,
    )


def _parse_destination(obj: Any) -> Destination:
    data = as_dict(obj, "destination")
    country = _text(data, "country", required=True).strip().upper()
    if len(country) != 2 or not ("A" <= country[0] <= "Z" and "A" <= country[1] <= "Z"):
        raise PayloadError("destination.country is not an ISO 3166 alpha-2 code")
    return Destination(country=country, postcode=_text(data, "postcode"), city=_text(data, "city"))


def _parse_item(obj: Any) -> Item:
    data = as_dict(obj, "item")
    quantity = data.get("quantity", 1)
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
        raise PayloadError("item.quantity is not a positive integer")
    return Item(title=_text(data, "title", required=True), variant=_text(data, "variant"), quantity=quantity)


def _parse_shipment(obj: Any) -> Shipment:
    data = as_dict(obj, "shipment")
    return Shipment(
        carrier=_text(data, "carrier"),
        tracking_number=_text(data, "tracking_number", required=True),
        tracking_url=_text(data, "tracking_url"),
        shipped_at=_optional_datetime(data.get("shipped_at"), "shipped_at"),
        delivered_at=_optional_datetime(data.get("delivered_at"), "delivered_at"),
    )


def _text(data: dict[str, Any], key: str, *, required: bool = False) -> str:
    """A string field kept as given; null or absent is "" unless the field is required."""
    value = data.get(key)
    if value is None:
        if required:
            raise PayloadError(f"{key} is missing")
        return ""
    if not isinstance(value, str):
        raise PayloadError(f"{key} is not a string")
    if required and not value.strip():
        raise PayloadError(f"{key} is empty")
    return value


def _enum(kind: Any, value: Any, what: str) -> Any:
    if not isinstance(value, str):
        raise PayloadError(f"{what} is not a string")
    try:
        return kind(value)
    except ValueError:
        raise PayloadError(f"{what} has an unknown value") from None


def _optional_datetime(value: Any, what: str) -> datetime | None:
    return None if value is None else parse_datetime(value, what)
