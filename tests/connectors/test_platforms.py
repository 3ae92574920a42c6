"""The registry of shop platforms: what each platform can do, in one place."""

from __future__ import annotations

import pytest

from tpop_desktop.connectors.platforms import platform_entry
from tpop_desktop.core.models import Platform


@pytest.mark.parametrize(("platform", "address", "order_id", "page"), [
    ("shopify", "atelier-lune", "gid://shopify/Order/5678", "https://atelier-lune.myshopify.com/admin/orders/5678"),
    ("woocommerce", "https://bonnet-rouge.example/", "5044",
     "https://bonnet-rouge.example/wp-admin/post.php?post=5044&action=edit"),
    ("etsy", "", "3101234567", "https://www.etsy.com/your/orders/sold?order_id=3101234567"),
    ("woocommerce", "http://shop.example", "1", ""),  # plain http to another computer: never offered
])
def test_each_platform_names_its_orders_admin_page(platform, address, order_id, page):
    assert platform_entry(Platform(platform)).order_page(address, order_id) == page
