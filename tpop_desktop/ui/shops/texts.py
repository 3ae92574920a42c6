"""Every sentence the shop checks show: states, reasons, advice, failures, fixes.

The core and the connectors hand out codes (``ShopState``, ``ShopAdvice``, error class
names); this module turns them into the merchant's language.
"""

from __future__ import annotations

from tpop_desktop.core.models import Platform, Status
from tpop_desktop.core.shop_checks import FixKind, GracePolicy, MissingReason, ShopAdvice, ShopState
from tpop_desktop.credentials import KeyringState
from tpop_desktop.store.records import ShopFixRecord
from tpop_desktop.sync.shop_sync import FixBlocker
from tpop_desktop.ui.account_texts import keyring_error_text
from tpop_desktop.ui.texts import tr


def shop_state_label(state: ShopState | str) -> str:
    try:
        state = ShopState(state)
    except ValueError:
        return ""
    return {
        ShopState.IN_SYNC: tr("In sync"),
        ShopState.TRACKING_MISSING: tr("Tracking missing"),
        ShopState.TRACKING_DIFFERENT: tr("Tracking different"),
        ShopState.NOT_IN_TPOP: tr("Not in TPOP"),
        ShopState.WAITING: tr("Waiting for shipment"),
        ShopState.UNKNOWN: tr("Unknown"),
    }[state]


def shop_state_explanation(state: ShopState) -> str:
    return {
        ShopState.IN_SYNC: tr("The shop order holds TPOP's tracking number."),
        ShopState.TRACKING_MISSING: tr("TPOP shipped this order, but the shop order has no tracking number: "
                                       "your customer has not received TPOP's tracking from your shop."),
        ShopState.TRACKING_DIFFERENT: tr("The shop order holds another tracking number than TPOP's. TPOP's "
                                         "tracking is the right one."),
        ShopState.NOT_IN_TPOP: tr("This paid shop order never reached TPOP."),
        ShopState.WAITING: tr("TPOP has not shipped this order yet: nothing to compare."),
        ShopState.UNKNOWN: tr("The shop could not be read, so this order was not checked."),
    }[state]


def missing_reason_text(reason: MissingReason | None) -> str:
    if reason is MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY:
        return tr("The shop order was closed (fulfilled) by hand or automatically before TPOP shipped, so TPOP "
                  "could not write its tracking into it.")
    if reason is MissingReason.NOT_CLOSED:
        return tr("The shop order is still open: TPOP could not close it with its tracking.")
    return ""


def advice_text(advice: ShopAdvice) -> str:
    return {
        ShopAdvice.ADD_TPOP_TRACKING: tr("Add TPOP's tracking to the shop order so your customer can follow "
                                         "the parcel."),
        ShopAdvice.TPOP_TRACKING_IS_AUTHORITATIVE: tr("TPOP's tracking number is the one the carrier knows."),
        ShopAdvice.DO_NOT_CLOSE_ORDERS_BY_HAND: tr("Do not close TPOP orders by hand in your shop: TPOP closes "
                                                   "them with the tracking when it ships."),
        ShopAdvice.SHOPIFY_DO_NOT_AUTO_FULFILL: tr("In Shopify, Settings > Checkout > Order processing: choose "
                                                   "\"Do not automatically fulfill any of the order's line items\"."),
        ShopAdvice.WOOCOMMERCE_NO_AUTO_COMPLETE: tr("In WooCommerce, do not use a plugin that completes orders "
                                                    "automatically."),
        ShopAdvice.CHECK_PRODUCT_NOT_DUPLICATED: tr("Check that the product was not duplicated or changed outside "
                                                    "TPOP: a copied product is not linked to TPOP."),
        ShopAdvice.CHECK_SKU_AND_VARIANTS: tr("Check the product's SKU and variants: they must be the ones TPOP "
                                              "created."),
        ShopAdvice.PLACE_MANUAL_ORDER: tr("Place the order by hand in TPOP so it gets produced."),
        ShopAdvice.ETSY_FETCHED_THREE_TIMES_A_DAY: tr("TPOP fetches Etsy orders three times a day: wait for the "
                                                      "next fetch."),
        ShopAdvice.RECONNECT_SHOP: tr("Check the shop's connection in Account > Shops."),
    }[advice]


