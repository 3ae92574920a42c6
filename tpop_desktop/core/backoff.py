"""When to poll next: the regular interval, full-jitter backoff after failures, capped waits.

Pure functions so the schedule is tested with a seeded random source instead of a clock.
"""

from __future__ import annotations

import random
from collections.abc import Callable

BACKOFF_BASE_S = 30.0
BACKOFF_CAP_S = 15 * 60.0
RETRY_AFTER_CAP_S = 30 * 60.0  # never sleep for hours because a server said so
RETRY_AFTER_FLOOR_S = 5.0  # "Retry-After: 0" repeated must not become a tight loop


def backoff_delay(failures: int, *, base_s: float = BACKOFF_BASE_S, cap_s: float = BACKOFF_CAP_S,
                  rng: Callable[[], float] = random.random) -> float:
    """Full-jitter exponential backoff: uniform(0, min(cap, base * 2**(failures-1))).

    ``failures`` counts consecutive failures, starting at 1 for the first.
    """
    if failures < 1:
        raise ValueError("failures starts at 1")
    ceiling = min(cap_s, base_s * 2 ** min(failures - 1, 30))
    return rng() * ceiling


def retry_after_delay(retry_after: float | None, *, fallback_s: float, cap_s: float = RETRY_AFTER_CAP_S) -> float:
    """The wait a 429 asks for, at least a few seconds, never more than ``cap_s``."""
    if retry_after is None or retry_after != retry_after:  # None or NaN
        return min(fallback_s, cap_s)
    return max(RETRY_AFTER_FLOOR_S, min(float(retry_after), cap_s))
