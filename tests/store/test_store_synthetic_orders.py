"""The benchmark order generator: deterministic and as varied as a real shop."""

from __future__ import annotations

import importlib.util
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tpop_desktop.core.models import Status
from tpop_desktop.core.text import fold

NOW = datetime(2026, 1, 15, 12, tzinfo=UTC)


def load_generator():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic_orders.py"
    spec = importlib.util.spec_from_file_location("benchmark_synthetic_orders", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_orders_and_realistic_variety():
    generator = load_generator()
    orders = list(generator.generate_orders(2000, seed=3, now=NOW))
    assert orders == list(generator.generate_orders(2000, seed=3, now=NOW))
    assert orders != list(generator.generate_orders(2000, seed=4, now=NOW))
    assert len({o.reference for o in orders}) == 2000
    statuses = Counter(o.status for o in orders)
    assert set(statuses) == set(Status)
    assert all(o.shipments for o in orders if o.status in (Status.SHIPPED, Status.DELIVERED))
    assert all(o.block_reason for o in orders if o.status is Status.BLOCKED)
    assert any(fold(o.customer.name) != o.customer.name.lower() for o in orders)  # accented names
    assert len({o.destination.country for o in orders}) > 5
    assert all(o.created_at <= NOW and o.updated_at <= NOW for o in orders)
