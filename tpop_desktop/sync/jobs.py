"""Work that follows each successful sync: the shop orders, the shop checks, the carriers' tracking.

A job is any callable with a ``name``; the worker runs the jobs in order, off the GUI
thread, each abandoned when the app quits, and emits ``jobDone(name, outcome)`` for each
outcome that is not None. A job that fails is logged and never stops the others or the
TPOP sync. Jobs decide for themselves whether they are due (most are not every sync).
"""

from __future__ import annotations

from typing import Protocol

from tpop_desktop.sync.engine import SyncReport


class PostSyncJob(Protocol):
    name: str  # stable, for ``jobDone`` and the log
    # optional ``needs_tpop = False``: the job also runs without a TPOP token, and after a failed sync,
    # with ``report`` None (the shops as an order source)

    def __call__(self, report: SyncReport | None) -> object | None:
        """Run (blocking, on a background thread); None when there was nothing to do."""
        ...
