"""WooCommerce REST API v3: read orders with their tracking, add TPOP's tracking.

Every detail of WooCommerce's wire format for the shop checks lives here. The consumer
key and secret travel only in the HTTP Basic ``Authorization`` header, over HTTPS (plain
http only on this computer). Tracking comes from the Shipment Tracking extension (order
meta ``_wc_shipment_tracking_items`` and its REST routes) and, without the extension,
from order notes (``woocommerce_tracking`` reads both); the fix writes a tracking item,
or a customer note with the link. WooCommerce has no vendor field: a product rule
matches line items by SKU prefix, or by product tag (read from the products route, only
when the rule names tags).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

import requests
from requests.auth import AuthBase

from tpop_desktop.connectors.errors import NotFoundError, PayloadError
from tpop_desktop.connectors.http import (
    DEFAULT_TIMEOUT,
    MAX_BODY_BYTES,
    JsonResponse,
    check_token_chars,
    make_session,
    request_json,
    validate_api_url,
)
from tpop_desktop.connectors.payload import as_dict, as_list, parse_datetime
from tpop_desktop.connectors.shops import (
    NotAShopError,
    ProductRule,
    ShopConnection,
    ShopWriteError,
    TrackingWrite,
    has_tracking_number,
    iso_utc,
    text,
)
from tpop_desktop.connectors.woocommerce_tracking import merge_tracking, tracking_from_note, tracking_item
from tpop_desktop.core.models import Customer, Destination, Platform
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.shop_orders import FulfillmentState, ShopItem, ShopOrder, ShopTracking

__all__ = ["WooBasicAuth", "WooCommerceConnector", "parse_order", "tracking_from_note"]

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 50
MAX_PAGES = 2000
TRACKING_META_KEY = "_wc_shipment_tracking_items"
ORDERS_PATH = "/wp-json/wc/v3/orders"
TRACKING_NAMESPACE = "/wp-json/wc-shipment-tracking/v3"
DEFAULT_NOTE_TEMPLATE = "Your order has shipped with {company}. Tracking number: {number}"
DEFAULT_NOTE_LINK = " Track your parcel: {url}"
_PAID = frozenset({"processing", "completed"})
_CANCELLED = frozenset({"cancelled", "refunded", "failed", "trash"})
PRODUCTS_PATH = "/wp-json/wc/v3/products"
MAX_PRODUCTS_PER_READ = 100


class WooBasicAuth(AuthBase):
    """HTTP Basic with the consumer key and secret; never shown in a repr."""

    def __init__(self, consumer_key: str, consumer_secret: str) -> None:
        check_token_chars(consumer_key)
        check_token_chars(consumer_secret)
        pair = f"{consumer_key}:{consumer_secret}".encode("ascii")
        self._header = "Basic " + base64.b64encode(pair).decode("ascii")

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = self._header
        return request

    def __repr__(self) -> str:
        return "WooBasicAuth(<redacted>)"


class WooCommerceConnector:
    """One WooCommerce site, through a REST API key (read/write)."""

    platform = Platform.WOOCOMMERCE

    def __init__(
        self,
        site_url: str,
        consumer_key: str,
        consumer_secret: str,
        *,
        shop_id: str = "",
        product_rule: ProductRule = ProductRule(),
        note_template: str = DEFAULT_NOTE_TEMPLATE,
        note_link_template: str = DEFAULT_NOTE_LINK,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self._base = validate_api_url(site_url)
        self._auth = WooBasicAuth(consumer_key, consumer_secret)
        self.shop_id = shop_id
        self._rule = product_rule
        self._note_template = note_template
        self._note_link_template = note_link_template
        self._timeout = timeout
        self._owns_session = session is None
        self._session = session if session is not None else make_session()
        self._page_size = max(1, min(page_size, 100))
        self._max_body_bytes = max_body_bytes
        self.tracking_extension: bool | None = None  # learned on the first read
        self._tags: dict[int, tuple[str, ...]] = {}  # product id -> tag names and slugs

    def __repr__(self) -> str:
        return f"WooCommerceConnector({self._base!r})"

    # --- reads ----------------------------------------------------------------------

    def test_connection(self) -> ShopConnection:
        """Tells apart: not a WooCommerce site, wrong key (AuthError), no Shipment Tracking."""
        try:
            index = as_dict(self._call("GET", "/wp-json/", auth=False).data, "site index")
            namespaces = as_list(index.get("namespaces", []), "namespaces")
        except (NotFoundError, PayloadError) as exc:
            raise NotAShopError(f"not a WordPress REST API ({type(exc).__name__})") from None
        if "wc/v3" not in namespaces:
            raise NotAShopError("WooCommerce REST API v3 not found on this site")
        try:
            self._call("GET", ORDERS_PATH, params={"per_page": "1"})
        except NotFoundError:
            raise NotAShopError("WooCommerce orders route not found") from None
        except PayloadError:
            raise NotAShopError("the orders route did not answer JSON") from None
        extension = self._probe_extension(refresh=True)
        warnings = () if extension else ("no_shipment_tracking_extension",)
        return ShopConnection(Platform.WOOCOMMERCE, text(index, "name"), (), extension, warnings)

    def orders(self, *, updated_since: datetime | None) -> list[ShopOrder]:
        self._probe_extension()
        params = {"per_page": str(self._page_size), "orderby": "id", "order": "asc"}
        if updated_since is not None:
            params.update(modified_after=iso_utc(updated_since), dates_are_gmt="true")
        result: list[ShopOrder] = []
        for page in range(1, MAX_PAGES + 1):
            params["page"] = str(page)
            response = self._call("GET", ORDERS_PATH, params=params)
            rows = as_list(response.data, "orders")
            self._read_tags(rows)
            result.extend(self._parse_order(row) for row in rows)
            total_text = str(response.headers.get("X-WP-TotalPages", "")).strip()
            total = int(total_text) if total_text.isdigit() else None
            if (total is not None and page >= total) or (total is None and len(rows) < self._page_size) or not rows:
                return result
        raise PayloadError("orders: too many pages")

    def order(self, order_id: str) -> ShopOrder:
        """The order, plus tracking items from the extension's route and from order notes."""
        path = f"{ORDERS_PATH}/{_order_path_id(order_id)}"
        row = self._call("GET", path).data
        self._read_tags([row])
        shop_order = self._parse_order(row)
        route: list[ShopTracking] = []
        if self._probe_extension():
            rows = as_list(self._call("GET", self._tracking_path(order_id)).data, "shipment trackings")
            route.extend(tracking_item(as_dict(row, "tracking item")) for row in rows)
        from_notes: list[ShopTracking] = []
        for note in as_list(self._call("GET", f"{path}/notes").data, "order notes"):
            from_notes.extend(tracking_from_note(text(as_dict(note, "order note"), "note")))
        return _replace_tracking(shop_order, merge_tracking(shop_order.tracking, route, from_notes))

    def fix_kind(self, order: ShopOrder) -> FixKind | None:
        if order.fulfillment is FulfillmentState.CANCELLED:
            return None
        return FixKind.ADD_CUSTOMER_NOTE if self.tracking_extension is False else FixKind.ADD_SHIPMENT_TRACKING

    # --- writes ---------------------------------------------------------------------

    def add_tracking(
        self, order_id: str, number: str, company: str, url: str, *, notify_customer: bool
    ) -> TrackingWrite:
        """A Shipment Tracking item when the extension exists, otherwise an order note; once."""
        if not number.strip():
            raise ValueError("the tracking number is empty")
        fresh = self.order(order_id)
        if has_tracking_number(fresh, number):
            return TrackingWrite(False, None, fresh)
        if fresh.fulfillment is FulfillmentState.CANCELLED:
            raise ShopWriteError("the shop order is cancelled; tracking was not added")
        if self._probe_extension():
            body = {
                "custom_tracking_provider": company or "Carrier",
                "custom_tracking_link": url,
                "tracking_number": number,
            }
            self._call("POST", self._tracking_path(order_id), json_body=body)
            return TrackingWrite(True, FixKind.ADD_SHIPMENT_TRACKING, fresh)
        note = {"note": self.note_text(number, company, url), "customer_note": notify_customer}
        self._call("POST", f"{ORDERS_PATH}/{_order_path_id(order_id)}/notes", json_body=note)
        return TrackingWrite(True, FixKind.ADD_CUSTOMER_NOTE, fresh)

    def note_text(self, number: str, company: str, url: str) -> str:
        """The customer note written without the extension (the template is the merchant's)."""
        note = self._note_template.format(company=company or "-", number=number, url=url)
        if url and "{url}" not in self._note_template:
            note += self._note_link_template.format(url=url)
        return note

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    # --- plumbing -------------------------------------------------------------------

    def _probe_extension(self, *, refresh: bool = False) -> bool:
        """Whether the Shipment Tracking routes exist (404 on them: use notes instead)."""
        if self.tracking_extension is None or refresh:
            try:
                self._call("GET", f"{TRACKING_NAMESPACE}/shipment-trackings/providers")
            except NotFoundError:
                self.tracking_extension = False
            else:
                self.tracking_extension = True
        return self.tracking_extension

    def _read_tags(self, rows: Iterable[Any]) -> None:
        """Tags of the products in these orders, when the product rule needs them (cached)."""
        if not self._rule.uses_tags:
            return
        wanted = sorted({pid for pid in _product_ids(rows) if pid not in self._tags})
        for start in range(0, len(wanted), MAX_PRODUCTS_PER_READ):
            chunk = wanted[start:start + MAX_PRODUCTS_PER_READ]
            params = {"include": ",".join(str(p) for p in chunk), "per_page": str(len(chunk))}
            for product in as_list(self._call("GET", PRODUCTS_PATH, params=params).data, "products"):
                product = as_dict(product, "product")
                names: list[str] = []
                for tag in as_list(product.get("tags") or [], "product tags"):
                    tag = as_dict(tag, "product tag")
                    names.extend(v for v in (text(tag, "name"), text(tag, "slug")) if v)
                if isinstance(product.get("id"), int):
                    self._tags[product["id"]] = tuple(names)
            for pid in chunk:
                self._tags.setdefault(pid, ())  # deleted products have no tags

    def _tracking_path(self, order_id: str) -> str:
        return f"{TRACKING_NAMESPACE}/orders/{_order_path_id(order_id)}/shipment-trackings"

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        auth: bool = True,
    ) -> JsonResponse:
        return request_json(
            self._session,
            method,
            self._base + path,
            auth=self._auth if auth else None,
            params=params,
            json_body=json_body,
            timeout=self._timeout,
            max_bytes=self._max_body_bytes,
        )

    def _parse_order(self, row: Any) -> ShopOrder:
        try:
            return parse_order(as_dict(row, "order"), self.shop_id, self._rule, self._tags)
        except PayloadError as exc:
            raise PayloadError(f"WooCommerce order: {exc}") from None


