"""Every sentence the carrier tracking shows: statuses, services, their states, the manual refresh.

The core hands out codes (``ParcelStatus``, ``ServiceState``, ``ManualState``, advice codes);
this module turns them into the merchant's language. Carrier words (labels, places) are
server text: they are quoted as they are, in plain-text labels only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from tpop_desktop.core.advice import Advice, AdviceCode
from tpop_desktop.core.parcel import ParcelFilter, ParcelStatus, TrackingServiceId
from tpop_desktop.core.parcel_refresh import LIMITS, ServiceState
from tpop_desktop.credentials import KeyringState
from tpop_desktop.sync.tracking_job import ManualRefresh, ManualState
from tpop_desktop.ui.formatting import format_date, format_datetime
from tpop_desktop.ui.texts import country_name, tr

S = ParcelStatus
Service = TrackingServiceId


def parcel_status_label(status: ParcelStatus) -> str:
    return {
        S.INFO_RECEIVED: QCoreApplication.translate("Parcel", "Label created"),
        S.IN_TRANSIT: QCoreApplication.translate("Parcel", "In transit"),
        S.OUT_FOR_DELIVERY: QCoreApplication.translate("Parcel", "Out for delivery"),
        S.AVAILABLE_FOR_PICKUP: QCoreApplication.translate("Parcel", "Waiting for pickup"),
        S.DELIVERED: QCoreApplication.translate("Parcel", "Delivered"),
        S.DELIVERY_FAILED: QCoreApplication.translate("Parcel", "Delivery failed"),
        S.HELD_CUSTOMS: QCoreApplication.translate("Parcel", "Held at customs"),
        S.EXCEPTION: QCoreApplication.translate("Parcel", "Problem"),
        S.RETURNED_TO_SENDER: QCoreApplication.translate("Parcel", "Returned to sender"),
        S.EXPIRED_NOT_FOUND: QCoreApplication.translate("Parcel", "Not found"),
    }[status]


def filter_label(chip: ParcelFilter) -> str:
    return {
        ParcelFilter.OUT_FOR_DELIVERY: QCoreApplication.translate("Parcel", "Out for delivery"),
        ParcelFilter.WAITING_FOR_PICKUP: QCoreApplication.translate("Parcel", "Waiting for pickup"),
        ParcelFilter.PROBLEM: QCoreApplication.translate("Parcel", "Problem"),
    }[chip]


def filter_tooltip(chip: ParcelFilter) -> str:
    return {
        ParcelFilter.OUT_FOR_DELIVERY: tr("Only parcels the carrier is delivering now"),
        ParcelFilter.WAITING_FOR_PICKUP: tr("Only parcels waiting at a post office or pickup point"),
        ParcelFilter.PROBLEM: tr("Only parcels held at customs, with a failed delivery, a problem, or returned"),
    }[chip]


def parcel_cell(status: ParcelStatus, at: datetime | None) -> str:
    """The Parcel column: the carrier's status and its date."""
    when = format_date(at)
    return tr("{status} · {date}").format(status=parcel_status_label(status), date=when) if when else \
        parcel_status_label(status)


# --- the services -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceInfo:
    name: str
    follows: str
    costs: str
    key_help: str
    key_url: str


def service_name(service: Service) -> str:
    return {Service.LA_POSTE: tr("La Poste Suivi"), Service.DHL: tr("DHL Shipment Tracking"),
            Service.SEVENTEEN_TRACK: tr("17TRACK")}[service]


def service_info(service: Service) -> ServiceInfo:
    if service is Service.LA_POSTE:
        return ServiceInfo(service_name(service), tr("Follows La Poste, Colissimo and Chronopost parcels."),
                           tr("Free plan, granted by La Poste on request: 10 calls a second, no daily limit, up to "
                              "10 parcels a call."),
                           tr("On La Poste's developer portal, create an application, subscribe it to the Suivi v2 "
                              "API and copy its key."), "https://developer.laposte.fr")
    if service is Service.DHL:
        return ServiceInfo(service_name(service), tr("Follows DHL and Deutsche Post parcels."),
                           tr("Free: 250 calls a day (reset at midnight GMT), one parcel a call, at most 10 calls "
                              "about one parcel a day. The app keeps 25 calls a day for your own refreshes."),
                           tr("On the DHL API Developer Portal, create an app with the Shipment Tracking - Unified "
                              "API and copy its API key."), "https://developer.dhl.com")
    return ServiceInfo(service_name(service),
                       tr("Follows every other carrier: DPD, Mondial Relay, GLS, bpost, PostNL, UPS..."),
                       tr("Free: 100 new parcels a month (each parcel is registered once), following registered "
                          "parcels costs nothing, up to 40 parcels a call."),
                       tr("Sign up for the 17TRACK Tracking API and copy the security key from its dashboard."),
                       "https://www.17track.net/en/api")


