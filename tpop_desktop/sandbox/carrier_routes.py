"""La Poste-, DHL- and 17TRACK-shaped tracking endpoints for the sandbox's parcels.

``/laposte/suivi/v2/idships/{ids}``, ``/dhl/track/shipments`` and ``/17track/track/v2.2/<action>``
answer with the field names, codes and error bodies of ``carrier-apis.md`` (La Poste's
envelopes and 207 batches, DHL's problem+json, 17TRACK's envelope), and check each service's
key header as the real services do. The keys are made up from the seed, like the shop keys.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from tpop_desktop.core.models import Order
from tpop_desktop.core.tracking import normalize
from tpop_desktop.sandbox import carrier_wire as wire
from tpop_desktop.sandbox.parcel_story import AGGREGATED, DHL_FAMILY, LA_POSTE_FAMILY, ParcelWorld, Scenario
from tpop_desktop.sandbox.routing import Request, Response, Router
from tpop_desktop.sandbox.state import SandboxState

LA_POSTE_PATH = "/laposte/suivi/v2"
DHL_PATH = "/dhl/track"
SEVENTEEN_PATH = "/17track/track/v2.2"
DHL_DAILY_CALLS = 250
SEVENTEEN_REGISTRATIONS = 200
_LA_POSTE_NUMBER = re.compile(r"[A-Z0-9]{11,15}")
_LANGS = ("fr_FR", "en_GB", "de_DE", "es_ES", "it_IT", "nl_NL")

Handler = Callable[[Request, "re.Match[str]"], Response]


class CarrierSandbox:
    """The three services over one ``ParcelWorld``; thread-safe counters per key."""

    def __init__(self, state: SandboxState, seed: int) -> None:
        self.world = ParcelWorld(state)
        self._seed = seed
        self._lock = threading.Lock()
        self._request_ids = 0
        self.dhl_calls: dict[str, int] = {}  # UTC day -> calls
        self.registered: dict[str, datetime] = {}  # 17TRACK numbers -> when
        self.calls: list[tuple[str, str]] = []  # (service, what), for tests and the benchmark

    def keys(self) -> dict[str, str]:
        """The made-up key of each service, by the app's service id."""
        return {service: hashlib.sha256(f"tpop-sandbox:{self._seed}:carrier:{service}".encode()).hexdigest()[:32]
                for service in ("laposte", "dhl", "17track")}

    def set_scenario(self, order: Order, scenario: str) -> None:
        shipment = order.latest_shipment
        if shipment is None:
            raise ValueError(f"{order.reference} has no shipment")
        with self._lock:
            self.world.scenarios[normalize(shipment.tracking_number)] = Scenario(scenario)

    def base_urls(self, base_url: str) -> dict[str, str]:
        return {"laposte": base_url + LA_POSTE_PATH, "dhl": base_url + DHL_PATH, "17track": base_url + SEVENTEEN_PATH}

    def register(self, router: Router) -> None:
        router.add("GET", LA_POSTE_PATH + r"/idships/(?P<ids>[^/]+)", self._laposte)
        router.add("GET", DHL_PATH + r"/shipments", self._dhl)
        router.add("POST", SEVENTEEN_PATH + r"/(?P<action>register|gettrackinfo|getquota)", self._seventeen)

    def _key_ok(self, request: Request, header: str, service: str) -> bool:
        given = request.headers.get(header, "").encode("utf-8", "surrogateescape")
        return hmac.compare_digest(given, self.keys()[service].encode())

    def _log(self, service: str, what: str) -> None:
        with self._lock:
            self.calls.append((service, what))

    # --- La Poste Suivi v2 -----------------------------------------------------------

    def _laposte(self, request: Request, match: re.Match[str]) -> Response:
        with self._lock:
            self._request_ids += 1
            headers = {"x-okapi-request-id": f"sbx-{self._request_ids:08d}"}
        if not self._key_ok(request, "x-okapi-key", "laposte"):
            return Response(401, wire.LA_POSTE_401, headers)
        lang = request.param("lang") or "fr_FR"
        lang = lang if lang in _LANGS else "fr_FR"
        ids = [normalize(part) for part in match["ids"].split(",")]
        self._log("laposte", ",".join(ids))
        if not 1 <= len(ids) <= 10:
            return Response(400, wire.la_poste_error(match["ids"][:40], 400, lang), headers)
        parcels = self.world.find([n for n in ids if _LA_POSTE_NUMBER.fullmatch(n)])
        now = self.world.now()
        envelopes = []
        for number in ids:
            parcel = parcels.get(number)
            if not _LA_POSTE_NUMBER.fullmatch(number):
                envelopes.append(wire.la_poste_error(number, 400, lang))
            elif parcel is None or parcel.carrier not in LA_POSTE_FAMILY or not parcel.visible(now):
                envelopes.append(wire.la_poste_error(number, 104, lang))
            else:
                envelopes.append(wire.la_poste_found(parcel, now, lang))
        if len(ids) > 1:
            return Response(207, envelopes, headers)
        status = {200: 200, 104: 404, 400: 400}[envelopes[0]["returnCode"]]
        return Response(status, envelopes[0], headers)

    # --- DHL Unified ------------------------------------------------------------------

    def _dhl(self, request: Request, match: re.Match[str]) -> Response:
        if not self._key_ok(request, "dhl-api-key", "dhl"):
            return Response(401, wire.DHL_401)
        day = self.world.now().astimezone(UTC).strftime("%Y-%m-%d")
        with self._lock:
            used = self.dhl_calls.get(day, 0) + 1
            self.dhl_calls[day] = used
        if used > DHL_DAILY_CALLS:
            return Response(429, wire.DHL_429)
        number = normalize(request.param("trackingNumber") or "")
        self._log("dhl", number)
        if not number:
            return Response(400, wire.dhl_problem(400, "Bad Request", "trackingNumber is required.", ""))
        parcel = self.world.parcel(number)
        service = request.param("service")
        now = self.world.now()
        if (parcel is None or parcel.carrier not in DHL_FAMILY or not parcel.visible(now)
                or service not in (None, "express")):
            return Response(404, wire.dhl_problem(404, "No result found",
                                                  "No shipment with given tracking number found.",
                                                  f"/shipment/{number}"))
        return Response(200, wire.dhl_shipments(parcel, now))

    # --- 17TRACK v2.2 -----------------------------------------------------------------

    def _seventeen(self, request: Request, match: re.Match[str]) -> Response:
        if not self._key_ok(request, "17token", "17track"):
            return Response(401, wire.seventeen_failed(-18010002, "The security key is invalid."))
        try:
            body = json.loads(request.body.decode("utf-8") or "[]")
        except (UnicodeDecodeError, ValueError):
            body = None
        if not isinstance(body, list) or any(not isinstance(i, dict) for i in body):
            return Response(200, wire.seventeen_failed(-18010012, "The request body is not a list of numbers."))
        action = match["action"]
        self._log("17track", action)
        if action == "getquota":
            return Response(200, {"code": 0, "data": {}})
        if len(body) > 40:
            return Response(200, wire.seventeen_failed(-18010014, "More than 40 numbers."))
        numbers = [normalize(str(item.get("number", ""))) for item in body]
        if action == "register":
            return Response(200, self._register(numbers))
        return Response(200, self._track(numbers))

    def _register(self, numbers: list[str]) -> dict[str, Any]:
        accepted, rejected = [], []
        now = self.world.now()
        with self._lock:
            for number in numbers:
                if not number or len(number) < 5:
                    rejected.append(wire.seventeen_rejected(number, -18010012, "The tracking number is invalid."))
                elif number in self.registered:
                    rejected.append(wire.seventeen_rejected(number, -18019901, "The number is already registered."))
                elif len(self.registered) >= SEVENTEEN_REGISTRATIONS:
                    rejected.append(wire.seventeen_rejected(number, -18019908, "The quota is used up."))
                else:
                    self.registered[number] = now
                    accepted.append({"number": number})
        return {"code": 0, "data": {"accepted": accepted, "rejected": rejected}}

    def _track(self, numbers: list[str]) -> dict[str, Any]:
        now = self.world.now()
        with self._lock:
            known = [n for n in numbers if n in self.registered]
        parcels = self.world.find(known)
        accepted, rejected = [], []
        for number in numbers:
            if number not in known:
                rejected.append(wire.seventeen_rejected(number, -18019902, "The number is not registered."))
                continue
            parcel = parcels.get(number)
            visible = parcel.visible(now) if parcel is not None and parcel.carrier in AGGREGATED else []
            accepted.append({"number": number, "track_info": wire.seventeen_track_info(parcel, visible)})
        return {"code": 0, "data": {"accepted": accepted, "rejected": rejected}}
