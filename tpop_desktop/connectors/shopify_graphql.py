"""The GraphQL documents the Shopify connector sends (Admin API, 2025-01 and later).

Arguments always travel as variables, never spliced into the document.
"""

from __future__ import annotations

ORDER_FIELDS = """
fragment OrderFields on Order {
  id
  name
  createdAt
  updatedAt
  cancelledAt
  displayFinancialStatus
  displayFulfillmentStatus
  lineItems(first: 50) { nodes { id sku vendor quantity } }
  fulfillments(first: 20) { id status createdAt trackingInfo(first: 10) { company number url } }
  fulfillmentOrders(first: 10) {
    nodes {
      id
      status
      lineItems(first: 50) { nodes { id remainingQuantity totalQuantity lineItem { sku vendor } } }
    }
  }
}
"""

ORDERS_QUERY = (
    """
query TpopShopCheckOrders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    edges { node { ...OrderFields } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
    + ORDER_FIELDS
)

ORDER_QUERY = (
    """
query TpopShopCheckOrder($id: ID!) {
  order(id: $id) { ...OrderFields }
}
"""
    + ORDER_FIELDS
)

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