def parse_order(data: dict[str, Any], shop_id: str, rule: ProductRule = ProductRule(),
                product_tags: Mapping[int, tuple[str, ...]] | None = None) -> ShopOrder:
    """A WooCommerce v3 order object as a ``ShopOrder``; anything else is a ``PayloadError``.

    ``product_tags`` (product id -> tags) lets a rule with tags match; without it only SKUs can.
    """
    data = as_dict(data, "order")
    order_id = data.get("id")
    if not isinstance(order_id, int) or isinstance(order_id, bool):
        raise PayloadError("id is not an integer")
    status = text(data, "status", required=True)
    if status == "completed":
        fulfillment = FulfillmentState.FULFILLED
    elif status in _CANCELLED:
        fulfillment = FulfillmentState.CANCELLED
    else:
        fulfillment = FulfillmentState.UNFULFILLED
    tracking: list[ShopTracking] = []
    for meta in as_list(data.get("meta_data", []), "meta_data"):
        meta = as_dict(meta, "meta_data entry")
        if meta.get("key") == TRACKING_META_KEY and isinstance(meta.get("value"), list):
            tracking.extend(tracking_item(as_dict(item, "tracking item")) for item in meta["value"])
    tags = product_tags or {}
    items = [_line_item(as_dict(i, "line item"), rule, tags) for i in as_list(data.get("line_items", []), "line_items")]
    modified = data.get("date_modified_gmt")
    return ShopOrder(
        platform=Platform.WOOCOMMERCE,
        shop_id=shop_id,
        order_id=str(order_id),
        number=text(data, "number") or str(order_id),
        created_at=parse_datetime(data.get("date_created_gmt"), "date_created_gmt", assume_utc=True),
        updated_at=parse_datetime(modified, "date_modified_gmt", assume_utc=True) if modified else None,
        paid=status in _PAID,
        fulfillment=fulfillment,
        fulfillment_raw=status,
        tracking=merge_tracking(t for t in tracking if t.number.strip()),
        has_tpop_products=any(i.tpop for i in items) if items else True,
        items=tuple(items),
        customer=_customer(data),
        destination=_destination(data),
    )


