"""La Poste Suivi v2 for the benchmark's parcels, in a process of its own.

``python benchmarks/carrier_server.py PARCELS_JSON KEY NOW`` serves
``GET /suivi/v2/idships/{numbers}`` in the sandbox's wire format (``sandbox/carrier_wire.py``:
the reference's fields and codes, 207 multi-status arrays for batches, 401 without the key)
for the parcels of PARCELS_JSON as their stories stand at NOW, and prints its port.
``GET /calls`` answers how many tracking calls it served and how many numbers the largest
call asked about. Running apart keeps its CPU out of the measured process.
"""

from __future__ import annotations

import hmac
import json
import sys
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from tpop_desktop.core.models import Customer, Destination, Order, Platform, Shipment, Shop, Status
from tpop_desktop.sandbox import carrier_wire as wire
from tpop_desktop.sandbox.parcel_story import Parcel, told_parcel

PATH = "/suivi/v2/idships/"


def load_parcels(path: Path, now: datetime) -> dict[str, Parcel]:
    parcels = {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        delivered = datetime.fromisoformat(item["delivered_at"]) if item["delivered_at"] else None
        shipped = datetime.fromisoformat(item["shipped_at"])
        order = Order(item["reference"], Shop("bench", "Bench", Platform.SHOPIFY), "#1", shipped, shipped,
                      Status.DELIVERED if delivered else Status.SHIPPED, Customer("Bench"),
                      Destination(item["country"], "75011", "Paris"),
                      shipments=(Shipment(item["carrier"], item["number"], "", shipped, delivered),))
        parcel = told_parcel(order, now=now)
        parcels[parcel.number] = parcel
    return parcels


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK wait per call
    parcels: dict[str, Parcel] = {}
    key = ""
    now: datetime
    lock = threading.Lock()
    calls = 0
    widest = 0

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        split = urlsplit(self.path)
        if split.path == "/calls":
            self._send(200, {"calls": self.calls, "widest": self.widest})
            return
        if not split.path.startswith(PATH):
            self._send(404, {"code": "NOT_FOUND", "message": "no such route"})
            return
        given = self.headers.get("X-Okapi-Key", "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(given, self.key.encode()):
            self._send(401, wire.LA_POSTE_401)
            return
        numbers = unquote(split.path[len(PATH):]).split(",")
        lang = parse_qs(split.query).get("lang", ["fr_FR"])[0]
        with self.lock:
            type(self).calls += 1
            type(self).widest = max(self.widest, len(numbers))
        envelopes = []
        for number in numbers:
            parcel = self.parcels.get(number)
            if parcel is None or not parcel.visible(self.now):
                envelopes.append(wire.la_poste_error(number, 104, lang))
            else:
                envelopes.append(wire.la_poste_found(parcel, self.now, lang))
        if len(numbers) > 1:
            self._send(207, envelopes)
        else:
            self._send({200: 200, 104: 404}[envelopes[0]["returnCode"]], envelopes[0])

    def _send(self, status: int, data: object) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def main() -> int:
    path, key, now = Path(sys.argv[1]), sys.argv[2], datetime.fromisoformat(sys.argv[3])
    _Handler.now = now
    _Handler.key = key
    _Handler.parcels = load_parcels(path, now)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
