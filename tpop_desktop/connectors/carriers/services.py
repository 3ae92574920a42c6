"""Building a tracking service from its id, the merchant's key and (for the sandbox) a base URL."""

from __future__ import annotations

from collections.abc import Mapping

from tpop_desktop.connectors.carriers import dhl, laposte, seventeen_track
from tpop_desktop.connectors.carriers.base import CARRIER_TIMEOUT, TrackingService
from tpop_desktop.core.parcel import TrackingServiceId

DEFAULT_BASE_URLS: Mapping[TrackingServiceId, str] = {
    TrackingServiceId.LA_POSTE: laposte.DEFAULT_BASE_URL,
    TrackingServiceId.DHL: dhl.DEFAULT_BASE_URL,
    TrackingServiceId.SEVENTEEN_TRACK: seventeen_track.DEFAULT_BASE_URL,
}


def make_service(service: TrackingServiceId, key: str, *, base_url: str | None = None,
                 language: str | None = None,
                 timeout: tuple[float, float] = CARRIER_TIMEOUT) -> TrackingService:
    """A new adapter; raises ValueError for a bad base URL or a key that cannot travel in a header."""
    url = base_url or DEFAULT_BASE_URLS[service]
    if service is TrackingServiceId.LA_POSTE:
        return laposte.LaPosteSuivi(key, base_url=url, language=language, timeout=timeout)
    if service is TrackingServiceId.DHL:
        return dhl.DhlUnified(key, base_url=url, language=language, timeout=timeout)
    return seventeen_track.SeventeenTrack(key, base_url=url, timeout=timeout)
