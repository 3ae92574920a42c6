"""Everything that lives as long as one account (or the demo) is shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.settings import Settings
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.ui.cases.wiring import CaseCoordinator
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.query_runner import QueryRunner

log = logging.getLogger(__name__)


@dataclass
class Session:
    profile: Profile
    settings: Settings
    store: OrderStore
    runner: QueryRunner
    model: OrderTableModel
    sync: SyncThread
    cleanup: list[Callable[[], None]] = field(default_factory=list)
    sandbox: SandboxServer | None = None  # the demo's server, for tests and the demo's own actions
    source_factory: Callable[[], OrderSource] | None = None  # the account's connector (manual orders)
    cases: CaseCoordinator | None = None

    def close(self) -> None:
        self.sync.shutdown()
        self.runner.shutdown()
        self.store.close()
        for step in reversed(self.cleanup):
            try:
                step()
            except Exception:  # tearing down must finish whatever fails
                log.exception("cleanup step failed")
