"""A database synced from the sandbox once, for the services' tests (no window)."""

from __future__ import annotations

import pytest

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.engine import run_sync


@pytest.fixture
def synced_database(tmp_path, sandbox, sandbox_token) -> Database:
    database = Database(tmp_path / "data" / "orders.sqlite3")
    database.open()
    store, connector = database.orders(), TpopConnector(sandbox.base_url, sandbox_token)
    try:
        run_sync(connector, store, full=True)
    finally:
        connector.close()
        store.close()
    return database
