"""The composition root: read the command line, build the application, hand over to Qt."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tpop_desktop import __version__

log = logging.getLogger("tpop_desktop")

TOKEN_ENV = "TPOP_DESKTOP_TOKEN"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tpop-desktop",
        description="Every TPOP order, its tracking and what to do next, in one window.",
    )
    parser.add_argument("--demo", action="store_true",
                        help="open the embedded demo account (a local sandbox; your profile is not touched)")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="keep settings, the order database and logs in DIR")
    parser.add_argument("--api-url", metavar="URL",
                        help="TPOP API address (https; http only for loopback addresses)")
    parser.add_argument("--quit-after-sync", action="store_true",
                        help="quit after the first sync (exit code 0 when it succeeded); for smoke tests")
    parser.add_argument("--demo-seed", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.epilog = f"The {TOKEN_ENV} environment variable supplies a token for this run without storing it."
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from tpop_desktop.connectors.http import validate_api_url
    from tpop_desktop.controller import DEMO_SEED, AppController
    from tpop_desktop.logging_setup import register_secret, setup_logging
    from tpop_desktop.profile import Profile

    api_url = None
    if args.api_url:
        try:
            api_url = validate_api_url(args.api_url)
        except ValueError as error:
            print(f"tpop-desktop: --api-url: {error}", file=sys.stderr)
            return 2

    token = os.environ.get(TOKEN_ENV) or None
    if token:
        register_secret(token)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("TPOP Desktop")
    app.setOrganizationName("TPOP Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.tpop_desktop.TpopDesktop")
    from tpop_desktop.resources import app_icon

    app.setWindowIcon(app_icon())

    profile = Profile.in_folder(args.profile) if args.profile else Profile.default()
    if not args.demo:
        profile.ensure()
        setup_logging(profile.log_dir)
    else:
        setup_logging(None)
    log.info("TPOP Desktop %s starting", __version__)

    controller = AppController(profile, api_url=api_url, token=token,
                               demo_seed=args.demo_seed if args.demo_seed is not None else DEMO_SEED)
    exit_code = {"value": 0}
    if args.quit_after_sync:
        def finish(ok: bool) -> None:
            exit_code["value"] = 0 if ok else 1
            controller.quit()

        controller.firstSyncDone.connect(finish)
    controller.start(demo=args.demo)
    app.exec()
    return exit_code["value"]


if __name__ == "__main__":
    raise SystemExit(main())
