"""The Etsy connector against answers shaped as Etsy documents them, replayed by a local server."""

from __future__ import annotations

from decimal import Decimal

import logging
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from etsy_helpers import (
    ACCESS,
    EXPIRED,
    KEYSTRING,
    NEW_ACCESS,
    NEW_REFRESH,
    REVOKED,
    SECRETS,
    SHARED_SECRET,
    SHARED_SECRET_REQUIRED,
    USER_ID,
    json_reply,
    keeper_for,
    receipt,
    token_answer,
)
from scripted_http import Reply, ScriptedServer, Seen

from tpop_desktop.connectors.errors import ConnectorError, NetworkError, PayloadError, RateLimitedError, ServerError
from tpop_desktop.connectors.etsy import EtsyConnector
from tpop_desktop.connectors.etsy_oauth import EtsyAppKeys, EtsyEndpoints, EtsyKeyError, EtsyReconnectRequired
from tpop_desktop.connectors.shops import MissingScopeError, NotAShopError, ProductRule, ShopWriteError
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.shop_orders import FulfillmentState, ShopTracking

API = "/etsy/v3/application"
SHOP = 38417562
LIMITS = {"x-limit-per-second": "10", "x-remaining-this-second": "9", "x-limit-per-day": "10000",
          "x-remaining-today": "9990"}


def connector(scripted: ScriptedServer, *, saved: list | None = None, **options) -> EtsyConnector:
    return EtsyConnector(EtsyAppKeys(KEYSTRING, SHARED_SECRET), keeper_for(scripted.url, saved=saved),
                         etsy_shop_id=SHOP, shop_id="shop_et_coton", endpoints=EtsyEndpoints.at(scripted.url),
                         **options)


def query_of(seen: Seen) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(seen.path).query).items()}


def path_of(seen: Seen) -> str:
    return urlsplit(seen.path).path


def test_receipts_are_read_page_by_page_with_the_api_key_and_the_bearer_token(scripted: ScriptedServer) -> None:
    first = [receipt(3000000000 + i) for i in range(100)]
    second = [receipt(3000000099), receipt(2994739355, status="Paid", is_shipped=False, shipments=[])]

    def site(seen: Seen) -> Reply:
        page = first if query_of(seen)["offset"] == "0" else second
        return json_reply({"count": 101, "results": page}, headers=LIMITS)

    scripted.reply = site
    etsy = connector(scripted)
    orders = etsy.orders(updated_since=datetime(2026, 11, 1, tzinfo=UTC))
    assert len(orders) == 101  # the receipt repeated by the second page is kept once
    listing = [s for s in scripted.seen if path_of(s) == f"{API}/shops/{SHOP}/receipts"]
    assert [query_of(s)["offset"] for s in listing] == ["0", "100"]
    assert query_of(listing[0]) == {"limit": "100", "offset": "0", "sort_on": "created", "sort_order": "desc",
                                    "was_paid": "true", "min_last_modified": "1793491200"}
    assert listing[0].headers["x-api-key"] == f"{KEYSTRING}:{SHARED_SECRET}"
    assert listing[0].headers["Authorization"] == f"Bearer {ACCESS}"
    assert etsy.rate_limits.remaining_today == 9990
    unshipped = orders[-1]
    assert (unshipped.number, unshipped.paid, unshipped.fulfillment, unshipped.tracking) == (
        "2994739355", True, FulfillmentState.UNFULFILLED, ())
    assert etsy.receipts(updated_since=None, shipped=True) and query_of(scripted.seen[-1])["was_shipped"] == "true"


def test_a_receipt_becomes_a_shop_order_with_its_shipments_recipient_and_items(scripted: ScriptedServer) -> None:
    scripted.reply = json_reply(receipt(), headers=LIMITS)
    order = connector(scripted).order("2994739355")
    assert path_of(scripted.seen[0]) == f"{API}/shops/{SHOP}/receipts/2994739355"
    assert (order.platform, order.order_id, order.number, order.fulfillment_raw) == (
        Platform.ETSY, "2994739355", "2994739355", "Completed")
    assert order.tracking == (ShopTracking("La Poste", "LB123456785FR", "", datetime(2025, 11, 18, 9, 0, tzinfo=UTC)),)
    assert order.created_at == datetime(2025, 11, 17, 9, 0, tzinfo=UTC)
    assert (order.destination.country, order.destination.postcode, order.customer.name) == ("BE", "9000", "Lotte Peeters")
    assert [(i.title, i.sku, i.tpop) for i in order.items] == [("Organic T-shirt Lune", "TP-LUNE-BLK-M", True)]
    assert order.total is not None and (order.total.value, order.total.currency) == (Decimal("29.80"), "EUR")