def quota_text(service: Service, used_today: int, registrations: int) -> str:
    """What the service's free tier allows and how much of it is used (today, UTC day; this month)."""
    limits = LIMITS[service]
    if limits.daily_calls is not None:
        text = tr("Calls today: {used} of {limit}").format(used=used_today, limit=limits.daily_calls)
    else:
        text = tr("Calls today: {used} (no daily limit)").format(used=used_today)
    if limits.monthly_registrations is not None:
        text += " · " + tr("New parcels registered this month: {used} of {limit}").format(
            used=registrations, limit=limits.monthly_registrations)
    return text


def state_text(service: Service, state: ServiceState, until: datetime | None = None, detail: str = "") -> str:
    when = format_datetime(until)
    name = service_name(service)
    if state is ServiceState.READY:
        return tr("Ready: {service} is asked after each sync.").format(service=name)
    if state is ServiceState.NO_KEY:
        return tr("No key: parcels it follows show their tracking links only.")
    if state is ServiceState.KEY_REJECTED:
        return tr("{service} refused the key: it was revoked or is wrong. Paste a new key.").format(service=name)
    if state is ServiceState.QUOTA_SPENT:
        if detail == "registrations":
            text = tr("This month's free registrations are used up: new parcels wait for next month.")
        else:
            text = tr("Today's calls are used up.")
        return text + (" " + tr("Asked again after {time}.").format(time=when) if when else "")
    if state is ServiceState.RATE_LIMITED:
        text = tr("{service} asked the app to slow down.").format(service=name)
    else:
        text = tr("{service} cannot be reached or sent an answer the app cannot read. Your stored parcels are "
                  "unchanged.").format(service=name)
    return text + (" " + tr("Asked again after {time}.").format(time=when) if when else "")


def key_test_text(service: Service, state: ServiceState) -> str:
    if state is ServiceState.READY:
        return tr("The key works.")
    if state is ServiceState.NO_KEY:
        return tr("Paste a key to test it.")
    if state is ServiceState.KEY_REJECTED:
        return tr("{service} refused this key. Check that you copied all of it.").format(service=service_name(service))
    if state is ServiceState.QUOTA_SPENT:
        return tr("The key works, but its quota is used up for now.")
    if state is ServiceState.RATE_LIMITED:
        return tr("{service} asked to slow down: try again in a minute.").format(service=service_name(service))
    return tr("{service} cannot be reached right now: try again later.").format(service=service_name(service))


def keyring_text(state: KeyringState) -> str:
    return {
        KeyringState.LOCKED: tr("Your keyring is locked: unlock it, then try again."),
        KeyringState.UNAVAILABLE: tr("This computer has no secure keyring, so the key cannot be kept."),
        KeyringState.INSECURE: tr("The only keyring here keeps secrets unencrypted, so the key is not kept there."),
        KeyringState.TIMEOUT: tr("The keyring did not answer. An unlock prompt may be waiting on your screen."),
    }.get(state, tr("The keyring failed. See the log for details."))