def _line_item(item: dict[str, Any], rule: ProductRule, tags: Mapping[int, tuple[str, ...]]) -> ShopItem:
    product_id = item.get("product_id")
    product_tags = tags.get(product_id, ()) if isinstance(product_id, int) else ()
    quantity = item.get("quantity")
    return ShopItem(
        title=text(item, "name"),
        quantity=quantity if isinstance(quantity, int) and not isinstance(quantity, bool) else 1,
        sku=text(item, "sku"),
        tpop=rule.matches("", text(item, "sku"), product_tags),
    )


def _address(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return as_dict(value, key) if value is not None else {}


def _customer(data: dict[str, Any]) -> Customer | None:
    shipping, billing = _address(data, "shipping"), _address(data, "billing")
    name = " ".join(p for p in (text(shipping, "first_name"), text(shipping, "last_name")) if p).strip() or " ".join(
        p for p in (text(billing, "first_name"), text(billing, "last_name")) if p).strip()
    email = text(billing, "email")
    return Customer(name, email) if name or email else None


def _destination(data: dict[str, Any]) -> Destination | None:
    address = _address(data, "shipping")
    if not text(address, "country"):
        address = _address(data, "billing")
    country = text(address, "country").strip().upper()
    return Destination(country, text(address, "postcode"), text(address, "city")) if country else None


def _product_ids(rows: Iterable[Any]) -> set[int]:
    ids: set[int] = set()
    for row in rows:
        lines = row.get("line_items") if isinstance(row, dict) else None
        for line in lines if isinstance(lines, list) else []:
            pid = line.get("product_id") if isinstance(line, dict) else None
            if isinstance(pid, int) and not isinstance(pid, bool) and pid > 0:
                ids.add(pid)
    return ids


def _order_path_id(order_id: str) -> str:
    if not str(order_id).isdigit():
        raise ValueError("a WooCommerce order id is a number")
    return str(int(order_id))


def _replace_tracking(order: ShopOrder, tracking: tuple[ShopTracking, ...]) -> ShopOrder:
    return replace(order, tracking=tracking)