@pytest.mark.parametrize("grandtotal", [None, "29.80", {"amount": 2980, "divisor": 0, "currency_code": "EUR"},
                                        {"amount": "2980", "divisor": 100, "currency_code": "EUR"}])
def test_a_receipt_without_a_readable_total_has_none(scripted: ScriptedServer, grandtotal) -> None:
    scripted.reply = json_reply({**receipt(), "grandtotal": grandtotal}, headers=LIMITS)
    assert connector(scripted).order("2994739355").total is None  # never a made-up amount


@pytest.mark.parametrize(("status", "shipped", "fulfillment"), [
    ("Completed", True, FulfillmentState.FULFILLED),
    ("completed", True, FulfillmentState.FULFILLED),
    ("Paid", False, FulfillmentState.UNFULFILLED),
    ("Canceled", False, FulfillmentState.CANCELLED),
    ("Fully Refunded", True, FulfillmentState.CANCELLED),
    ("Partially Refunded", True, FulfillmentState.FULFILLED),
])
def test_the_receipt_status_is_read_whatever_its_case(scripted, status, shipped, fulfillment) -> None:
    scripted.reply = json_reply(receipt(status=status, is_shipped=shipped, shipments=[]))
    assert connector(scripted).order("2994739355").fulfillment is fulfillment


def test_marked_shipped_without_a_shipment_has_no_tracking(scripted: ScriptedServer) -> None:
    scripted.reply = json_reply(receipt(is_shipped=True, shipments=[]))
    order = connector(scripted).order("2994739355")
    assert (order.fulfillment, order.tracking) == (FulfillmentState.FULFILLED, ())


def test_test_connection_finds_the_shop_of_the_token_owner(scripted: ScriptedServer) -> None:
    shop = {"shop_id": SHOP, "shop_name": "PetitCotonStudio", "user_id": int(USER_ID)}

    def site(seen: Seen) -> Reply:
        answers = {f"{API}/openapi-ping": json_reply({"application_id": 1000001}),
                   f"{API}/users/me": json_reply({"user_id": int(USER_ID), "shop_id": SHOP}),
                   f"{API}/shops/{SHOP}": json_reply(shop)}
        return answers.get(path_of(seen), json_reply({"error": "Not Found"}, 404))

    scripted.reply = site
    etsy = EtsyConnector(EtsyAppKeys(KEYSTRING, SHARED_SECRET), keeper_for(scripted.url),
                         endpoints=EtsyEndpoints.at(scripted.url))
    assert etsy.test_connection().shop_name == "PetitCotonStudio" and etsy.etsy_shop_id == SHOP
    ping = scripted.seen[0]
    assert "Authorization" not in ping.headers and ping.headers["x-api-key"] == f"{KEYSTRING}:{SHARED_SECRET}"


@pytest.mark.parametrize("me", [json_reply({"user_id": int(USER_ID)}), json_reply({"error": "Not Found"}, 404),
                                json_reply({"error": "Insufficient scope"}, 403)],
                         ids=["getMe without shop_id", "no getMe", "getMe wants another scope"])
def test_without_a_shop_id_from_getme_the_shop_is_found_by_its_owner(scripted: ScriptedServer, me: Reply) -> None:
    def site(seen: Seen) -> Reply:
        if path_of(seen) == f"{API}/users/me":
            return me
        if path_of(seen) == f"{API}/users/{USER_ID}/shops":
            return json_reply({"shop_id": SHOP, "shop_name": "PetitCotonStudio"})
        return json_reply({"application_id": 1})

    scripted.reply = site
    etsy = EtsyConnector(EtsyAppKeys(KEYSTRING, SHARED_SECRET), keeper_for(scripted.url),
                         endpoints=EtsyEndpoints.at(scripted.url))
    assert (etsy.test_connection().shop_name, etsy.etsy_shop_id) == ("PetitCotonStudio", SHOP)


def test_an_account_without_a_shop_is_not_a_shop(scripted: ScriptedServer) -> None:
    scripted.reply = lambda seen: json_reply({"application_id": 1}) if path_of(seen).endswith("/openapi-ping") else \
        json_reply({"error": "User does not have a shop"}, 404)
    with pytest.raises(NotAShopError):
        EtsyConnector(EtsyAppKeys(KEYSTRING, SHARED_SECRET), keeper_for(scripted.url),
                      endpoints=EtsyEndpoints.at(scripted.url)).test_connection()


