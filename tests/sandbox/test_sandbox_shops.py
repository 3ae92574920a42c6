"""The sandbox's Shopify and WooCommerce shops, seen over HTTP as a client would see them."""

from __future__ import annotations

import requests
from sandbox_helpers import TOKEN, FakeClock

from tpop_desktop.core.models import Status
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.sandbox.shopify_routes import root_fields

ORDERS = """query Orders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
}"""


def shopify_post(sandbox: SandboxServer, shop_id: str, query: str, variables: dict | None = None,
                 token: str | None = None) -> requests.Response:
    creds = sandbox.shop_credentials()[shop_id]
    return requests.post(
        f"{creds['shop_domain']}/admin/api/2025-01/graphql.json",
        json={"query": query, "variables": variables or {}},
        headers={"X-Shopify-Access-Token": token or creds["access_token"]},
        timeout=10,
    )


def woo_get(sandbox: SandboxServer, path: str, auth: bool = True, **params: str) -> requests.Response:
    creds = sandbox.shop_credentials()["shop_wc_bonnet"]
    basic = (creds["consumer_key"], creds["consumer_secret"]) if auth else None
    return requests.get(f"{creds['site_url']}/wp-json{path}", params=params, auth=basic, timeout=10)


def test_each_shop_has_its_own_credentials_derived_from_the_seed(sandbox: SandboxServer, clock: FakeClock) -> None:
    creds = sandbox.shop_credentials()
    assert set(creds) == {"shop_sh_lune", "shop_sh_margaux", "shop_wc_bonnet"}
    assert creds["shop_sh_lune"]["access_token"].startswith("shpat_")
    assert creds["shop_sh_lune"]["access_token"] != creds["shop_sh_margaux"]["access_token"]
    twin = SandboxServer(TOKEN, seed=7, now=clock)
    twin.start()
    try:
        assert twin.shop_credentials()["shop_wc_bonnet"]["consumer_secret"] == creds["shop_wc_bonnet"]["consumer_secret"]
    finally:
        twin.stop()


def test_the_shopify_endpoint_pages_orders_in_the_documented_shape(sandbox: SandboxServer) -> None:
    first = shopify_post(sandbox, "shop_sh_lune", ORDERS, {"first": 5}).json()
    connection = first["data"]["orders"]
    assert len(connection["edges"]) == 5 and connection["pageInfo"]["hasNextPage"] is True
    assert connection["edges"][0]["node"]["id"].startswith("gid://shopify/Order/")
    assert first["extensions"]["cost"]["throttleStatus"]["restoreRate"] > 0
    after = connection["pageInfo"]["endCursor"]
    second = shopify_post(sandbox, "shop_sh_lune", ORDERS, {"first": 5, "after": after}).json()["data"]["orders"]
    assert not {e["node"]["id"] for e in second["edges"]} & {e["node"]["id"] for e in connection["edges"]}


def test_shopify_refuses_a_wrong_token_like_shopify(sandbox: SandboxServer) -> None:
    response = shopify_post(sandbox, "shop_sh_lune", ORDERS, {"first": 1},
                            token=sandbox.shop_credentials()["shop_sh_margaux"]["access_token"])
    assert response.status_code == 401
    assert "Invalid API key or access token" in response.json()["errors"]


def test_shopify_can_be_told_to_throttle_and_to_lack_a_scope(sandbox: SandboxServer) -> None:
    sandbox.shops.throttle_remaining = 1
    throttled = shopify_post(sandbox, "shop_sh_lune", ORDERS, {"first": 1}).json()
    assert throttled["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert throttled["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] < 502
    assert "data" in shopify_post(sandbox, "shop_sh_lune", ORDERS, {"first": 1}).json()  # one throttled answer only
    sandbox.shops.scopes["shop_sh_lune"] = ("read_products",)
    denied = shopify_post(sandbox, "shop_sh_lune", ORDERS, {"first": 1}).json()
    assert denied["errors"][0]["extensions"]["code"] == "ACCESS_DENIED" and denied["data"] is None


def test_root_fields_are_read_from_the_operation_only() -> None:
    document = 'query { a: shop { name } orders(query: "x { y }") { edges { node { id } } } }\nfragment F on Order { order }'
    assert root_fields(document) == ["shop", "orders"]
    assert root_fields("mutation M($id: ID!) { fulfillmentCreate(fulfillment: $f) { userErrors { message } } }") == [
        "fulfillmentCreate"
    ]


def test_woocommerce_lists_orders_with_paging_headers_and_refuses_a_missing_key(sandbox: SandboxServer) -> None:
    response = woo_get(sandbox, "/wc/v3/orders", per_page="10", page="1")
    assert response.status_code == 200
    total, pages = int(response.headers["X-WP-Total"]), int(response.headers["X-WP-TotalPages"])
    assert pages == -(-total // 10) and len(response.json()) == 10
    assert {"id", "number", "status", "date_created_gmt", "meta_data", "line_items"} <= set(response.json()[0])
    refused = woo_get(sandbox, "/wc/v3/orders", auth=False)
    assert refused.status_code == 401 and refused.json()["data"]["status"] == 401


def test_woocommerce_without_the_extension_has_no_tracking_routes(sandbox: SandboxServer) -> None:
    assert "wc-shipment-tracking/v3" in woo_get(sandbox, "/", auth=False).json()["namespaces"]
    sandbox.shops.tracking_extension["shop_wc_bonnet"] = False
    assert "wc-shipment-tracking/v3" not in woo_get(sandbox, "/", auth=False).json()["namespaces"]
    missing = woo_get(sandbox, "/wc-shipment-tracking/v3/shipment-trackings/providers")
    assert missing.status_code == 404 and missing.json()["code"] == "rest_no_route"


def test_every_kind_of_mismatch_is_seeded_in_every_shop(sandbox: SandboxServer) -> None:
    for shop_id, seeded in sandbox.shops.seeded.items():
        counts = (len(seeded.closed_manually), len(seeded.not_closed), len(seeded.different), len(seeded.not_in_tpop))
        assert counts == (2, 1, 1, 2), shop_id


def test_when_tpop_ships_an_order_the_sandbox_shop_gets_tpops_tracking(sandbox: SandboxServer) -> None:
    order = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION and o.shop.id == "shop_sh_lune")
    assert sandbox.shops.by_reference(order.reference).fulfillments == []
    shipped = sandbox.ship(order.reference)
    shop_order = sandbox.shops.by_reference(order.reference)
    assert shipped.shipments[-1].tracking_number in shop_order.numbers()
    assert shop_order.fulfilled_all
