"""TPOP's public web pages the app sends the merchant to (not the API: see connectors/tpop.py)."""

from urllib.parse import quote

HELP_CENTRE_URL = "https://help.tpop.com/en/"
SUPPORT_URL = "https://help.tpop.com/en/"
DASHBOARD_URL = "https://app.tpop.com/"
ORDERS_URL = "https://app.tpop.com/orders"
MANUAL_ORDER_URL = "https://app.tpop.com/orders/new"


def order_url(reference: str) -> str:
    """The order's page in the TPOP dashboard."""
    return f"{ORDERS_URL}/{quote(reference, safe='')}"
