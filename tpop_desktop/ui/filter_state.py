"""What the merchant chose in the filter bar, as a value: turned into an ``OrderQuery`` and saved as JSON.

Relative date ranges ("last 7 days") are kept as such, not as dates, so a filter saved
on Monday still means "the last 7 days" on Friday. The search text is never saved: a
forgotten search silently hiding orders after a restart is worse than retyping it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from tpop_desktop.core.local_time import local_midnight, local_today
from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import FILTER_STATUSES, ParcelFilter
from tpop_desktop.session.orders import shipped_today_query
from tpop_desktop.store.records import OrderQuery

FORMAT_VERSION = 1


class DateRange(StrEnum):
    ANY = "any"
    TODAY = "today"
    LAST_7_DAYS = "7d"
    LAST_30_DAYS = "30d"
    LAST_90_DAYS = "90d"
    CUSTOM = "custom"


_STATUS_CODES = frozenset(status.value for status in Status)
_RANGE_CODES = frozenset(kind.value for kind in DateRange)
_PARCEL_CODES = frozenset(chip.value for chip in ParcelFilter)
_DAYS_BACK = {DateRange.TODAY: 0, DateRange.LAST_7_DAYS: 6, DateRange.LAST_30_DAYS: 29, DateRange.LAST_90_DAYS: 89}


@dataclass(frozen=True)
class FilterState:
    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    shop_id: str = ""
    country: str = ""
    date_range: DateRange = DateRange.ANY
    date_from: date | None = None  # CUSTOM only, inclusive, local day
    date_to: date | None = None  # CUSTOM only, inclusive, local day
    needs_attention: bool = False
    show_archived: bool = False
    shop_problems: bool = False
    parcel_filters: frozenset[ParcelFilter] = field(default_factory=frozenset)  # the carrier chips
    recent: frozenset[str] | None = None  # the orders a notification summed up; not saved
    recent_label: str = ""  # what else picked them (an Insights figure); "" for a notification
    shipped_today: bool = False  # the "Today" line's shipped count; not saved

    def date_bounds(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        """``created_from`` (inclusive) and ``created_to`` (exclusive) in UTC."""
        if self.date_range is DateRange.CUSTOM:
            start = local_midnight(self.date_from) if self.date_from else None
            end = local_midnight(self.date_to + timedelta(days=1)) if self.date_to else None
            return start, end
        back = _DAYS_BACK.get(self.date_range)
        if back is None:
            return None, None
        return local_midnight(local_today(now) - timedelta(days=back)), None

    def to_query(self, now: datetime) -> OrderQuery:
        """Searching also looks in the archive: archived orders stay findable by design."""
        text = self.text.strip()
        start, end = self.date_bounds(now)
        return OrderQuery(
            text=text,
            statuses=frozenset(self.statuses),
            shop_ids=frozenset({self.shop_id}) if self.shop_id else frozenset(),
            countries=frozenset({self.country.upper()}) if self.country else frozenset(),
            created_from=start,
            created_to=end,
            needs_attention=self.needs_attention,
            include_archived=self.show_archived or bool(text),
            shop_problems=self.shop_problems,
            parcel_statuses=frozenset().union(*(FILTER_STATUSES[chip] for chip in self.parcel_filters)),
            references=self.recent,
            shipped_from=shipped_today_query(now).shipped_from if self.shipped_today else None,  # the count's own
        )

    def is_default(self) -> bool:
        return self == FilterState()

    # -- saving ----------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps({
            "version": FORMAT_VERSION,
            "statuses": sorted(status.value for status in self.statuses),
            "shop_id": self.shop_id,
            "country": self.country,
            "date_range": self.date_range.value,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "needs_attention": self.needs_attention,
            "show_archived": self.show_archived,
            "shop_problems": self.shop_problems,
            "parcel_filters": sorted(chip.value for chip in self.parcel_filters),
        }, sort_keys=True)

    @classmethod
    def from_json(cls, text: object) -> FilterState:
        """Whatever is in the settings file, a usable state: unknown or broken parts are dropped."""
        try:
            data = json.loads(text) if isinstance(text, str) and text else {}
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        statuses = data.get("statuses")
        chips = data.get("parcel_filters")
        return cls(
            statuses=frozenset(Status(s) for s in statuses if isinstance(s, str) and s in _STATUS_CODES)
            if isinstance(statuses, list) else frozenset(),
            shop_id=_string(data.get("shop_id")),
            country=_string(data.get("country")).upper()[:2],
            date_range=DateRange(_string(data.get("date_range")))
            if _string(data.get("date_range")) in _RANGE_CODES else DateRange.ANY,
            date_from=_day(data.get("date_from")),
            date_to=_day(data.get("date_to")),
            needs_attention=data.get("needs_attention") is True,
            show_archived=data.get("show_archived") is True,
            shop_problems=data.get("shop_problems") is True,
            parcel_filters=frozenset(ParcelFilter(c) for c in chips if isinstance(c, str) and c in _PARCEL_CODES)
            if isinstance(chips, list) else frozenset(),
        )


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
