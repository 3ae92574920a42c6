"""Every sentence about delivery times: the estimate in the pane, the Insights view's figures and summaries.

Figures are in working days (Monday to Friday), with one decimal; a figure with too few
parcels behind it is never shown as a number.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QLocale

from tpop_desktop.core.attention import is_late
from tpop_desktop.core.insights import HISTOGRAM_LAST, GroupFigure, GroupKind, InsightsReport, SlowLane, Week
from tpop_desktop.core.models import Status
from tpop_desktop.core.text import display_text
from tpop_desktop.core.transit import MIN_PARCELS, Estimate, TransitStats
from tpop_desktop.ui.formatting import format_date
from tpop_desktop.ui.texts import country_name, tr


def day_text(day: date) -> str:
    """A calendar day as the table writes dates."""
    return format_date(datetime.combine(day, time(12)).astimezone())


def days_text(days: float | None) -> str:
    """ "3.2" (the locale's decimal sign), or an en dash without a figure."""
    return QLocale().toString(days, "f", 1) if days is not None else "–"


def share_text(share: float | None) -> str:
    return tr("{percent} %").format(percent=QLocale().toString(share * 100, "f", 0)) if share is not None else "–"


def window_text(stats: TransitStats) -> str:
    if stats.low is None or stats.high is None:
        return "–"
    if stats.low == stats.high:
        return tr("%n working day(s)", None, stats.high)
    return tr("{low}–%n working day(s)", None, stats.high).format(low=stats.low)


def working_days_text(first_day: int, last: int = HISTOGRAM_LAST) -> str:
    """A bar of the distribution: "2 working days", or "15 working days or more" for the last one."""
    if first_day >= last:
        return tr("%n working day(s) or more", None, first_day)
    return tr("%n working day(s)", None, first_day)


def estimate_text(estimate: Estimate) -> str:
    """The pane's sentence: the lane's usual window and how many parcels it comes from."""
    country = country_name(estimate.country)
    carrier = display_text(estimate.carrier) or tr("this carrier")
    stats = estimate.stats
    if stats.low is None or stats.high is None:
        return tr("Too few of your parcels to {country} with {carrier} for an estimate yet (%n so far; "
                  "{needed} are needed).", None, stats.parcels).format(country=country, carrier=carrier,
                                                                        needed=MIN_PARCELS)
    return tr("Usually delivered in {window} to {country} with {carrier} (based on %n of your parcels).", None,
              stats.parcels).format(window=window_text(stats), country=country, carrier=carrier)


def expected_text(estimate: Estimate, status: Status, delivered_at: datetime | None, now: datetime) -> str:
    if estimate.expected_by is None:
        return ""
    day = format_date(estimate.expected_by)
    if is_late(status, delivered_at, now, estimate.expected_by):
        return tr("Late: it was expected by {date}. The customer may ask where it is.").format(date=day)
    return tr("Expected by {date}.").format(date=day)


def figure_label(figure: GroupFigure) -> str:
    """A table row's name: the country's name, the carrier's as TPOP spells it, or the lane's."""
    if figure.group.kind is GroupKind.COUNTRY:
        return country_name(figure.label)
    if figure.group.kind is GroupKind.LANE:
        return lane_label(figure.group.country, figure.label)
    return display_text(figure.label)


def lane_label(country: str, carrier: str) -> str:
    return tr("{country} · {carrier}").format(country=country_name(country), carrier=display_text(carrier))


def headline_text(report: InsightsReport) -> str:
    stats = report.overall.stats
    if not stats.enough:
        return tr("Too few delivered parcels for figures yet: %n so far.", None, stats.parcels)
    return tr("Half of your %n delivered parcels arrived within {median} working days, nine in ten within {p90}; "
              "{share} arrived within their usual time.", None, stats.parcels).format(
        median=days_text(stats.median), p90=days_text(stats.p90), share=share_text(report.overall.within))


def over_limit_text(report: InsightsReport) -> str:
    if not report.over_limit:
        return tr("No parcel over TPOP's 21-day support limit.")
    return tr("%n parcel(s) delivered after more than 21 days or still travelling: TPOP's support handles them.",
              None, report.over_limit)


def slow_lane_text(lane: SlowLane) -> str:
    trend = lane.trend
    return tr("{lane}: {recent} working days this month against {usual} usually (%n parcels)", None,
              trend.recent.parcels).format(lane=lane_label(trend.country, lane.label),
                                           recent=days_text(trend.recent.median),
                                           usual=days_text(trend.history.median))


def distribution_summary(report: InsightsReport, what: str) -> str:
    """For screen readers: the chart as a sentence."""
    counted = [(day, parcels) for day, parcels in report.distribution if parcels]
    if not counted:
        return tr("No delivered parcel for {what}.").format(what=what)
    busiest = max(counted, key=lambda pair: pair[1])
    total = sum(parcels for _, parcels in counted)
    return tr("%n delivered parcel(s) for {what}; most took {days} ({count}).", None, total).format(
        what=what, days=working_days_text(busiest[0]), count=busiest[1])


def trend_summary(weeks: tuple[Week, ...]) -> str:
    known = [week for week in weeks if week.median is not None]
    if not known:
        return tr("Too few deliveries per week for a trend.")
    first, last = known[0], known[-1]
    return tr("Median transit per week of delivery: {first} working days in the week of {start}, {last} in the "
              "week of {end}.").format(first=days_text(first.median), start=day_text(first.monday),
                                       last=days_text(last.median), end=day_text(last.monday))


def bin_label(first_day: int, last: int = HISTOGRAM_LAST) -> str:
    return tr("{days}+").format(days=first_day) if first_day >= last else str(first_day)