def failure_text(kind: str, missing_scopes: tuple[str, ...] = ()) -> str:
    """Why a shop could not be read or tested, from the error's class name."""
    if kind == "MissingScopeError":
        if missing_scopes:
            return tr("The access token lacks a permission: {scopes}. Add it to the app in your shop's admin."
                      ).format(scopes=", ".join(missing_scopes))
        return tr("The access token lacks a permission the checks need.")
    return {
        "AuthError": tr("The shop rejected the access token or key. Check it and connect again."),
        "ForbiddenError": tr("The shop refused access with this token or key."),
        "NotAShopError": tr("This address does not answer like the expected shop (wrong address, or not a "
                            "WooCommerce site)."),
        "NetworkError": tr("The shop cannot be reached. Check your connection."),
        "RateLimitedError": tr("The shop asked the app to slow down; it will be read again later."),
        "ServerError": tr("The shop's server had a problem."),
        "PayloadError": tr("The shop sent an answer the app cannot read."),
        "KeyringError": tr("The shop's secret could not be read from the keyring."),
        "NoSecret": tr("The shop's secret is no longer in the keyring. Connect the shop again."),
        "ValueError": tr("The shop's address or secret is not valid."),
        "EtsyReconnectRequired": tr("Etsy no longer accepts this shop's connection (it was revoked, it expired "
                                    "after 90 days, or the shop's password changed). Connect the shop again."),
        "EtsyKeyError": tr("Etsy refuses your Etsy app's keystring or shared secret. Check them on "
                           "etsy.com/developers/your-apps and connect the shop again."),
        "ProductRuleError": tr("The shop's product rule cannot be read. Set which products are TPOP's again in "
                               "Account > Shops."),
    }.get(kind, tr("The shop could not be read."))


ERROR_KINDS = ("MissingScopeError", "NotAShopError", "EtsyReconnectRequired", "EtsyKeyError", "AuthError",
               "ForbiddenError", "NetworkError", "RateLimitedError", "ServerError", "PayloadError", "ValueError")


def error_kind_of(error: Exception) -> str:
    """The most precise kind ``failure_text`` words, from the error's classes."""
    names = [cls.__name__ for cls in type(error).__mro__]
    return next((name for name in names if name in ERROR_KINDS), "")


RECONNECT_KINDS = frozenset({"AuthError", "EtsyReconnectRequired", "EtsyKeyError", "NoSecret"})


def reconnect_text(shop: str, kind: str) -> str:
    """The lasting notice for a shop whose access was refused: which shop, and why."""
    return tr("{shop} can no longer be read: {reason}").format(shop=shop, reason=failure_text(kind))


def browser_failure_text(failure: str, platform: Platform = Platform.ETSY) -> str:
    """Why connecting in the browser did not work (``AuthorizationFailure`` values); nothing was saved."""
    text = {
        "denied": tr("Etsy did not connect TPOP Desktop: access was refused on Etsy's page, or your Etsy app "
                     "is not allowed yet."),
        "timed_out": tr("Etsy's page did not come back within 5 minutes. If Etsy showed \"The requested redirect "
                        "URL is not permitted\", register the three callback addresses in your Etsy app, then try "
                        "again."),
        "cancelled": tr("Connecting was cancelled."),
        "no_free_port": tr("The ports 47611 to 47613 are all in use on this computer, so Etsy cannot send your "
                           "browser back to the app. Close the program that uses them and try again."),
        "browser_failed": tr("Your web browser could not be opened. Set a default browser and try again."),
        "invalid_callback": tr("Etsy sent the browser back without a connection code. Try again."),
    }.get(failure, tr("The shop could not be connected."))
    return text + " " + tr("Nothing was saved.")


def browser_error_text(error: Exception, kind: str) -> str:
    """Why connecting in the browser failed, for any error the attempt can end with (``kind``: its class name)."""
    failure = getattr(error, "failure", None)
    if failure is not None:
        return browser_failure_text(str(failure))
    name = type(error).__name__
    if name == "BrowserOpenFailed":
        return browser_failure_text("browser_failed")
    if name == "CredentialsError":
        return keyring_error_text(getattr(error, "state", KeyringState.BROKEN)) + " " + tr("Nothing was saved.")
    return failure_text(kind) + " " + tr("Nothing was saved.")


def etsy_setup_text(app_page: str, redirect_uris: tuple[str, ...]) -> str:
    """How to create one's own Etsy app, and which callback addresses to register."""
    return tr("Etsy connects through an Etsy app of your own (Etsy does not let a desktop app share one):\n"
              "1. Create an app at {page}.\n"
              "2. In the app, under \"Edit your callback URLs\", add these addresses exactly as written:\n"
              "{addresses}\n"
              "3. Copy the app's keystring and shared secret below and click \"Connect with Etsy…\". Your "
              "browser opens Etsy's page: allow TPOP Desktop there.").format(
        page=app_page, addresses="\n".join(f"   {uri}" for uri in redirect_uris))


