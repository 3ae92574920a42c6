"""The sandbox over real HTTP: auth, incremental listing, pagination, manual orders."""

from __future__ import annotations

import json
import threading
import time

import pytest
import requests
from sandbox_helpers import TOKEN, FakeClock

from tpop_desktop.core.models import Status
from tpop_desktop.sandbox.server import SandboxServer

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def get(sandbox: SandboxServer, path: str, headers=AUTH, **params) -> requests.Response:
    return requests.get(sandbox.base_url + path, headers=headers, params=params, timeout=5)


def all_pages(sandbox: SandboxServer, **params) -> tuple[list[dict], list[dict]]:
    """Every order of a listing, and the raw pages."""
    pages, orders, cursor = [], [], None
    while True:
        query = dict(params, **({"cursor": cursor} if cursor else {}))
        page = get(sandbox, "/v1/orders", **query).json()
        pages.append(page)
        orders.extend(page["orders"])
        cursor = page["next_cursor"]
        if cursor is None:
            return orders, pages


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": f"Bearer {TOKEN}x"},
     {"Authorization": f"bearer {TOKEN}"}],
)
@pytest.mark.parametrize("path", ["/v1/account", "/v1/shops", "/v1/orders", "/v1/orders/TP-104001"])
def test_only_the_configured_token_gets_in(sandbox: SandboxServer, headers, path: str) -> None:
    response = get(sandbox, path, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_account_and_shops(sandbox: SandboxServer) -> None:
    assert set(get(sandbox, "/v1/account").json()) == {"id", "name", "email"}
    platforms = [shop["platform"] for shop in get(sandbox, "/v1/shops").json()["shops"]]
    assert platforms.count("shopify") >= 2 and {"woocommerce", "etsy", "tpop", "manual"} <= set(platforms)


def test_full_listing_pages_through_every_order_once_in_stable_order(sandbox: SandboxServer) -> None:
    orders, pages = all_pages(sandbox)
    assert len(pages) == 3 and [len(p["orders"]) for p in pages] == [100, 100, 100]
    assert sorted(o["reference"] for o in orders) == sorted(o.reference for o in sandbox.orders())
    keys = [(o["updated_at"], o["reference"]) for o in orders]
    assert keys == sorted(keys)
    assert all(p["server_time"] == "2026-11-20T09:30:00Z" for p in pages)


@pytest.mark.parametrize(("limit", "expected"), [("1", 1), ("200", 200), ("5000", 200)])
def test_limit_sets_the_page_size_up_to_200(sandbox: SandboxServer, limit: str, expected: int) -> None:
    assert len(get(sandbox, "/v1/orders", limit=limit).json()["orders"]) == expected


@pytest.mark.parametrize(
    ("params", "code"),
    [({"limit": "0"}, "invalid_parameter"), ({"limit": "ten"}, "invalid_parameter"),
     ({"updated_since": "yesterday"}, "invalid_parameter"), ({"updated_since": "2026-11-01T00:00:00"}, "invalid_parameter"),
     ({"cursor": "not-a-cursor"}, "invalid_cursor")],
)
def test_bad_listing_parameters_are_400(sandbox: SandboxServer, params, code: str) -> None:
    response = get(sandbox, "/v1/orders", **params)
    assert response.status_code == 400 and response.json()["error"]["code"] == code


def test_incremental_listing_returns_only_what_changed(sandbox: SandboxServer, clock: FakeClock) -> None:
    _, pages = all_pages(sandbox)
    since = pages[0]["server_time"]
    assert all_pages(sandbox, updated_since=since)[0] == []
    clock.advance(minutes=3)
    reference = next(o.reference for o in sandbox.orders() if o.status is Status.PRODUCTION)
    sandbox.ship(reference)
    changed, _ = all_pages(sandbox, updated_since=since)
    assert [o["reference"] for o in changed] == [reference]
    assert changed[0]["status"] == "shipped" and changed[0]["shipments"][-1]["tracking_number"]


def test_an_order_changed_during_paging_is_not_lost(sandbox: SandboxServer, clock: FakeClock) -> None:
    first_page = get(sandbox, "/v1/orders", limit="50").json()
    moved = first_page["orders"][0]["reference"]
    clock.advance(seconds=30)
    sandbox.deliver(moved)
    rest, _ = all_pages(sandbox, cursor=first_page["next_cursor"], limit="50")
    assert moved in [o["reference"] for o in rest]
    assert len(first_page["orders"]) + len(rest) == 301  # the moved order is seen twice, nothing is missed


def test_one_order_and_unknown_order(sandbox: SandboxServer) -> None:
    reference = sandbox.orders()[3].reference
    assert get(sandbox, f"/v1/orders/{reference}").json()["reference"] == reference
    missing = get(sandbox, "/v1/orders/TP-0")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "order_not_found"
    assert get(sandbox, "/v2/nothing").status_code == 404


def manual_body(**changes) -> dict:
    body = {
        "shop_id": None,
        "note": "Reship",
        "customer": {"name": "Siobhán O'Brien", "email": "s@example.org", "language": "EN"},
        "address": {"lines": ["1 Main St"], "postcode": "D02 X285", "city": "Dublin", "country": "ie"},
        "items": [{"title": "Organic tote bag", "variant": "Natural", "quantity": 2}],
    }
    body.update(changes)
    return body


def test_manual_order_is_created_once_per_idempotency_key(sandbox: SandboxServer) -> None:
    headers = dict(AUTH, **{"Idempotency-Key": "abc123"})
    first = requests.post(sandbox.base_url + "/v1/manual-orders", json=manual_body(), headers=headers, timeout=5)
    second = requests.post(sandbox.base_url + "/v1/manual-orders", json=manual_body(), headers=headers, timeout=5)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    created = first.json()
    assert created["status"] == "open" and created["destination"]["country"] == "IE"
    assert created["customer"]["language"] == "en"
    assert [o.reference for o in sandbox.manual_orders] == [created["reference"]]
    assert sandbox.order(created["reference"]).items[0].quantity == 2


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (manual_body(items=[]), 422, "invalid_request"),
        (manual_body(items=[{"title": "Mug", "quantity": 0}]), 422, "invalid_request"),
        (manual_body(customer={"name": ""}), 422, "invalid_request"),
        (manual_body(address={"country": "France"}), 422, "invalid_request"),
        (manual_body(shop_id="shop_nope"), 422, "unknown_shop"),
        ([1, 2], 422, "invalid_request"),
    ],
)
def test_invalid_manual_orders_are_refused(sandbox: SandboxServer, body, status: int, code: str) -> None:
    response = requests.post(sandbox.base_url + "/v1/manual-orders", json=body, headers=AUTH, timeout=5)
    assert response.status_code == status and response.json()["error"]["code"] == code
    assert sandbox.manual_orders == []