def manual_text(result: ManualRefresh) -> str:
    """What the merchant's "Refresh now" did."""
    name = service_name(result.service) if result.service is not None else tr("the carrier")
    state = result.state
    if state is ManualState.REFRESHED:
        return tr("{service} answered just now.").format(service=name)
    if state is ManualState.NO_SHIPMENT:
        return tr("This order has no tracking number yet.")
    if state is ManualState.NO_KEY:
        return tr("No key for {service}: add one in Settings > Carrier tracking.").format(service=name)
    if state is ManualState.BUDGET_SPENT:
        if result.service is Service.SEVENTEEN_TRACK:
            return tr("No free 17TRACK registration is left this month, so no call was made.")
        return tr("Today's {service} calls for this parcel are used up, so no call was made. Try again after "
                  "midnight GMT.").format(service=name)
    if state is ManualState.BUSY:
        return tr("A refresh is already running: try again in a moment.")
    report = result.report
    if report is not None and result.service is not None:
        return state_text(result.service, report.state, report.until, report.detail)
    return tr("{service} could not be asked. Your stored parcel is unchanged.").format(service=name)


# --- advice from the carrier -------------------------------------------------------------------


def carrier_words(params: dict[str, str] | object) -> str:
    """The carrier's own words and code, as it sent them: "Distribué (DI1)"."""
    label, code = params.get("label", ""), params.get("code", "")  # type: ignore[union-attr]
    if label and code:
        return tr("{label} ({code})").format(label=label, code=code)
    return label or code


def event_place(place: str, country: str) -> str:
    named = country_name(country) if country else ""
    return ", ".join(part for part in (place, named) if part)


def _when(iso: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso


def parcel_advice_text(advice: Advice) -> str:
    """The sentence for advice that comes from the carrier's answer."""
    p, code = advice.params, advice.code
    words = carrier_words(p)
    service = service_name(Service(p["service"])) if p.get("service") in {s.value for s in Service} else \
        tr("the carrier")
    if code is AdviceCode.PARCEL_NOT_YET_KNOWN:
        return tr("The carrier does not know this parcel yet. That is normal: tracking activates within 48 working "
                  "hours of shipping (by {when}).").format(when=_when(p.get("ready_at", "")))
    if code is AdviceCode.PARCEL_CHECK_NUMBER:
        if p.get("refused"):
            return tr("The carrier says this tracking number is not valid. Check the number with TPOP.")
        return tr("The carrier still does not know this parcel 48 working hours after shipping. Check the tracking "
                  "number with TPOP.")
    if code is AdviceCode.PARCEL_OUT_FOR_DELIVERY:
        return tr("{service} is delivering the parcel: {words}.").format(service=service, words=words)
    if code is AdviceCode.PARCEL_WAITS_FOR_PICKUP:
        where = p.get("point") or tr("a post office or pickup point")
        return tr("The parcel waits for your customer at {point} since {when}. They collect it there with the "
                  "tracking number and an identity document.").format(point=where, when=_when(p.get("at", "")))
    if code is AdviceCode.PARCEL_HELD_CUSTOMS:
        return tr("{service} says the parcel is held at customs: {words}. Customs usually contact the recipient "
                  "about duties or documents: ask your customer to watch for the carrier's message.").format(
            service=service, words=words)
    if code is AdviceCode.PARCEL_DELIVERY_FAILED:
        return tr("A delivery attempt failed: {words}. The carrier usually tries again or leaves the parcel at a "
                  "post office, where it then waits for pickup.").format(words=words)
    if code is AdviceCode.PARCEL_PROBLEM:
        return tr("{service} reports a problem: {words}. TPOP support can help once the parcel was shipped more "
                  "than 21 days ago.").format(service=service, words=words)
    if code is AdviceCode.PARCEL_RETURNED:
        text = (tr("The parcel is back with its sender: {words}.") if p.get("back") else
                tr("The parcel is on its way back to its sender: {words}.")).format(words=words)
        return text + " " + tr("A parcel returned for a wrong address can be reshipped for a fee, not refunded: "
                               "check the address with your customer.")
    if code is AdviceCode.PARCEL_DELIVERED:
        place = event_place(p.get("place", ""), p.get("country", ""))
        fact = (tr("{service} delivered it on {when} in {place}: {words}.") if place else
                tr("{service} delivered it on {when}: {words}.")).format(
            service=service, when=_when(p.get("at", "")), place=place, words=words)
        return fact + " " + tr("The carrier's tracking is authoritative. If your customer says it never arrived, "
                               "the parcel is often with a neighbour or at the post office (tracking number and an "
                               "identity document).")
    return code.value
