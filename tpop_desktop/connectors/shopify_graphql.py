"""The GraphQL documents the Shopify connector sends (Admin API, 2025-01 and later).

Arguments always travel as variables, never spliced into the document. Product tags
(``product { tags }``, which needs the ``read_products`` scope) are selected only when
the shop's product rule names tags; the line items of each fulfillment only when one
order is read before a fix, to keep the listing's query cost low.
"""

from __future__ import annotations

_TAGS = " product { tags }"


def order_fields(*, tags: bool = False, fulfillment_lines: bool = False) -> str:
    """The ``OrderFields`` fragment: what the checks, the fix and the order source read."""
    product = _TAGS if tags else ""
    lines = (
        f" fulfillmentLineItems(first: 50) {{ nodes {{ id quantity lineItem {{ id sku vendor{product} }} }} }}"
        if fulfillment_lines else ""
    )
    return f"""
fragment OrderFields on Order {{
  id
  name
  createdAt
  updatedAt
  cancelledAt
  displayFinancialStatus
  displayFulfillmentStatus
  lineItems(first: 50) {{ nodes {{ id name variantTitle sku vendor quantity{product} }} }}
  fulfillments(first: 20) {{ id status createdAt trackingInfo(first: 10) {{ company number url }}{lines} }}
  fulfillmentOrders(first: 10) {{
    nodes {{
      id
      status
      lineItems(first: 50) {{ nodes {{ id remainingQuantity totalQuantity lineItem {{ id sku vendor{product} }} }} }}
    }}
  }}
}}
"""


def orders_query(*, tags: bool = False) -> str:
    return (
        """
query TpopShopCheckOrders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    edges { node { ...OrderFields } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
        + order_fields(tags=tags)
    )


def order_query(*, tags: bool = False) -> str:
    return (
        """
query TpopShopCheckOrder($id: ID!) {
  order(id: $id) { ...OrderFields }
}
"""
        + order_fields(tags=tags, fulfillment_lines=True)
    )


ORDER_FIELDS = order_fields()
ORDERS_QUERY = orders_query()
ORDER_QUERY = order_query()

SHOP_QUERY = """
query TpopShopCheckConnection {
  shop { name myshopifyDomain }
  currentAppInstallation { accessScopes { handle } }
}
"""

UPDATE_TRACKING = """
mutation TpopAddTracking($fulfillmentId: ID!, $trackingInfoInput: FulfillmentTrackingInput!, $notifyCustomer: Boolean) {
  fulfillmentTrackingInfoUpdate(
    fulfillmentId: $fulfillmentId, trackingInfoInput: $trackingInfoInput, notifyCustomer: $notifyCustomer
  ) {
    fulfillment { id status trackingInfo { company number url } }
    userErrors { field message }
  }
}
"""

CREATE_FULFILLMENT = """
mutation TpopCreateFulfillment($fulfillment: FulfillmentInput!) {
  fulfillmentCreate(fulfillment: $fulfillment) {
    fulfillment { id status trackingInfo { company number url } }
    userErrors { field message }
  }
}
"""
