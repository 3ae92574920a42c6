"""Etsy answers shaped as Etsy documents them (ShopReceipt, token answers, errors), and the made-up app keys."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from scripted_http import Reply

from tpop_desktop.connectors.etsy_oauth import EtsyAppKeys, EtsyEndpoints, EtsyOAuthClient, EtsyTokenKeeper, EtsyTokens

KEYSTRING = "1aa2bb33c44d55" + "eeeeee6fff"  # made up, built at run time
SHARED_SECRET = "ab12" + "cd34ef"
USER_ID = "12345678"
ACCESS = f"{USER_ID}.O1zLuwveeKjpIqCQFfmR-" + "PaMMpBmagH6DljRAkK9qt05"
REFRESH = f"{USER_ID}.JNGIJtvLmwfDMhlYoOJl8-" + "aLR1BWottyHC6yhNcET"
NEW_ACCESS = f"{USER_ID}.Zq8Lw2MMnb3Rt7yUu-" + "Ko0pLmNbVcXz12345"
NEW_REFRESH = f"{USER_ID}.Yx7Kv1LLma2Qs6xTt-" + "Jn9oKlMaUbWy09876"
SECRETS = (SHARED_SECRET, ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH)
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
CREATED = 1763370000  # 2025-11-17


def json_reply(body, status: int = 200, headers: dict | None = None) -> Reply:
    return Reply(status, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})})


def money(amount: int) -> dict:
    return {"amount": amount, "divisor": 100, "currency_code": "EUR"}


def receipt(receipt_id: int = 2994739355, *, status: str = "Completed", is_paid: bool = True,
            is_shipped: bool = True, shipments: list | None = None, sku: str = "TP-LUNE-BLK-M",
            listing_id: int = 1234567890) -> dict:
    """A ShopReceipt as getShopReceipts returns it (real answers: Title Case status, both time names)."""
    if shipments is None:
        shipments = [{"receipt_shipping_id": 1100000001, "shipment_notification_timestamp": CREATED + 86400,
                      "carrier_name": "La Poste", "tracking_code": "LB123456785FR"}]
    return {
        "receipt_id": receipt_id, "receipt_type": 0, "seller_user_id": int(USER_ID), "buyer_user_id": 987654321,
        "buyer_email": None, "name": "Lotte Peeters", "first_line": "Veldstraat 1", "second_line": None,
        "city": "Gent", "state": None, "zip": "9000", "formatted_address": "Lotte Peeters\nVeldstraat 1\n9000 Gent",
        "country_iso": "BE", "status": status, "is_paid": is_paid, "is_shipped": is_shipped,
        "create_timestamp": CREATED, "created_timestamp": CREATED,
        "update_timestamp": CREATED + 90000, "updated_timestamp": CREATED + 90000,
        "is_gift": False, "gift_message": "", "message_from_buyer": "", "message_from_seller": None,
        "grandtotal": money(2980), "subtotal": money(2490), "total_price": money(2490),
        "total_shipping_cost": money(490), "total_tax_cost": money(0), "total_vat_cost": money(0),
        "discount_amt": money(0), "gift_wrap_price": money(0),
        "shipments": shipments,
        "transactions": [{"transaction_id": 3300000001, "listing_id": listing_id, "title": "Organic T-shirt Lune",
                          "quantity": 1, "sku": sku, "price": money(2490), "paid_timestamp": CREATED,
                          "shipped_timestamp": CREATED + 86400 if is_shipped else None,
                          "expected_ship_date": CREATED + 5 * 86400, "min_processing_days": 2,
                          "max_processing_days": 5}],
        "refunds": [],
    }


def token_answer(access: str = NEW_ACCESS, refresh: str = NEW_REFRESH) -> Reply:
    return json_reply({"access_token": access, "token_type": "Bearer", "expires_in": 3600, "refresh_token": refresh})


REVOKED = json_reply({"error": "invalid_grant", "error_description": "refresh_token is revoked"}, 400)
EXPIRED = json_reply({"error": "invalid_token", "error_description": "access token is expired"}, 401)
SHARED_SECRET_REQUIRED = json_reply({"error": "Shared secret is required in x-api-key header."}, 403)


class Clock:
    def __init__(self) -> None:
        self.current = NOW

    def __call__(self) -> datetime:
        return self.current


def keeper_for(base_url: str, *, expires_in: timedelta = timedelta(hours=1), saved: list | None = None,
               clock: Clock | None = None, save: Callable[[EtsyTokens], None] | None = None) -> EtsyTokenKeeper:
    """The real token keeper, talking to the scripted server's token endpoint."""
    clock = clock or Clock()
    oauth = EtsyOAuthClient(EtsyAppKeys(KEYSTRING, SHARED_SECRET), EtsyEndpoints.at(base_url), now=clock)
    tokens = EtsyTokens(ACCESS, REFRESH, clock() + expires_in, USER_ID)
    return EtsyTokenKeeper(oauth, tokens, save or (saved if saved is not None else []).append, now=clock)