def test_manual_order_with_broken_json_is_400(sandbox: SandboxServer) -> None:
    response = requests.post(sandbox.base_url + "/v1/manual-orders", data=b"{", headers=AUTH, timeout=5)
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_json"


def test_requests_are_logged_without_query(sandbox: SandboxServer) -> None:
    get(sandbox, "/v1/orders", limit="3")
    get(sandbox, "/v1/account")
    assert sandbox.requests == [("GET", "/v1/orders"), ("GET", "/v1/account")]


def test_answers_are_utf8_json(sandbox: SandboxServer) -> None:
    response = get(sandbox, "/v1/orders", limit="200")
    assert response.headers["Content-Type"].startswith("application/json")
    assert json.loads(response.content.decode("utf-8"))["orders"]


def test_live_mode_keeps_orders_moving_and_stops_promptly() -> None:
    sandbox = SandboxServer(TOKEN, seed=2, live=True, tick_seconds=0.02, order_count=30)
    before = {o.reference: o.updated_at for o in sandbox.orders()}
    port = int(sandbox.start().rsplit(":", 1)[1])
    moved = threading.Event()
    try:
        for _ in range(250):
            if len(sandbox.orders()) > len(before) or any(
                    sandbox.order(r).updated_at != t for r, t in before.items()):
                moved.set()
                break
            moved.wait(0.02)
    finally:
        started = time.monotonic()
        sandbox.stop()
        stop_seconds = time.monotonic() - started
    assert moved.is_set()
    assert stop_seconds < 2
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/v1/account", headers=AUTH, timeout=2)


def test_two_sandboxes_get_different_free_ports() -> None:
    with SandboxServer(TOKEN, order_count=5) as one, SandboxServer(TOKEN, order_count=5) as two:
        assert one.port != two.port and one.port > 0
