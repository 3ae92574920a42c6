"""The daily shop checks end to end: the sandbox's shops, the real connectors, the fix."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from tpop_desktop.connectors.errors import AuthError, RateLimitedError
from tpop_desktop.connectors.shopify import ShopifyConnector
from tpop_desktop.connectors.shops import ShopConnector
from tpop_desktop.connectors.woocommerce import WooCommerceConnector
from tpop_desktop.core.shop_checks import FixKind, MissingReason, ShopCheck, ShopState
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.sync.shop_sync import (
    FixBlocker,
    FixNotPossible,
    FixOutcome,
    check_shops,
    describe_fix,
    fix_tracking,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
LUNE, WOO = "shop_sh_lune", "shop_wc_bonnet"


@pytest.fixture
def shop_sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer("sandbox-token-shops", seed=11, now=lambda: NOW, order_count=220)
    server.start()
    yield server
    server.stop()


def connectors(sandbox: SandboxServer) -> dict[str, ShopConnector]:
    result: dict[str, ShopConnector] = {}
    for shop_id, creds in sandbox.shop_credentials().items():
        if creds["platform"] == "shopify":
            result[shop_id] = ShopifyConnector(creds["shop_domain"], creds["access_token"], shop_id=shop_id)
        else:
            result[shop_id] = WooCommerceConnector(
                creds["site_url"], creds["consumer_key"], creds["consumer_secret"], shop_id=shop_id
            )
    return result


def secrets_of(sandbox: SandboxServer) -> list[str]:
    return [v for creds in sandbox.shop_credentials().values() for k, v in creds.items() if k not in ("platform",
            "shop_domain", "site_url")]


def result_for(checks: list[ShopCheck], shop_id: str, number: str) -> ShopCheck:
    return next(c for c in checks if c.shop_id == shop_id and c.shop_order_number == number)


def run(sandbox: SandboxServer, conns: dict[str, ShopConnector] | None = None) -> list[ShopCheck]:
    outcome = check_shops(sandbox.orders(), conns or connectors(sandbox), NOW)
    assert outcome.failures == {}
    return outcome.results


@pytest.mark.parametrize(("case", "reason", "kind"), [
    ("closed_manually", MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.UPDATE_FULFILLMENT_TRACKING),
    ("not_closed", MissingReason.NOT_CLOSED, FixKind.CREATE_FULFILLMENT),
])
def test_a_shopify_order_without_tpops_tracking_is_found_fixed_once_and_then_in_sync(
    shop_sandbox: SandboxServer, case: str, reason: MissingReason, kind: FixKind
) -> None:
    number = getattr(shop_sandbox.shops.seeded[LUNE], case)[0]
    conns = connectors(shop_sandbox)
    check = result_for(run(shop_sandbox, conns), LUNE, number)
    assert (check.state, check.reason, check.fix_kind) == (ShopState.TRACKING_MISSING, reason, kind)
    tpop_order = shop_sandbox.order(check.reference)
    plan = describe_fix(check, tpop_order, notify_customer=True, connector=conns[LUNE])
    assert plan.possible and plan.customer_notified and plan.tracking.number == tpop_order.shipments[-1].tracking_number

    first = fix_tracking(check, tpop_order, conns[LUNE], notify_customer=True)
    second = fix_tracking(check, tpop_order, conns[LUNE], notify_customer=True)

    assert (first.written, first.kind, second.outcome) == (True, kind, FixOutcome.ALREADY_PRESENT)
    assert [w for w in shop_sandbox.shops.writes if w[1] == number] == [(LUNE, number, kind.value.replace(
        "update_fulfillment_tracking", "fulfillment_tracking_update").replace("create_fulfillment", "fulfillment_create"))]
    assert tpop_order.shipments[-1].tracking_number in shop_sandbox.shops.by_number(LUNE, number).numbers()
    assert (LUNE, number) in {(s, n) for s, n, _ in shop_sandbox.shops.notifications}
    assert result_for(run(shop_sandbox, conns), LUNE, number).state is ShopState.IN_SYNC


def test_a_different_number_is_replaced_by_tpops(shop_sandbox: SandboxServer) -> None:
    number = shop_sandbox.shops.seeded[LUNE].different[0]
    conns = connectors(shop_sandbox)
    check = result_for(run(shop_sandbox, conns), LUNE, number)
    assert check.state is ShopState.TRACKING_DIFFERENT
    plan = describe_fix(check, shop_sandbox.order(check.reference), notify_customer=False)
    assert [t.number for t in plan.replaces] == [t.number for t in check.shop_tracking] and not plan.customer_notified
    fix_tracking(check, shop_sandbox.order(check.reference), conns[LUNE], notify_customer=False)
    assert result_for(run(shop_sandbox, conns), LUNE, number).state is ShopState.IN_SYNC
    assert (LUNE, number) not in {(s, n) for s, n, _ in shop_sandbox.shops.notifications}


@pytest.mark.parametrize(("extension", "kind"), [(True, FixKind.ADD_SHIPMENT_TRACKING), (False, FixKind.ADD_CUSTOMER_NOTE)])
def test_a_woocommerce_order_is_fixed_with_or_without_the_shipment_tracking_extension(
    shop_sandbox: SandboxServer, extension: bool, kind: FixKind
) -> None:
    shop_sandbox.shops.tracking_extension[WOO] = extension
    conns = connectors(shop_sandbox)
    numbers = shop_sandbox.shops.seeded[WOO].closed_manually + shop_sandbox.shops.seeded[WOO].not_closed
    checks = run(shop_sandbox, conns)
    for number in numbers:
        check = result_for(checks, WOO, number)
        assert (check.state, check.fix_kind) == (ShopState.TRACKING_MISSING, kind)
        tpop_order = shop_sandbox.order(check.reference)
        plan = describe_fix(check, tpop_order, notify_customer=True, connector=conns[WOO])
        assert plan.customer_notified is (not extension)
        assert (plan.note_text is not None) is (not extension)
        assert fix_tracking(check, tpop_order, conns[WOO], notify_customer=True).written
        assert not fix_tracking(check, tpop_order, conns[WOO], notify_customer=True).written
        assert tpop_order.shipments[-1].tracking_number in shop_sandbox.shops.by_number(WOO, number).numbers()
    assert len([w for w in shop_sandbox.shops.writes if w[0] == WOO]) == len(numbers)
    after = run(shop_sandbox, connectors(shop_sandbox))
    assert {result_for(after, WOO, n).state for n in numbers} == {ShopState.IN_SYNC}


def test_paid_shop_orders_that_never_reached_tpop_are_reported(shop_sandbox: SandboxServer) -> None:
    checks = run(shop_sandbox)
    connected = shop_sandbox.shop_credentials()  # the keyed shops; Etsy connects through OAuth (tests/connectors)
    for shop_id, seeded in shop_sandbox.shops.seeded.items():
        if shop_id not in connected:
            continue
        missing = {c.shop_order_number for c in checks if c.shop_id == shop_id and c.state is ShopState.NOT_IN_TPOP}
        assert missing == set(seeded.not_in_tpop)
        assert result_for(checks, shop_id, seeded.within_grace[0]).state is ShopState.WAITING
        assert not [c for c in checks if c.shop_id == shop_id and c.shop_order_number in seeded.unpaid]


def test_everything_else_is_in_sync_or_waiting(shop_sandbox: SandboxServer) -> None:
    checks = run(shop_sandbox)
    states = {c.state for c in checks}
    assert states == {ShopState.IN_SYNC, ShopState.WAITING, ShopState.TRACKING_MISSING, ShopState.TRACKING_DIFFERENT,
                      ShopState.NOT_IN_TPOP}
    problems = [c for c in checks if c.state in (ShopState.TRACKING_MISSING, ShopState.TRACKING_DIFFERENT)]
    assert len(problems) == 4 * len(shop_sandbox.shop_credentials())


@pytest.mark.parametrize("failure", ["wrong token", "throttled"])
def test_a_shop_that_cannot_be_read_gives_unknown_and_its_failure_never_a_guess(
    shop_sandbox: SandboxServer, failure: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    conns = connectors(shop_sandbox)
    if failure == "wrong token":
        conns[LUNE] = ShopifyConnector(shop_sandbox.shop_credentials()[LUNE]["shop_domain"], "shpat_wrong", shop_id=LUNE)
    else:
        shop_sandbox.shops.throttle_remaining = 1
        conns = {LUNE: conns[LUNE], WOO: conns[WOO]}
    outcome = check_shops(shop_sandbox.orders(), conns, NOW)
    assert set(outcome.failures) == {LUNE}
    assert isinstance(outcome.failures[LUNE], AuthError if failure == "wrong token" else RateLimitedError)
    lune = [c for c in outcome.results if c.shop_id == LUNE]
    assert lune and {c.state for c in lune} == {ShopState.UNKNOWN}
    assert ShopState.IN_SYNC in {c.state for c in outcome.results if c.shop_id == WOO}
    stored = json.dumps(outcome.to_dict())
    for secret in secrets_of(shop_sandbox):
        assert secret not in caplog.text and secret not in stored and secret not in str(outcome.failures[LUNE])


def test_a_fix_is_refused_when_the_check_does_not_call_for_one(shop_sandbox: SandboxServer) -> None:
    conns = connectors(shop_sandbox)
    checks = run(shop_sandbox, conns)
    in_sync = next(c for c in checks if c.shop_id == LUNE and c.state is ShopState.IN_SYNC)
    plan = describe_fix(in_sync, shop_sandbox.order(in_sync.reference))
    assert (plan.possible, plan.blocker) == (False, FixBlocker.NOT_A_TRACKING_MISMATCH)
    with pytest.raises(FixNotPossible):
        fix_tracking(in_sync, shop_sandbox.order(in_sync.reference), conns[LUNE], notify_customer=True)
    broken = next(c for c in checks if c.shop_id == LUNE and c.state is ShopState.TRACKING_MISSING)
    other_order = shop_sandbox.order(in_sync.reference)
    assert describe_fix(broken, other_order).blocker is FixBlocker.WRONG_ORDER
    assert shop_sandbox.shops.writes == []


def test_a_tracking_link_that_is_not_a_web_address_is_never_written(shop_sandbox: SandboxServer) -> None:
    check = next(c for c in run(shop_sandbox) if c.state is ShopState.TRACKING_MISSING)
    order = shop_sandbox.order(check.reference)
    hostile = replace(order, shipments=(replace(order.shipments[-1], tracking_url="javascript:alert(1)"),))
    plan = describe_fix(check, hostile)
    assert plan.possible and plan.tracking.url == ""


def test_a_check_run_serializes_for_storage(shop_sandbox: SandboxServer) -> None:
    outcome = check_shops(shop_sandbox.orders(), connectors(shop_sandbox), NOW)
    data = json.loads(json.dumps(outcome.to_dict()))
    assert [ShopCheck.from_dict(r) for r in data["results"]] == outcome.results