def grace_text(platform: Platform, grace: GracePolicy = GracePolicy()) -> str:
    """How long a paid shop order may be missing in TPOP before it is listed here."""
    hours = int(grace.for_platform(platform).total_seconds() // 3600)
    if platform is Platform.ETSY:
        return tr("TPOP reads Etsy orders three times a day, so an Etsy order is listed here only after %n "
                  "hour(s).", None, hours)
    return tr("A paid order is listed here once it has been missing in TPOP for %n hour(s).", None, hours)


def shop_source_notice() -> str:
    """Said once in the window when the orders come from the shops, not from TPOP."""
    return tr("These orders come from your shops: their state and tracking are what your shops know. TPOP's "
              "dashboard stays authoritative for blocked orders and production.")


def shop_order_status_explanation(status: Status) -> str:
    """What a status means for an order read from the shop (TPOP's own meaning needs TPOP's data)."""
    return {
        Status.OPEN: tr("Paid in your shop and not shipped yet. Whether TPOP is producing it, only TPOP's "
                        "dashboard says."),
        Status.SHIPPED: tr("Your shop has it as shipped. The tracking below is what the shop holds."),
        Status.DELIVERED: tr("Your shop says the parcel was delivered."),
        Status.CANCELLED: tr("Cancelled or refunded in your shop."),
    }.get(status, "")


def shop_source_section_text() -> str:
    return tr("This order comes from your shop: its state and tracking are what the shop knows. Whether TPOP "
              "has it, produces it or blocked it, only TPOP's dashboard says.")


def connection_warning_text(code: str) -> str:
    return {
        "no_shipment_tracking_extension": tr("The Shipment Tracking extension is not installed: tracking will be "
                                             "added as an order note for your customer."),
        "missing_write_scope": tr("The token can read but not write fulfillments: add the permission "
                                  "write_merchant_managed_fulfillment_orders to fix orders from here."),
    }.get(code, code)


def fix_kind_text(kind: FixKind | None) -> str:
    return {
        FixKind.UPDATE_FULFILLMENT_TRACKING: tr("The shop order's fulfillment gets TPOP's tracking."),
        FixKind.CREATE_FULFILLMENT: tr("The shop order is fulfilled with TPOP's tracking."),
        FixKind.ADD_SHIPMENT_TRACKING: tr("A Shipment Tracking entry with TPOP's tracking is added."),
        FixKind.ADD_CUSTOMER_NOTE: tr("A note with TPOP's tracking is added to the order."),
        FixKind.CREATE_RECEIPT_SHIPMENT: tr("A shipment with TPOP's tracking is added to the Etsy order; Etsy "
                                            "e-mails your customer."),
    }.get(kind, "") if kind else ""


def fix_blocker_text(blocker: FixBlocker | None) -> str:
    return {
        FixBlocker.NOT_A_TRACKING_MISMATCH: tr("The shop order does not need TPOP's tracking."),
        FixBlocker.NOT_SHIPPED_BY_TPOP: tr("TPOP has not shipped this order yet."),
        FixBlocker.WRONG_ORDER: tr("The shop order does not belong to this TPOP order."),
        FixBlocker.SHOP_ORDER_CANCELLED: tr("The shop order is cancelled."),
        FixBlocker.PLATFORM_NOT_SUPPORTED: tr("This shop's platform cannot be updated from the app."),
    }.get(blocker, tr("The tracking cannot be added to this shop order.")) if blocker else ""


def not_connectable_text(platform: Platform) -> str:
    return tr("This shop is not connectable: its orders are placed in TPOP directly, so there is no shop order "
              "to check.")


def fix_record_text(fix: ShopFixRecord) -> str:
    """One fix the merchant confirmed, as a line of the order's history."""
    data = fix.data
    number, shop_order = data.get("number", ""), data.get("shop_order", "")
    if fix.outcome == "written":
        text = (tr("TPOP's tracking {number} added to shop order {order}; customer notified")
                if data.get("notified") else
                tr("TPOP's tracking {number} added to shop order {order}; customer not notified"))
    elif fix.outcome == "already_present":
        text = tr("TPOP's tracking {number} was already in shop order {order}")
    else:
        text = tr("Adding TPOP's tracking {number} to shop order {order} failed: {reason}").replace(
            "{reason}", failure_text(str(data.get("error", ""))))
    return text.format(number=number, order=shop_order)
