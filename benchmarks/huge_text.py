"""The longest GUI stall with a 10 MB customer name: the table's paint and selecting the order.

``python benchmarks/huge_text.py [--runs N]``: the sandbox (in this process, a real HTTP
server on 127.0.0.1) serves its account plus one order whose customer name is 10 MB and
whose city has 100,000 characters; the real window syncs it (offscreen), then a 5 ms
heartbeat on the GUI thread measures the longest gap while the table scrolls to the order
and paints it, and while the order is selected and the detail pane is built and painted,
``--runs`` times; selecting an ordinary order in between is measured too, for comparison.
Prints the figures and a ``BENCH-RESULT`` JSON line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from measure import emit_result, peak_rss_mb, summary, wait_for  # noqa: E402
from sync_bench import Heartbeat  # noqa: E402
from tpop_desktop.controller import AppController  # noqa: E402
from tpop_desktop.core.models import Customer, Destination  # noqa: E402
from tpop_desktop.profile import Profile  # noqa: E402
from tpop_desktop.sandbox.server import SandboxServer  # noqa: E402

HUGE_NAME = "Élodie " + "N" * (10 * 1024 * 1024)
LONG_CITY = "Lyon" + "y" * 100_000


def settle(ms: int) -> None:
    """Let the window paint and the heartbeat tick for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    sandbox = SandboxServer("huge-text-token", seed=5, order_count=200)
    sandbox.start()
    huge = sandbox.add_order(reference="TP-999001", customer=Customer(name=HUGE_NAME),
                             destination=Destination(country="FR", postcode="69001", city=LONG_CITY))
    other = sandbox.orders()[0].reference
    controller = AppController(Profile.in_folder(Path(tempfile.mkdtemp())), api_url=sandbox.base_url,
                               token="huge-text-token")
    window = controller.window
    window.resize(1280, 800)
    window.show()
    wait_for(controller.firstSyncDone, lambda: controller.start(demo=False), timeout_s=60)
    heart = Heartbeat()
    paint, select, ordinary = [], [], []
    for _run in range(args.runs):
        heart.start()
        window.select_reference(other)  # the same work for an ordinary order, to compare
        window.detail.repaint()
        settle(200)
        heart.stop()
        ordinary.append(heart.longest_ms)
        heart.start()
        window.table.scrollToBottom()
        window.table.scrollToTop()  # the newest order, the huge one, is painted again
        window.table.viewport().repaint()
        settle(100)
        heart.stop()
        paint.append(heart.longest_ms)
        heart.start()
        window.select_reference(huge.reference)
        window.detail.repaint()
        settle(200)
        heart.stop()
        select.append(heart.longest_ms)
    shown = window.detail.customer_label.text() if window.detail.order is not None else ""
    result = {
        "huge_text_paint_stall_ms": summary(paint),
        "huge_text_select_stall_ms": summary(select),
        "ordinary_select_stall_ms": summary(ordinary),
        "shown_name_chars": len(shown),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    print(f"table paint with the 10 MB name: longest stall {result['huge_text_paint_stall_ms']}")
    print(f"selecting the order (detail pane): longest stall {result['huge_text_select_stall_ms']}")
    print(f"selecting an ordinary order: longest stall {result['ordinary_select_stall_ms']}")
    print(f"name shown in {len(shown)} characters; peak memory {result['peak_rss_mb']} MB")
    emit_result(result)
    controller.close_session()
    sandbox.stop()
    QCoreApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
