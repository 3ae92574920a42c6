"""Connecting the sandbox's Etsy shop end to end: browser step, PKCE, rotation, checks and the fix."""

from __future__ import annotations

import threading
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from connector_helpers import FakeClock

from tpop_desktop.connectors.etsy import EtsyConnector
from tpop_desktop.connectors.etsy_oauth import (
    EtsyAppKeys,
    EtsyAuthorization,
    EtsyEndpoints,
    EtsyOAuthClient,
    EtsyReconnectRequired,
    EtsyTokenKeeper,
    EtsyTokens,
    authorization_url,
    new_pkce,
)
from tpop_desktop.connectors.etsy_redirect import AuthorizationFailure, EtsyAuthorizationError
from tpop_desktop.core.models import Platform, Status
from tpop_desktop.core.shop_checks import FixKind, MissingReason, ShopAdvice, ShopState
from tpop_desktop.core.shop_order_source import merge_order_sources, order_from_shop
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.sync.shop_sync import FixOutcome, check_shops, fix_tracking

ETSY_SHOP = "shop_et_coton"


class Browser:
    """Follows what the app opens, on its own thread, as the default browser would."""

    def __init__(self, before=None) -> None:
        self.before = before  # called with the consent URL first (e.g. to send a forged callback)
        self.pages: list[requests.Response] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, url: str) -> None:
        thread = threading.Thread(target=self._visit, args=(url,))
        self.threads.append(thread)
        thread.start()

    def _visit(self, url: str) -> None:
        if self.before is not None:
            self.before(url)
        self.pages.append(requests.get(url, timeout=10))

    def join(self) -> None:
        for thread in self.threads:
            thread.join(10)


def oauth_for(sandbox: SandboxServer, clock: FakeClock) -> EtsyOAuthClient:
    app = sandbox.etsy_app()
    return EtsyOAuthClient(EtsyAppKeys(app["keystring"], app["shared_secret"]), EtsyEndpoints.at(app["base_url"]),
                           now=clock)


def connect(sandbox: SandboxServer, clock: FakeClock, browser: Browser | None = None, **options) -> EtsyTokens:
    browser = browser or Browser()
    try:
        return EtsyAuthorization(oauth_for(sandbox, clock), ports=(0,), **options).run(browser)
    finally:
        browser.join()


def test_connecting_etsy_walks_the_browser_step_and_returns_the_tokens(sandbox: SandboxServer, clock: FakeClock) -> None:
    browser = Browser()
    tokens = connect(sandbox, clock, browser)
    assert tokens.user_id == str(sandbox.etsy_auth.user_id)
    assert tokens.expires_at == clock() + timedelta(hours=1)
    [page] = browser.pages
    assert page.status_code == 200 and "connected" in page.text
    assert page.history[0].status_code == 302  # Etsy's consent page sent the browser back to the app


def test_the_sandbox_checks_the_verifier_against_the_challenge_and_codes_work_once(
    sandbox: SandboxServer, clock: FakeClock
) -> None:
    oauth = oauth_for(sandbox, clock)
    redirect_uri = "http://localhost:47699/tpop-desktop/etsy"

    def code_for(challenge: str) -> str:
        url = authorization_url(oauth.endpoints, oauth.keys.keystring, redirect_uri, ("transactions_r",), "s", challenge)
        location = requests.get(url, timeout=10, allow_redirects=False).headers["Location"]
        return parse_qs(urlsplit(location).query)["code"][0]

    pkce = new_pkce()
    code = code_for(pkce.challenge)
    with pytest.raises(EtsyReconnectRequired):
        oauth.exchange_code(code, new_pkce().verifier, redirect_uri)  # another verifier
    with pytest.raises(EtsyReconnectRequired):
        oauth.exchange_code(code, pkce.verifier, redirect_uri)  # the code was used
    fresh = new_pkce()
    assert oauth.exchange_code(code_for(fresh.challenge), fresh.verifier, redirect_uri).access_token


def test_a_callback_with_another_state_is_refused_and_the_real_one_accepted(
    sandbox: SandboxServer, clock: FakeClock
) -> None:
    forged: list[requests.Response] = []

    def forge(url: str) -> None:
        redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        forged.append(requests.get(f"{redirect_uri}?code=attackers-code&state=not-ours", timeout=10))

    tokens = connect(sandbox, clock, Browser(before=forge))
    assert forged[0].status_code == 400 and tokens.access_token in sandbox.etsy_auth.access_tokens