class ReceiptSite:
    """A receipt and createReceiptShipment, which adds a shipment at each call."""

    def __init__(self, **receipt_options) -> None:
        self.receipt = receipt(is_shipped=True, shipments=[], **receipt_options)
        self.posts: list[Seen] = []
        self.post_reply: Reply | None = None

    def __call__(self, seen: Seen) -> Reply:
        if seen.method == "POST":
            self.posts.append(seen)
            if self.post_reply is not None:
                return self.post_reply
            form = {k: v[-1] for k, v in parse_qs(seen.body.decode()).items()}
            self.receipt["shipments"].append({"receipt_shipping_id": 1, "shipment_notification_timestamp": 1763400000,
                                              "carrier_name": form["carrier_name"],
                                              "tracking_code": form["tracking_code"]})
        return json_reply(self.receipt, headers=LIMITS)


def test_the_fix_creates_the_receipts_shipment_once(scripted: ScriptedServer) -> None:
    site = ReceiptSite()
    scripted.reply = site
    etsy = connector(scripted)
    first = etsy.add_tracking("2994739355", "LB123456785FR", "La Poste", "https://x", notify_customer=False)
    again = etsy.add_tracking("2994739355", "LB 1234 5678 5FR", "La Poste", "https://x", notify_customer=False)
    assert (first.written, first.kind, again.written) == (True, FixKind.CREATE_RECEIPT_SHIPMENT, False)
    assert len(site.posts) == 1
    post = site.posts[0]
    assert path_of(post) == f"{API}/shops/{SHOP}/receipts/2994739355/tracking"
    assert post.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(post.body.decode()) == {"tracking_code": ["LB123456785FR"], "carrier_name": ["La Poste"],
                                            "send_bcc": ["false"]}
    assert etsy.fix_kind(first.order) is FixKind.CREATE_RECEIPT_SHIPMENT


def test_a_carrier_etsy_may_not_know_is_sent_as_other(scripted: ScriptedServer) -> None:
    site = ReceiptSite()
    scripted.reply = site
    connector(scripted).add_tracking("2994739355", "LB123456785FR", "", "", notify_customer=True)
    assert parse_qs(site.posts[0].body.decode())["carrier_name"] == ["other"]


@pytest.mark.parametrize(("reply", "error"), [
    (json_reply({"error": "Cannot submit tracking for a canceled receipt"}, 400), ShopWriteError),
    (json_reply({"error": "Server Error"}, 500), ServerError),
    (Reply(0), NetworkError),  # no answer: the shipment may exist, so it is never sent again by itself
])
def test_a_refused_or_lost_write_is_reported_and_not_retried(scripted: ScriptedServer, reply, error) -> None:
    site = ReceiptSite()
    site.post_reply = reply
    scripted.reply = site
    etsy = EtsyConnector(EtsyAppKeys(KEYSTRING, SHARED_SECRET), keeper_for(scripted.url), etsy_shop_id=SHOP,
                         endpoints=EtsyEndpoints.at(scripted.url), timeout=(2.0, 0.5))
    with pytest.raises(error):
        etsy.add_tracking("2994739355", "LB123456785FR", "La Poste", "", notify_customer=True)
    assert len(site.posts) == 1


def test_a_cancelled_receipt_gets_no_shipment(scripted: ScriptedServer) -> None:
    site = ReceiptSite(status="Canceled")
    scripted.reply = site
    etsy = connector(scripted)
    with pytest.raises(ShopWriteError):
        etsy.add_tracking("2994739355", "LB123456785FR", "La Poste", "", notify_customer=True)
    assert site.posts == [] and etsy.fix_kind(etsy.order("2994739355")) is None


def test_an_expired_access_token_is_refreshed_once_and_the_rotated_pair_saved_first(scripted: ScriptedServer) -> None:
    saved: list = []

    def site(seen: Seen) -> Reply:
        if path_of(seen).endswith("/public/oauth/token"):
            return token_answer()
        if seen.headers.get("Authorization") == f"Bearer {ACCESS}":
            return EXPIRED
        return json_reply(receipt(), headers=LIMITS)

    scripted.reply = site
    assert connector(scripted, saved=saved).order("2994739355").number == "2994739355"
    token_call = next(s for s in scripted.seen if path_of(s).endswith("/public/oauth/token"))
    assert parse_qs(token_call.body.decode())["grant_type"] == ["refresh_token"]
    assert scripted.seen[-1].headers["Authorization"] == f"Bearer {NEW_ACCESS}"
    assert [(t.access_token, t.refresh_token) for t in saved] == [(NEW_ACCESS, NEW_REFRESH)]


