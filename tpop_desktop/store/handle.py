"""The order database of one profile, as one object: open it once, then hand out stores.

Everything that reads or writes the file goes through a ``Database``: the session opens
it (integrity check, repair by rebuild, migrations), and each thread that needs a store
asks it for one (``orders()``, ``cases()``, ``shop_checks()``), getting a connection of its
own. ``clear`` forgets the account: every table of every store. Nobody else holds the path.
"""

from __future__ import annotations

from pathlib import Path

from tpop_desktop.store.cases_store import CaseStore
from tpop_desktop.store.connection import StoreConnection
from tpop_desktop.store.database import IntegrityCheck, OpenResult, open_database
from tpop_desktop.store.insights_store import InsightsStore
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.shop_checks_store import ShopChecksStore
from tpop_desktop.store.tracking_store import TrackingStore

# Every store on the file, for ``clear``: a new store adds itself here.
STORES: tuple[type[StoreConnection], ...] = (OrderStore, CaseStore, ShopChecksStore, TrackingStore, InsightsStore)


class Database:
    """One profile's order file. Cheap to pass around; each ``orders()`` etc. is a new connection."""

    def __init__(self, path: Path) -> None:
        self._path = Path(path)

    def __repr__(self) -> str:
        return f"Database({str(self._path)!r})"

    @property
    def folder(self) -> Path:
        """Where the file lives, for messages about disk space and permissions."""
        return self._path.parent

    def open(self, check: IntegrityCheck | None = None) -> OpenResult:
        """Make the file healthy and current; call once before any store (see ``open_database``)."""
        return open_database(self._path, check)

    def start_check(self) -> IntegrityCheck:
        """Begin the start-up integrity check early, on its own thread (see ``IntegrityCheck``)."""
        return IntegrityCheck(self._path)

    def exists(self) -> bool:
        return self._path.exists()

    # -- a store for the calling thread ---------------------------------------------------------

    def orders(self) -> OrderStore:
        return OrderStore(self._path)

    def cases(self) -> CaseStore:
        return CaseStore(self._path)

    def shop_checks(self) -> ShopChecksStore:
        return ShopChecksStore(self._path)

    def tracking(self) -> TrackingStore:
        return TrackingStore(self._path)

    def insights(self) -> InsightsStore:
        return InsightsStore(self._path)

    # -- the account ------------------------------------------------------------------------------

    def clear(self) -> None:
        """Sign-out: forget the account's orders, history, notes, cases, checks and cursor.

        Nothing to do when the file was never created. Raises ``StoreError``.
        """
        if not self._path.exists():
            return
        connection = StoreConnection(self._path)
        try:
            connection.wipe(tuple(table for store in STORES for table in store.TABLES))
        finally:
            connection.close()
