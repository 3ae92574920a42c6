"""``tpop-desktop-sandbox``: serve a generated TPOP account on 127.0.0.1 until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from tpop_desktop.sandbox.server import SandboxServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tpop-desktop-sandbox",
        description="Serve a realistic TPOP account on this computer, for demos and tests.",
    )
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--token", default="sandbox-token", help="the only token the sandbox accepts")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same account")
    parser.add_argument("--live", action=argparse.BooleanOptionalAction, default=True,
                        help="keep orders moving (default: on)")
    parser.add_argument("--tick-seconds", type=float, default=15.0, help="seconds between two steps of life")
    parser.add_argument("--orders", type=int, default=300, help="how many orders to generate")
    return parser


def main(argv: Sequence[str] | None = None, *, stop_event: threading.Event | None = None) -> int:
    """Run until Ctrl+C (or ``stop_event``, which lets a test stop it cleanly)."""
    args = build_parser().parse_args(argv)
    if not 0 <= args.port <= 65535 or args.orders < 0 or args.tick_seconds <= 0:
        print("tpop-desktop-sandbox: invalid --port, --orders or --tick-seconds", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    stop = stop_event or threading.Event()
    sandbox = SandboxServer(
        args.token, args.seed, live=args.live, tick_seconds=args.tick_seconds, order_count=args.orders, port=args.port
    )
    try:
        base_url = sandbox.start()
    except OSError as exc:
        print(f"tpop-desktop-sandbox: cannot listen on 127.0.0.1:{args.port} ({exc.strerror})", file=sys.stderr)
        return 1
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"TPOP sandbox serving {base_url} (token: {args.token}, seed: {args.seed}); Ctrl+C to stop", flush=True)
    for shop_id, access in sorted(sandbox.shop_credentials().items()):  # made-up keys of the demo shops
        details = ", ".join(f"{name}: {value}" for name, value in access.items() if name != "platform")
        print(f"  demo shop {shop_id} ({access['platform']}): {details}", flush=True)
    urls = sandbox.carrier_base_urls()
    for service, key in sorted(sandbox.carrier_keys().items()):  # made-up keys of the tracking services
        print(f"  tracking service {service}: base URL {urls[service]}, key {key}", flush=True)
    etsy = sandbox.etsy_app()  # connected through OAuth: the app's keys, then the browser step
    print(f"  demo shop {etsy['shop_id']} (etsy): keystring: {etsy['keystring']}, shared_secret: "
          f"{etsy['shared_secret']}, api: {etsy['base_url']}/etsy/v3", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    print("TPOP sandbox stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