@pytest.mark.parametrize(("token_reply", "api_reply"), [
    (REVOKED, EXPIRED),  # the refresh token was revoked (password change, 90 days)
    (token_answer(), EXPIRED),  # the renewed token is refused too
], ids=["refresh refused", "renewed token refused"])
def test_a_revoked_shop_says_it_must_be_reconnected(scripted: ScriptedServer, token_reply, api_reply,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    scripted.reply = lambda seen: token_reply if path_of(seen).endswith("/public/oauth/token") else api_reply
    caplog.set_level(logging.DEBUG)
    with pytest.raises(EtsyReconnectRequired) as caught:
        connector(scripted).orders(updated_since=None)
    assert "reconnect" in str(caught.value)
    assert sum(path_of(s).endswith("/public/oauth/token") for s in scripted.seen) == 1  # never retried
    assert_no_secret(str(caught.value), caplog.text)


ERRORS = [
    ("HTTP 429", Reply(429, b'{"error":"Too Many Requests"}', {"Content-Type": "application/json"}), RateLimitedError),
    ("HTTP 429 with Retry-After", Reply(429, b"{}", {"Content-Type": "application/json", "Retry-After": "30"}),
     RateLimitedError),
    ("HTTP 500", json_reply({"error": "Server Error"}, 500), ServerError),
    ("HTTP 503 page", Reply(503, b"<html>down</html>", {"Content-Type": "text/html"}), ServerError),
    ("shared secret missing", SHARED_SECRET_REQUIRED, EtsyKeyError),
    ("bad key format", json_reply({"error": "Invalid API key: should be in the format 'keystring:shared_secret'."},
                                  403), EtsyKeyError),
    ("scope missing", json_reply({"error": "Insufficient scope"}, 403), MissingScopeError),
    ("malformed JSON", Reply(200, b'{"count": 1, "results": [{"receipt_id": '), PayloadError),
    ("not a receipt", json_reply({"count": 1, "results": [{"receipt_id": "abc"}]}), PayloadError),
    ("no results", json_reply({"count": 1}), PayloadError),
]


@pytest.mark.parametrize(("name", "reply", "error"), ERRORS, ids=[e[0] for e in ERRORS])
def test_every_failure_becomes_its_typed_error_without_a_secret(
    name: str, reply: Reply, error: type[ConnectorError], scripted: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    scripted.reply = reply
    caplog.set_level(logging.DEBUG)
    etsy = connector(scripted)
    with pytest.raises(error) as caught:
        etsy.orders(updated_since=None)
    assert_no_secret(str(caught.value), repr(caught.value), caplog.text, repr(etsy))
    assert all(secret not in seen.path for seen in scripted.seen for secret in (*SECRETS, KEYSTRING))


def test_rate_limits_say_how_long_to_wait(scripted: ScriptedServer) -> None:
    etsy = connector(scripted)
    scripted.reply = Reply(429, b"{}", {"Content-Type": "application/json", "Retry-After": "30"})
    with pytest.raises(RateLimitedError) as with_header:
        etsy.orders(updated_since=None)
    scripted.reply = Reply(429, b"{}", {"Content-Type": "application/json"})
    with pytest.raises(RateLimitedError) as per_second:
        etsy.orders(updated_since=None)
    assert (with_header.value.retry_after, per_second.value.retry_after) == (30.0, 1.0)
    scripted.reply = json_reply(receipt(), headers={**LIMITS, "x-remaining-today": "0"})
    etsy.order("2994739355")
    scripted.reply = Reply(429, b"{}", {"Content-Type": "application/json"})
    with pytest.raises(RateLimitedError) as daily:
        etsy.orders(updated_since=None)
    assert daily.value.retry_after is None and "daily" in str(daily.value)


def test_a_tag_rule_reads_the_sold_listings_tags_once(scripted: ScriptedServer) -> None:
    rows = [receipt(3000000001, sku="", listing_id=111), receipt(3000000002, sku="", listing_id=222)]

    def site(seen: Seen) -> Reply:
        if path_of(seen) == f"{API}/listings/batch":
            return json_reply({"count": 2, "results": [{"listing_id": 111, "tags": ["tpop", "organic cotton"]},
                                                      {"listing_id": 222, "tags": ["handmade"]}]})
        return json_reply({"count": 2, "results": rows})

    scripted.reply = site
    etsy = connector(scripted, product_rule=ProductRule.of(tags=["TPOP"]))
    first, again = etsy.orders(updated_since=None), etsy.orders(updated_since=None)
    assert [o.has_tpop_products for o in first] == [o.has_tpop_products for o in again] == [True, False]
    batch = [s for s in scripted.seen if path_of(s) == f"{API}/listings/batch"]
    assert len(batch) == 1 and query_of(batch[0])["listing_ids"] == "111,222"


def test_other_hosts_never_receive_the_keys() -> None:
    for base in ("http://api.etsy.com", "https://api.etsy.com.evil.example", "http://192.0.2.1"):
        with pytest.raises(ValueError):
            EtsyEndpoints(api_url=f"{base}/v3")
    assert EtsyEndpoints().api_url == "https://api.etsy.com/v3"


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text