def test_a_refusal_on_etsys_page_ends_the_attempt_without_tokens(sandbox: SandboxServer, clock: FakeClock) -> None:
    sandbox.etsy_auth.deny_next = True
    with pytest.raises(EtsyAuthorizationError) as caught:
        connect(sandbox, clock)
    assert (caught.value.failure, caught.value.error_code) == (AuthorizationFailure.DENIED, "access_denied")
    assert sandbox.etsy_auth.access_tokens == {}


def test_a_browser_that_never_comes_back_times_out_without_tokens(sandbox: SandboxServer, clock: FakeClock) -> None:
    with pytest.raises(EtsyAuthorizationError) as caught:
        EtsyAuthorization(oauth_for(sandbox, clock), ports=(0,), timeout_s=0.1).run(lambda url: None)
    assert caught.value.failure is AuthorizationFailure.TIMED_OUT and sandbox.etsy_auth.access_tokens == {}


def test_the_merchant_can_cancel_while_the_browser_is_open(sandbox: SandboxServer, clock: FakeClock) -> None:
    attempt = EtsyAuthorization(oauth_for(sandbox, clock), ports=(0,), timeout_s=30)
    canceller = threading.Thread(target=attempt.cancel)
    with pytest.raises(EtsyAuthorizationError) as caught:
        attempt.run(lambda url: canceller.start())  # the merchant clicks Cancel instead of approving
    canceller.join(10)
    assert caught.value.failure is AuthorizationFailure.CANCELLED and sandbox.etsy_auth.access_tokens == {}


def etsy_connector(sandbox: SandboxServer, clock: FakeClock, tokens: EtsyTokens, saved: list) -> EtsyConnector:
    app = sandbox.etsy_app()
    keeper = EtsyTokenKeeper(oauth_for(sandbox, clock), tokens, saved.append, now=clock)
    return EtsyConnector(EtsyAppKeys(app["keystring"], app["shared_secret"]), keeper, shop_id=ETSY_SHOP,
                         endpoints=EtsyEndpoints.at(app["base_url"]))


def test_an_expired_access_token_is_renewed_and_the_old_refresh_token_dies(sandbox: SandboxServer,
                                                                          clock: FakeClock) -> None:
    tokens = connect(sandbox, clock)
    saved: list[EtsyTokens] = []
    etsy = etsy_connector(sandbox, clock, tokens, saved)
    assert etsy.test_connection().shop_name == "PetitCotonStudio"
    clock.advance(minutes=58)  # within five minutes of the end: renewed before the call
    assert etsy.orders(updated_since=None)
    sandbox.etsy_auth.expire_access_tokens()  # and a token Etsy expires early is renewed after its 401
    assert etsy.orders(updated_since=None)
    assert [t.refresh_token for t in saved] == [new for _, new in sandbox.etsy_auth.rotated]
    assert len(saved) == 2 and sandbox.etsy_auth.rotated[0][0] == tokens.refresh_token
    with pytest.raises(EtsyReconnectRequired):
        oauth_for(sandbox, clock).refresh(tokens.refresh_token)


def test_a_revoked_shop_asks_to_be_reconnected(sandbox: SandboxServer, clock: FakeClock) -> None:
    etsy = etsy_connector(sandbox, clock, connect(sandbox, clock), [])
    sandbox.etsy_auth.revoke_all()  # the seller changed their password
    with pytest.raises(EtsyReconnectRequired):
        etsy.orders(updated_since=None)


