"""Screenshots of the demo window for the README: ``python scripts/screenshots.py OUT.png [--dark] [--lang fr]``.

``--insights FILE`` also saves the Delivery insights window (1100x760), France chosen.

The window has its default size, 1280x720, as a merchant first sees it on a laptop.

Run it under an X server (Xvfb) or offscreen; it opens the demo account, selects a shipped
Belgian order and saves the window.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#282828",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#2e86de",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#6cb4ff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--detail", help="also save the detail pane to this file")
    parser.add_argument("--insights", help="also save the Delivery insights window to this file")
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark if args.dark else Qt.ColorScheme.Light)
    if args.dark:  # what a dark desktop hands to Qt; without a desktop theme (Xvfb) we set it ourselves
        app.setPalette(dark_palette())
    QLocale.setDefault(QLocale(args.lang))
    from tpop_desktop.i18n import install_translators

    install_translators(app, args.lang)
    import tempfile
    from pathlib import Path

    from tpop_desktop.controller import AppController
    from tpop_desktop.core.models import Status
    from tpop_desktop.core.tracking import is_valid_s10
    from tpop_desktop.profile import Profile
    from tpop_desktop.resources import app_icon

    app.setWindowIcon(app_icon())
    controller = AppController(Profile.in_folder(Path(tempfile.mkdtemp())), demo_live=False)
    controller.window.resize(1280, 720)  # the default window, on a laptop's screen

    def shoot(_ok: bool) -> None:
        sandbox = controller.session.demo.sandbox
        order = max((o for o in sandbox.orders() if o.destination.country == "BE" and o.status is Status.SHIPPED
                     and o.shipments and is_valid_s10(o.shipments[-1].tracking_number)),
                    key=lambda o: o.shipments[-1].shipped_at)  # the latest: on its way, with its estimate
        done = {"shot": False}

        def ready(*_args) -> None:
            if done["shot"]:
                return
            done["shot"] = True
            controller.window.select_reference(order.reference)
            QTimer.singleShot(400, save)

        controller.binder.shops.checksShown.connect(ready)  # the demo shops' states in the table
        QTimer.singleShot(8000, ready)

    def save() -> None:
        controller.window.grab().save(args.output)
        if args.detail:
            controller.window.detail.grab().save(args.detail)
        if args.insights:
            insights = controller.session.insights
            insights.reportReady.connect(lambda _report: QTimer.singleShot(300, choose_country))
            if insights.estimated_at is None:  # the sync's last job has not counted the parcels yet
                insights.estimatesChanged.connect(lambda _outcome: controller.window.actions.insights.trigger())
            else:
                controller.window.actions.insights.trigger()
        else:
            controller.quit()

    def choose_country() -> None:
        view = controller.binder.insights.view
        view.resize(1100, 760)
        countries = view.tables["country"]
        if view.report.group.kind is None:
            countries.setCurrentItem(countries.topLevelItem(0))  # the busiest: France
            return
        view.grab().save(args.insights)
        controller.quit()

    controller.firstSyncDone.connect(shoot)
    controller.start(demo=True)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
