"""Which of a shop's products are TPOP's: one rule, applied the same way by every shop.

The usual TPOP merchant sells only TPOP products, so the empty rule (the default) means
"every product". A merchant who also sells other goods names what marks TPOP's: a
vendor ("Atelier Lune"), a SKU prefix ("TP-") or a product tag ("tpop"); a line item is
TPOP's when any one of them matches. Vendors and tags compare without case or accents
and without surrounding blanks; SKU prefixes compare without case.

The rule is kept in the settings as one short JSON text (``product_rule_to_text`` and
``parse_product_rule``); a text that cannot be read is a ``ProductRuleError``, never a
silent fall-back to "every product", which would list the merchant's own goods as TPOP's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from tpop_desktop.core.text import fold

MAX_ENTRIES = 50  # per list: a rule is typed by hand, a longer one is a mistake
MAX_ENTRY_LENGTH = 100
_FORMAT_VERSION = 1
_FIELDS = ("vendors", "sku_prefixes", "tags")


class ProductRuleError(ValueError):
    """A stored rule that cannot be read: the merchant must set it again."""


def _clean(values: Iterable[str], *, fold_key: bool) -> tuple[str, ...]:
    kept: list[str] = []
    seen: set[str] = set()
    for value in values:
        text = " ".join(str(value).split())
        key = fold(text) if fold_key else text.upper()
        if text and key not in seen:
            seen.add(key)
            kept.append(text[:MAX_ENTRY_LENGTH])
    return tuple(kept[:MAX_ENTRIES])


@dataclass(frozen=True, slots=True)
class ProductRule:
    """Empty: every product is TPOP's. Otherwise a line item matching any entry is."""

    vendors: tuple[str, ...] = ()
    sku_prefixes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @classmethod
    def of(cls, *, vendors: Iterable[str] = (), sku_prefixes: Iterable[str] = (),
           tags: Iterable[str] = ()) -> ProductRule:
        """A rule from what the merchant typed: blanks trimmed, empties and duplicates dropped."""
        return cls(_clean(vendors, fold_key=True), _clean(sku_prefixes, fold_key=False), _clean(tags, fold_key=True))

    @property
    def all_products(self) -> bool:
        return not any(v.strip() for v in (*self.vendors, *self.sku_prefixes, *self.tags))

    @property
    def uses_tags(self) -> bool:
        """Tags are not in every order payload: a connector reads them only when this is true."""
        return any(t.strip() for t in self.tags)

    def matches(self, vendor: str = "", sku: str = "", tags: Iterable[str] = ()) -> bool:
        """Whether one line item (its product's vendor, SKU and tags) is a TPOP product."""
        if self.all_products:
            return True
        wanted_vendors = {fold(" ".join(v.split())) for v in self.vendors if v.strip()}
        if vendor and fold(" ".join(vendor.split())) in wanted_vendors:
            return True
        upper = (sku or "").strip().upper()
        if upper and any(upper.startswith(p.strip().upper()) for p in self.sku_prefixes if p.strip()):
            return True
        wanted_tags = {fold(" ".join(t.split())) for t in self.tags if t.strip()}
        return any(fold(" ".join(str(tag).split())) in wanted_tags for tag in tags if str(tag).strip())


def product_rule_to_text(rule: ProductRule) -> str:
    """The settings form of a rule; the default rule is the empty text."""
    if rule.all_products:
        return ""
    data = {"v": _FORMAT_VERSION, **{name: list(getattr(rule, name)) for name in _FIELDS}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def parse_product_rule(text: str | None) -> ProductRule:
    """The rule stored by ``product_rule_to_text``; empty text is the default rule."""
    if text is None or not str(text).strip():
        return ProductRule()
    try:
        data = json.loads(str(text))
    except (ValueError, RecursionError):
        raise ProductRuleError("the product rule is not valid JSON") from None
    if not isinstance(data, dict) or data.get("v") != _FORMAT_VERSION:
        raise ProductRuleError("the product rule is not in a known format")
    lists: dict[str, list[str]] = {}
    for name in _FIELDS:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProductRuleError(f"the product rule's {name} is not a list of texts")
        lists[name] = value
    return ProductRule.of(vendors=lists["vendors"], sku_prefixes=lists["sku_prefixes"], tags=lists["tags"])
