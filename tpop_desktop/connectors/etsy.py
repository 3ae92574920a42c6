"""Etsy Open API v3: read a shop's receipts with their shipments, add TPOP's tracking.

Every detail of Etsy's wire format for the shop checks lives here (receipts in
``etsy_receipts``, OAuth in ``etsy_oauth``). Every call sends ``x-api-key:
keystring:shared_secret``; calls on the shop also send ``Authorization: Bearer`` with an
access token from the injected ``TokenProvider``. A 401 is answered by one refresh and
one retry; a second 401, or a refresh Etsy refuses, is ``EtsyReconnectRequired``.

Receipts are read newest first (Etsy's documented default order) with ``was_paid`` and
``min_last_modified``, 100 per page by offset: a receipt that arrives while the pages
are read pushes the others down, so a page may repeat one (dropped) but never skips one.
The fix is ``createReceiptShipment``, which adds a shipment and e-mails the buyer each
time it succeeds, so the receipt is read again first and nothing is written when TPOP's
number is already there; it is never retried automatically. 429 answers (Etsy sends no
rate headers with them) become ``RateLimitedError``, honouring ``Retry-After`` when present.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import requests

from tpop_desktop.connectors.errors import (
    AuthError,
    ConnectorError,
    ForbiddenError,
    NotFoundError,
    PayloadError,
    RateLimitedError,
    ServerError,
)
from tpop_desktop.connectors.etsy_oauth import EtsyAppKeys, EtsyEndpoints, EtsyReconnectRequired, oauth_error
from tpop_desktop.connectors.etsy_receipts import listing_ids, parse_receipt, receipt_id
from tpop_desktop.connectors.http import (
    DEFAULT_TIMEOUT,
    MAX_BODY_BYTES,
    JsonResponse,
    check_token_chars,
    make_session,
    parse_retry_after,
    request_json,
)
from tpop_desktop.connectors.payload import as_dict, as_list
from tpop_desktop.connectors.shops import (
    MissingScopeError,
    NotAShopError,
    ProductRule,
    ShopConnection,
    ShopWriteError,
    TrackingWrite,
    has_tracking_number,
    text,
)
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.shop_orders import FulfillmentState, ShopOrder
from tpop_desktop.logging_setup import register_secret

log = logging.getLogger(__name__)

PAGE_SIZE = 100  # Etsy's maximum ``limit``
MAX_PAGES = 1000
LISTINGS_PER_READ = 100
OTHER_CARRIER = "other"  # Etsy's carrier_name for a carrier it does not list


class TokenProvider(Protocol):
    """Where the connector gets its access tokens (``EtsyTokenKeeper``)."""

    @property
    def user_id(self) -> str: ...

    def access_token(self) -> str: ...

    def refreshed_access_token(self, rejected: str) -> str: ...


@dataclass(frozen=True, slots=True)
class EtsyRateLimits:
    """The budget Etsy announced in its last successful answer (None: not said)."""

    per_second: int | None = None
    remaining_this_second: int | None = None
    per_day: int | None = None
    remaining_today: int | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> EtsyRateLimits:
        def number(name: str) -> int | None:
            value = str(headers.get(name, "")).strip()
            return int(value) if value.isdigit() else None

        return cls(number("x-limit-per-second"), number("x-remaining-this-second"), number("x-limit-per-day"),
                   number("x-remaining-today"))


class EtsyConnector:
    """One Etsy shop, through the merchant's own Etsy app and the shop owner's OAuth tokens."""

    platform = Platform.ETSY

    def __init__(
        self,
        keys: EtsyAppKeys,
        tokens: TokenProvider,
        *,
        etsy_shop_id: int | str | None = None,
        shop_id: str = "",
        product_rule: ProductRule = ProductRule(),
        endpoints: EtsyEndpoints = EtsyEndpoints(),
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self._keys = keys
        self._tokens = tokens
        if etsy_shop_id not in (None, "") and not str(etsy_shop_id).strip().isdigit():
            raise ValueError("The Etsy shop id is a number.")
        self.etsy_shop_id = int(str(etsy_shop_id).strip()) if etsy_shop_id not in (None, "") else None
        self.shop_id = shop_id
        self._rule = product_rule
        self._base = endpoints.api_url
        self._timeout = timeout
        self._owns_session = session is None
        self._session = session if session is not None else make_session()
        self._max_body_bytes = max_body_bytes
        self._listing_tags: dict[int, tuple[str, ...]] = {}
        self.rate_limits = EtsyRateLimits()
        self._registered_token = ""

    def __repr__(self) -> str:
        return f"EtsyConnector({self._base!r}, shop {self.etsy_shop_id})"

    # --- reads ----------------------------------------------------------------------

    def test_connection(self) -> ShopConnection:
        """Checks the app keys, then finds the token owner's shop and its name."""
        self._call("GET", "/application/openapi-ping", bearer=False)
        shop = self._find_shop()
        self.etsy_shop_id = _shop_number(shop.get("shop_id"))
        return ShopConnection(Platform.ETSY, text(shop, "shop_name"))

    def receipts(self, *, updated_since: datetime | None, paid: bool | None = True,
                 shipped: bool | None = None) -> list[ShopOrder]:
        """Receipts modified since then (all when None), filtered by Etsy on payment and shipping."""
        params = {"limit": str(PAGE_SIZE), "sort_on": "created", "sort_order": "desc"}
        if paid is not None:
            params["was_paid"] = "true" if paid else "false"
        if shipped is not None:
            params["was_shipped"] = "true" if shipped else "false"
        if updated_since is not None:
            params["min_last_modified"] = str(max(0, int(updated_since.timestamp())))
        path = f"/application/shops/{self._shop()}/receipts"
        rows: dict[int, Any] = {}
        for page in range(MAX_PAGES):
            params["offset"] = str(page * PAGE_SIZE)
            data = as_dict(self._call("GET", path, params=params).data, "receipts")
            results = as_list(data.get("results"), "receipts.results")
            count = data.get("count")
            for row in results:
                rows.setdefault(receipt_id(as_dict(row, "receipt")), row)
            total = count if isinstance(count, int) and not isinstance(count, bool) else None
            if not results or len(results) < PAGE_SIZE or (total is not None and (page + 1) * PAGE_SIZE >= total):
                self._read_tags(list(rows.values()))
                return [self._parse(row) for row in rows.values()]
        raise PayloadError("receipts: too many pages")

    def orders(self, *, updated_since: datetime | None) -> list[ShopOrder]:
        """The paid receipts, shipped or not (the checks need both)."""
        return self.receipts(updated_since=updated_since, paid=True)

    def order(self, order_id: str) -> ShopOrder:
        row = self._call("GET", self._receipt_path(order_id)).data
        self._read_tags([row])
        return self._parse(row)

    def fix_kind(self, order: ShopOrder) -> FixKind | None:
        return None if order.fulfillment is FulfillmentState.CANCELLED else FixKind.CREATE_RECEIPT_SHIPMENT

    # --- writes ---------------------------------------------------------------------

    def add_tracking(
        self, order_id: str, number: str, company: str, url: str, *, notify_customer: bool
    ) -> TrackingWrite:
        """One receipt shipment with TPOP's number, unless it is there. Etsy e-mails the buyer either way."""
        if not number.strip():
            raise ValueError("the tracking number is empty")
        fresh = self.order(order_id)
        if has_tracking_number(fresh, number):
            return TrackingWrite(False, None, fresh)
        if fresh.fulfillment is FulfillmentState.CANCELLED:
            raise ShopWriteError("the Etsy order is cancelled; tracking was not added")
        form = {"tracking_code": number.strip(), "carrier_name": company.strip() or OTHER_CARRIER, "send_bcc": "false"}
        self._call("POST", f"{self._receipt_path(order_id)}/tracking", form=form)
        return TrackingWrite(True, FixKind.CREATE_RECEIPT_SHIPMENT, fresh)

    def close(self) -> None:
        if self._owns_session:
            self._session.close()
        close_tokens = getattr(self._tokens, "close", None)
        if callable(close_tokens):
            close_tokens()

    # --- plumbing -------------------------------------------------------------------

    def _find_shop(self) -> dict[str, Any]:
        """getMe gives user and shop ids (fields and scopes not documented for sure); else the token's user id."""
        user_id = ""
        try:
            me = as_dict(self._call("GET", "/application/users/me").data, "users/me")
            user_id = str(me.get("user_id") or "")
            if isinstance(me.get("shop_id"), int) and not isinstance(me.get("shop_id"), bool):
                return as_dict(self._call("GET", f"/application/shops/{me['shop_id']}").data, "shop")
        except (NotFoundError, ForbiddenError):  # no getMe, or it wants a scope the app does not ask (email_r)
            pass
        user_id = user_id if user_id.isdigit() else self._tokens.user_id
        if not user_id.isdigit():
            raise PayloadError("Etsy did not say which user the token belongs to")
        try:
            return as_dict(self._call("GET", f"/application/users/{user_id}/shops").data, "shop")
        except NotFoundError:
            raise NotAShopError("this Etsy account has no shop") from None

    def _shop(self) -> int:
        if self.etsy_shop_id is None:
            self.etsy_shop_id = _shop_number(self._find_shop().get("shop_id"))
        return self.etsy_shop_id

    def _receipt_path(self, order_id: str) -> str:
        if not str(order_id).strip().isdigit():
            raise ValueError("an Etsy receipt id is a number")
        return f"/application/shops/{self._shop()}/receipts/{int(order_id)}"

    def _read_tags(self, receipts: list[Any]) -> None:
        """The tags of the sold listings, when the product rule names tags (public data, cached)."""
        if not self._rule.uses_tags:
            return
        wanted = sorted(i for i in listing_ids(receipts) if i not in self._listing_tags)
        for start in range(0, len(wanted), LISTINGS_PER_READ):
            chunk = wanted[start:start + LISTINGS_PER_READ]
            params = {"listing_ids": ",".join(str(i) for i in chunk)}
            data = as_dict(self._call("GET", "/application/listings/batch", params=params).data, "listings")
            for listing in as_list(data.get("results"), "listings.results"):
                listing = as_dict(listing, "listing")
                tags = listing.get("tags") if isinstance(listing.get("tags"), list) else []
                if isinstance(listing.get("listing_id"), int):
                    self._listing_tags[listing["listing_id"]] = tuple(t for t in tags if isinstance(t, str))
            for listing_id in chunk:
                self._listing_tags.setdefault(listing_id, ())  # a deleted listing has no tags

    def _parse(self, row: Any) -> ShopOrder:
        try:
            return parse_receipt(row, self.shop_id, self._rule, self._listing_tags)
        except PayloadError as exc:
            raise PayloadError(f"Etsy receipt: {exc}") from None

    def _call(self, method: str, path: str, *, params: dict[str, str] | None = None,
              form: dict[str, str] | None = None, bearer: bool = True) -> JsonResponse:
        token = self._tokens.access_token() if bearer else ""
        try:
            return self._send(method, path, params, form, token)
        except AuthError as exc:
            if not bearer or isinstance(exc, EtsyReconnectRequired):
                raise
        token = self._tokens.refreshed_access_token(token)  # raises EtsyReconnectRequired when refused
        try:
            return self._send(method, path, params, form, token)
        except AuthError:
            raise EtsyReconnectRequired("Etsy refuses the shop's renewed access; the shop must be reconnected") \
                from None

    def _send(self, method: str, path: str, params: dict[str, str] | None, form: dict[str, str] | None,
              token: str) -> JsonResponse:
        headers = dict(self._keys.api_key_header)
        if token:
            if token != self._registered_token:
                register_secret(token)
                self._registered_token = token
            check_token_chars(token)
            headers["Authorization"] = f"Bearer {token}"
        response = request_json(self._session, method, self._base + path, params=params, form_body=form,
                                headers=headers, timeout=self._timeout, max_bytes=self._max_body_bytes,
                                error_for=self._error_for(write=method != "GET"))
        self.rate_limits = EtsyRateLimits.from_headers(response.headers)
        return response

    def _error_for(self, *, write: bool):  # type: ignore[no-untyped-def]
        def mapper(status: int, headers: Mapping[str, str], body: bytes, where: str) -> ConnectorError:
            if status == 429:
                return self._rate_limited(headers, where)
            if status == 401:  # expired or revoked access token: ``_call`` refreshes once
                return AuthError(f"Etsy refused the access token (HTTP 401 from {where})")
            error = oauth_error(status, headers, body, where)
            if status == 403 and type(error) is ForbiddenError:
                return MissingScopeError(f"Etsy refused the request: a permission is missing (HTTP 403 from {where})")
            if write and status in (400, 409) and isinstance(error, ServerError):
                return ShopWriteError(f"Etsy refused the shipment (HTTP {status})")
            return error

        return mapper

    def _rate_limited(self, headers: Mapping[str, str], where: str) -> RateLimitedError:
        wait = parse_retry_after(headers.get("Retry-After"))
        if self.rate_limits.remaining_today == 0:
            return RateLimitedError(f"Etsy's daily request budget is used up (HTTP 429 from {where})", wait)
        return RateLimitedError(f"Etsy's per-second request budget is used up (HTTP 429 from {where})",
                                wait if wait is not None else 1.0)


def _shop_number(value: Any) -> int:
    if isinstance(value, bool) or not str(value).strip().isdigit() or int(str(value).strip()) <= 0:
        raise PayloadError("the Etsy shop id is not a positive number")
    return int(str(value).strip())