def test_the_shop_checks_and_the_fix_work_for_etsy(sandbox: SandboxServer, clock: FakeClock) -> None:
    etsy = etsy_connector(sandbox, clock, connect(sandbox, clock), [])
    seeded = sandbox.shops.seeded[ETSY_SHOP]
    run = check_shops(sandbox.orders(), {ETSY_SHOP: etsy}, clock())
    assert run.failures == {}
    by_number = {c.shop_order_number: c for c in run.results}
    closed = by_number[seeded.closed_manually[0]]
    assert (closed.state, closed.reason, closed.fix_kind) == (
        ShopState.TRACKING_MISSING, MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.CREATE_RECEIPT_SHIPMENT)
    assert by_number[seeded.not_closed[0]].reason is MissingReason.NOT_CLOSED
    assert by_number[seeded.different[0]].state is ShopState.TRACKING_DIFFERENT
    assert by_number[seeded.not_in_tpop[0]].state is ShopState.NOT_IN_TPOP
    assert by_number[seeded.within_grace[0]].advice == (ShopAdvice.ETSY_FETCHED_THREE_TIMES_A_DAY,)
    assert seeded.unpaid[0] not in by_number
    order = sandbox.order(closed.reference)
    first = fix_tracking(closed, order, etsy, notify_customer=True)
    again = fix_tracking(closed, order, etsy, notify_customer=True)
    assert (first.outcome, again.outcome) == (FixOutcome.WRITTEN, FixOutcome.ALREADY_PRESENT)
    assert sandbox.shops.notifications.count((ETSY_SHOP, closed.shop_order_number, "receipt_shipment")) == 1
    assert order.latest_shipment.tracking_number in etsy.order(closed.shop_order_id).tracking_numbers


def test_etsy_receipts_as_orders_merge_with_tpops_into_one_row_each(sandbox: SandboxServer, clock: FakeClock) -> None:
    etsy = etsy_connector(sandbox, clock, connect(sandbox, clock), [])
    shop = next(s for s in sandbox.state.shops if s.id == ETSY_SHOP)
    from_shop = [o for o in (order_from_shop(r, shop) for r in etsy.orders(updated_since=None)) if o is not None]
    shipped = next(o for o in from_shop if o.status is Status.SHIPPED and o.shipments)
    tpop_orders = [o for o in sandbox.orders() if o.shop.platform is Platform.ETSY]
    tpop_twin = next(o for o in tpop_orders if o.shop_order_number == shipped.shop_order_number)
    assert shipped.shipments[-1].tracking_number == tpop_twin.latest_shipment.tracking_number
    merged = merge_order_sources(tpop_orders, from_shop)
    numbers = [o.shop_order_number for o in merged.orders]
    assert len(numbers) == len(set(numbers))  # one row per Etsy order
    assert shipped.reference in merged.superseded
    assert set(sandbox.shops.seeded[ETSY_SHOP].not_in_tpop) <= set(numbers)  # paid, never reached TPOP: still shown


def test_the_confirmation_says_etsy_emails_the_buyer_even_when_not_asked(sandbox: SandboxServer,
                                                                         clock: FakeClock) -> None:
    from tpop_desktop.sync.shop_sync import describe_fix

    etsy = etsy_connector(sandbox, clock, connect(sandbox, clock), [])
    number = sandbox.shops.seeded[ETSY_SHOP].not_closed[0]
    check = next(c for c in check_shops(sandbox.orders(), {ETSY_SHOP: etsy}, clock()).results
                 if c.shop_order_number == number)
    plan = describe_fix(check, sandbox.order(check.reference), notify_customer=False, connector=etsy)
    assert plan.possible and plan.kind is FixKind.CREATE_RECEIPT_SHIPMENT and plan.customer_notified


def test_linking_a_shop_gives_the_fields_to_keep_and_a_connector_that_saves_rotations(
    sandbox: SandboxServer, clock: FakeClock
) -> None:
    from tpop_desktop.connectors.etsy_connect import ETSY_SECRET_FIELDS, EtsyShopLink, connector_from_secret

    app = sandbox.etsy_app()
    browser = Browser()
    link = EtsyShopLink(app["keystring"], app["shared_secret"], address=app["base_url"], ports=(0,), now=clock)
    result = link.run(browser)
    browser.join()
    assert set(result.secret) == set(ETSY_SECRET_FIELDS) and result.secret["etsy_shop_id"] == app["etsy_shop_id"]
    assert result.connection.shop_name == "PetitCotonStudio"
    assert result.secret["access_token"] not in repr(result) and app["shared_secret"] not in repr(result)
    stored: list[dict[str, str]] = []
    etsy = connector_from_secret(app["base_url"], result.secret, shop_id=ETSY_SHOP, save_secret=stored.append,
                                 now=clock)
    sandbox.etsy_auth.expire_access_tokens()
    assert etsy.orders(updated_since=None)
    [renewed] = stored
    assert renewed["refresh_token"] == sandbox.etsy_auth.rotated[-1][1] != result.secret["refresh_token"]
    assert renewed["etsy_shop_id"] == app["etsy_shop_id"] and renewed["shared_secret"] == app["shared_secret"]
    etsy.close()
