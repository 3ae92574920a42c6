"""A tiny HTTP server speaking the TPOP orders listing with pre-serialised pages.

``python benchmarks/wire_server.py PAGES_DIR`` serves ``GET /v1/orders`` from the files
``PAGES_DIR/page-N.json`` (``next_cursor`` "pN") and prints its port. The bearer token
picks the scenario: ``idle`` answers one empty page (nothing changed), anything else
walks the pages. Running in its own process keeps its CPU out of the measured process.
"""

from __future__ import annotations

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SERVER_TIME = "2026-01-15T14:00:00Z"
IDLE_PAGE = json.dumps({"orders": [], "next_cursor": None, "server_time": SERVER_TIME}).encode()


def write_pages(orders_json: list[dict], folder: Path, page_size: int = 100) -> int:
    """Serialise ``orders_json`` into contract pages under ``folder``; returns the page count."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = [orders_json[i:i + page_size] for i in range(0, len(orders_json), page_size)] or [[]]
    for number, page in enumerate(pages):
        cursor = f"p{number + 1}" if number + 1 < len(pages) else None
        body = {"orders": page, "next_cursor": cursor, "server_time": SERVER_TIME}
        (folder / f"page-{number}.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return len(pages)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    pages: list[bytes] = []

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        split = urlsplit(self.path)
        if split.path != "/v1/orders":
            self._send(404, b'{"error":{"code":"not_found","message":"no such route"}}')
            return
        if self.headers.get("Authorization", "") == "Bearer idle":
            self._send(200, IDLE_PAGE)
            return
        cursor = parse_qs(split.query).get("cursor", [""])[0]
        number = int(cursor[1:]) if cursor.startswith("p") else 0
        self._send(200, self.pages[number])

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def main() -> int:
    folder = Path(sys.argv[1])
    count = len(list(folder.glob("page-*.json")))
    _Handler.pages = [(folder / f"page-{n}.json").read_bytes() for n in range(count)]
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
