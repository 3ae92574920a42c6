"""The generated account looks like a real merchant's and is reproducible."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from tpop_desktop.core.models import BlockReason, Platform, Status
from tpop_desktop.sandbox import catalog
from tpop_desktop.sandbox.state import SandboxState
from tpop_desktop.sandbox.tracking_numbers import s10_check_digit

from sandbox_helpers import START, FakeClock


def independent_s10_valid(number: str) -> bool:
    """S10 check written again from the UPU rule, so the generator is not checked against itself."""
    if len(number) != 13 or not number[:2].isalpha() or not number[-2:].isalpha() or not number[2:11].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[2:10], (8, 6, 4, 2, 3, 5, 9, 7)))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return int(number[10]) == check


@pytest.fixture(scope="module")
def orders():
    return SandboxState(seed=3, now=FakeClock()).orders()


def test_same_seed_and_clock_give_the_same_account() -> None:
    first = SandboxState(seed=11, now=FakeClock()).orders()
    second = SandboxState(seed=11, now=FakeClock()).orders()
    other = SandboxState(seed=12, now=FakeClock()).orders()
    assert first == second
    assert first != other


def test_default_account_has_a_few_hundred_orders_of_the_last_two_months(orders) -> None:
    assert len(orders) == 300
    assert all(START - timedelta(days=61) <= o.created_at < START for o in orders)
    assert all(o.created_at <= o.updated_at < START for o in orders)
    assert len({o.reference for o in orders}) == 300


def test_every_status_and_block_reason_is_present(orders) -> None:
    assert set(Counter(o.status for o in orders)) == set(Status)
    blocked = [o for o in orders if o.status is Status.BLOCKED]
    assert {o.block_reason for o in blocked} == set(BlockReason)
    assert "insufficient_funds" in {o.block_detail for o in blocked if o.block_reason is BlockReason.PAYMENT}
    assert all(o.block_reason is None for o in orders if o.status is not Status.BLOCKED)


def test_scenarios_are_present_even_in_a_small_account() -> None:
    small = SandboxState(seed=99, now=FakeClock(), order_count=20).orders()
    assert len(small) == 20
    assert set(o.status for o in small) == set(Status)
    assert {o.block_reason for o in small if o.block_reason} == set(BlockReason)


def test_every_shop_kind_sends_orders(orders) -> None:
    platforms = Counter(o.shop.platform for o in orders)
    assert set(platforms) == set(Platform)
    assert len({o.shop.id for o in orders if o.shop.platform is Platform.SHOPIFY}) >= 2


def test_destinations_spread_over_europe_and_beyond_with_france_first(orders) -> None:
    countries = Counter(o.destination.country for o in orders)
    assert countries.most_common(1)[0][0] == "FR"
    assert len(countries) >= 15
    assert {"BE", "DE", "GB", "CH", "US"} <= set(countries)


def test_shipped_and_delivered_orders_have_tracking(orders) -> None:
    moved = [o for o in orders if o.status in (Status.SHIPPED, Status.DELIVERED)]
    assert moved and all(o.shipments and o.shipments[-1].tracking_number for o in moved)
    assert all(o.delivered_at is not None for o in orders if o.status is Status.DELIVERED)
    assert all(not o.shipments for o in orders if o.status in (Status.OPEN, Status.PRODUCTION))
    carriers = {s.carrier for o in moved for s in o.shipments}
    assert {catalog.LA_POSTE, catalog.COLISSIMO, catalog.MONDIAL_RELAY, catalog.DPD} <= carriers


def test_s10_numbers_carry_valid_check_digits(orders) -> None:
    s10 = [s.tracking_number for o in orders for s in o.shipments if s.tracking_number[:2].isalpha()]
    assert len(s10) > 20
    assert all(independent_s10_valid(n) for n in s10), [n for n in s10 if not independent_s10_valid(n)]
    assert all(n.endswith("FR") for n in s10)


@pytest.mark.parametrize(
    ("serial", "digit"), [("12345678", 5), ("71924865", 0), ("83082061", 5), ("47312482", 9)]
)
def test_s10_check_digit_matches_published_examples(serial: str, digit: int) -> None:
    assert s10_check_digit(serial) == digit


def test_colissimo_domestic_numbers_have_their_shape(orders) -> None:
    domestic = [s.tracking_number for o in orders for s in o.shipments if s.tracking_number.startswith("6A")]
    assert domestic and all(len(n) == 13 and n[2:].isdigit() for n in domestic)


def test_a_shipped_order_to_belgium_has_a_la_poste_s10_number(orders) -> None:
    belgian = [
        o for o in orders
        if o.destination.country == "BE" and o.status is Status.SHIPPED
        and o.shipments[-1].carrier == catalog.LA_POSTE and independent_s10_valid(o.shipments[-1].tracking_number)
    ]
    assert belgian


def test_tracking_links_are_mostly_https_and_a_few_are_missing(orders) -> None:
    urls = [s.tracking_url for o in orders for s in o.shipments]
    assert sum(u.startswith("https://") for u in urls) >= len(urls) - 3
    assert urls.count("") >= 2


def test_hostile_values_are_there_to_be_shown_safely(orders) -> None:
    names = {o.customer.name for o in orders}
    assert catalog.HOSTILE_HTML_NAME in names
    assert catalog.HOSTILE_FORMULA_NAME in names
    assert catalog.HOSTILE_TRACKING_URL in {s.tracking_url for o in orders for s in o.shipments}


def test_the_demo_a_merchant_sees_holds_no_hostile_value() -> None:
    from tpop_desktop.session.demo import DemoAccount

    demo = DemoAccount(live=False)
    try:
        orders = demo.sandbox.orders()
        assert demo.settings.sync_interval_minutes == 1  # with one change a tick: single notifications
    finally:
        demo.close()
    hostile = {catalog.HOSTILE_HTML_NAME, catalog.HOSTILE_FORMULA_NAME, catalog.HOSTILE_CITY,
               catalog.HOSTILE_TRACKING_URL}
    shown = {o.customer.name for o in orders} | {o.destination.city for o in orders} \
        | {s.tracking_url for o in orders for s in o.shipments}
    assert orders and not shown & hostile


def test_customers_have_accented_names_and_languages(orders) -> None:
    known_names = " ".join(name for entry in catalog.COUNTRIES.values() for name in entry[3])
    for fragment in ("Élodie", "Müller", "Zoë", "Ñúñez", "O'Brien"):
        assert fragment in known_names
    assert sum(not o.customer.name.isascii() for o in orders) >= 30
    languages = {o.customer.language for o in orders}
    assert {"fr", "de", "nl", "en"} <= languages
    assert all(o.items and all(i.quantity >= 1 and i.title for i in o.items) for o in orders)
