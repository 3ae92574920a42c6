"""The local SQLite store: every order seen, its history, notes and the sync cursor."""

from tpop_desktop.store.database import OpenResult, open_database
from tpop_desktop.store.errors import (
    StoreCorruptError,
    StoreError,
    StoreTooNewError,
    StoreUnavailableError,
)
from tpop_desktop.store.handle import Database
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.records import HistoryEntry, OrderQuery, OrderRow, SortKey
from tpop_desktop.store.salvage import Salvage

__all__ = [
    "Database",
    "HistoryEntry",
    "OpenResult",
    "OrderQuery",
    "OrderRow",
    "OrderStore",
    "Salvage",
    "SortKey",
    "StoreCorruptError",
    "StoreError",
    "StoreTooNewError",
    "StoreUnavailableError",
    "open_database",
]
