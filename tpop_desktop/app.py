"""The composition root: read the command line, build the application, hand over to Qt."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import shutil
import sys
import tempfile
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

    from tpop_desktop.profile import Profile
    from tpop_desktop.store.database import IntegrityCheck

    own_profile = Profile.in_folder(args.profile) if args.profile else Profile.default()
    # Checking the order file reads all of it: begun now, it overlaps the imports below.
    store_check = None if args.demo else IntegrityCheck(own_profile.database_path)

    from PySide6.QtWidgets import QApplication

    from tpop_desktop.connectors.http import validate_api_url
    from tpop_desktop.controller import DEMO_SEED, AppController
    from tpop_desktop.i18n import choose_language, install_translators
    from tpop_desktop.crash_report import install_crash_handler
    from tpop_desktop.logging_setup import register_secret, setup_logging
    from tpop_desktop.resources import app_icon
    from tpop_desktop.settings import Settings
    from tpop_desktop.single_instance import SingleInstance
    from tpop_desktop.ui.gui_collector import GuiThreadCollector

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
    app.setWindowIcon(app_icon())

    if args.demo:  # a throwaway profile: the demo never touches, locks or waits for the real one
        demo_root = Path(tempfile.mkdtemp(prefix="tpop-desktop-demo-"))
        profile, instance = Profile.in_folder(demo_root), None
        logging_done = setup_logging(None)
    else:
        demo_root = None
        profile = own_profile
        try:
            profile.ensure()
        except OSError as error:
            _show_startup_error(profile.data_dir, error)
            return 1
        instance = SingleInstance(profile)
        if not instance.acquire():  # another launch owns this profile: show its window instead
            told = instance.notify_running()
            print("tpop-desktop: already running; " + ("brought its window to the front" if told
                                                      else "it does not answer"), flush=True)
            return 0 if told else 1
        logging_done = setup_logging(profile.log_dir)
    language = install_translators(app, choose_language(Settings(own_profile.settings_path).language))
    reporter = install_crash_handler(app)
    log.info("TPOP Desktop %s starting (language: %s)", __version__, language)

    controller = AppController(profile, api_url=api_url, token=token, store_check=store_check,
                               demo_seed=args.demo_seed if args.demo_seed is not None else DEMO_SEED,
                               own_profile=own_profile, sync_in_helper=True)
    if instance is not None:
        instance.activated.connect(controller.window.bring_to_front)
    if logging_done.fell_back and logging_done.unwritable is not None:
        controller.show_log_fallback(logging_done.unwritable, logging_done.reason, logging_done.path)
    exit_code = {"value": 0}
    if args.quit_after_sync:
        def finish(ok: bool) -> None:
            exit_code["value"] = 0 if ok else 1
            controller.quit()

        controller.firstSyncDone.connect(finish)
    controller.start(demo=args.demo)
    settle_startup_heap()
    favour_the_gui_thread()
    collector = GuiThreadCollector(app)  # collections on the GUI thread only: see ui/gui_collector.py
    collector.start()
    try:
        app.exec()
    finally:
        reporter.uninstall()
        if instance is not None:
            instance.release()
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)
    return exit_code["value"]


def settle_startup_heap() -> None:
    """What start-up built (modules, the window) lives as long as the app: collections skip it from now on.

    A full collection walks every tracked object and holds the GIL while it does, whichever
    thread set it off; frozen, the start-up objects no longer lengthen the pauses a carrier
    refresh or a sync on a worker thread impose on the window (about half, measured by
    benchmarks/tracking_bench.py).
    """
    gc.freeze()


SWITCH_INTERVAL_S = 0.001


def favour_the_gui_thread() -> None:
    """A background thread running Python hands the interpreter lock over after 1 ms, not 5.

    The GUI thread needs the lock for every cell it paints; whenever a background thread holds
    it (the query thread refreshing the table after a sync, the sync thread reading a report
    back), each of those calls waits up to one switch interval. At 5 ms a table scrolled during
    a sync's end stalled 16 to 20 ms; at 1 ms 12 to 13 (benchmarks/sync_bench.py). The cost, a
    few more switches while two threads both run Python, is not measurable in the sync's time.
    """
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def _show_startup_error(folder: Path, error: OSError) -> None:
    """The profile folder cannot be created: say so in a window (and on stderr), then stop."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    message = QCoreApplication.translate(
        "App", "TPOP Desktop cannot use its folder {folder}: {reason}. Check that it can be written to."
    ).format(folder=folder, reason=error.strerror or error)
    print(f"tpop-desktop: {message}", file=sys.stderr)
    log.error("%s", message)
    QMessageBox.critical(None, QCoreApplication.translate("App", "TPOP Desktop cannot start"), message)


if __name__ == "__main__":
    raise SystemExit(main())
