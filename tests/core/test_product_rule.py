"""Which products are TPOP's: the same answer for every shop, and a rule that survives the settings."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tpop_desktop.core.product_rule import (
    ProductRule,
    ProductRuleError,
    parse_product_rule,
    product_rule_to_text,
)

LUNE = ProductRule.of(vendors=["Atelier Lune"], sku_prefixes=["TP-"], tags=["tpop"])

MATCHES = [
    # (name, rule, vendor, sku, tags, expected)
    ("the default rule takes every product", ProductRule(), "Anyone", "OWN-1", (), True),
    ("the vendor, whatever its case and accents", ProductRule.of(vendors=["Atelier Lune"]), " atelier  LUNE ", "", (),
     True),
    ("another vendor", LUNE, "Bijoux Margaux", "OWN-1", ("handmade",), False),
    ("the SKU prefix, whatever its case", LUNE, "", "tp-lune-blk-m", (), True),
    ("a SKU that only contains the prefix", LUNE, "", "OWN-TP-1", (), False),
    ("a tag among others", LUNE, "", "", ("Summer", "TPOP"), True),
    ("a tag that only starts like the rule's", LUNE, "", "", ("tpop-like",), False),
    ("accents in tags", ProductRule.of(tags=["Imprimé"]), "", "", ("imprime",), True),
    ("nothing to compare", LUNE, "", "", (), False),
]


@pytest.mark.parametrize(("name", "rule", "vendor", "sku", "tags", "expected"), MATCHES, ids=[m[0] for m in MATCHES])
def test_a_line_item_is_tpops_when_any_entry_of_the_rule_matches(name, rule, vendor, sku, tags, expected) -> None:
    assert rule.matches(vendor, sku, tags) is expected


def test_what_the_merchant_typed_is_cleaned_up() -> None:
    rule = ProductRule.of(vendors=[" Atelier  Lune ", "atelier lune", ""], sku_prefixes=["TP-", "tp-", " "], tags=[])
    assert rule == ProductRule(("Atelier Lune",), ("TP-",), ())
    assert ProductRule.of(vendors=["", "  "]).all_products
    assert LUNE.uses_tags and not ProductRule.of(vendors=["x"]).uses_tags


@pytest.mark.parametrize("rule", [ProductRule(), LUNE, ProductRule.of(tags=["Été", "ünïcode"])])
def test_a_rule_survives_its_settings_text(rule: ProductRule) -> None:
    assert parse_product_rule(product_rule_to_text(rule)) == rule


def test_the_default_rule_is_stored_as_nothing() -> None:
    assert product_rule_to_text(ProductRule()) == ""
    assert parse_product_rule(None) == parse_product_rule("  ") == ProductRule()


@pytest.mark.parametrize("stored", ['{"v":1,"vendors":"Atelier Lune"}', '{"v":2,"tags":[]}', "[1,2]", "{not json",
                                    '{"v":1,"tags":[3]}', "[" * 5000])
def test_an_unreadable_rule_is_an_error_not_every_product(stored: str) -> None:
    with pytest.raises(ProductRuleError):
        parse_product_rule(stored)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200) | st.builds(lambda d: json.dumps(d), st.dictionaries(
    st.sampled_from(["v", "vendors", "sku_prefixes", "tags"]),
    st.one_of(st.integers(), st.text(max_size=5), st.lists(st.one_of(st.text(max_size=8), st.integers()), max_size=3)),
    max_size=4)))
def test_any_stored_text_gives_a_rule_or_a_product_rule_error(stored: str) -> None:
    try:
        assert isinstance(parse_product_rule(stored), ProductRule)
    except ProductRuleError:
        pass
