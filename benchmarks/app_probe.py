"""Runs the real app (``tpop_desktop.app.main``) and reports its first painted table with rows.

``python benchmarks/app_probe.py [--linger-ms N] -- <app arguments>`` behaves exactly like
``python -m tpop_desktop <app arguments>``, except that an application-wide event filter
watches the orders table: once its viewport has painted rows, the probe prints the wall
clock time and the peak RSS on one line and quits. The app itself is not changed.
"""

from __future__ import annotations

import argparse
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--linger-ms", type=int, default=0,
                        help="keep running this long after the first paint before measuring RSS")
    parser.add_argument("app_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    app_args = [a for a in args.app_args if a != "--"]

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from measure import emit_result, peak_rss_mb  # noqa: PLC0415 - benchmarks/ is on sys.path

    app = QApplication(sys.argv[:1])
    state: dict[str, float] = {}

    def finish() -> None:
        emit_result({"first_paint_wall": state["painted"], "rows": state["rows"], "peak_rss_mb": peak_rss_mb()})
        for widget in QApplication.topLevelWidgets():
            if widget.findChild(QTableView, "orders-table") is not None:
                widget.close()  # the app's own way out: stops the sync thread, closes the store
        QApplication.exit(0)

    def painted() -> None:
        state["painted"] = time.time()
        QTimer.singleShot(args.linger_ms, finish)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt name
            if "painted" not in state and "seen" not in state and event.type() == QEvent.Type.Paint:
                view = obj.parent()
                if isinstance(view, QTableView) and view.objectName() == "orders-table" \
                        and obj is view.viewport() and view.model() is not None and view.model().rowCount() > 0:
                    state["seen"] = 1
                    state["rows"] = view.model().rowCount()
                    QTimer.singleShot(0, painted)  # after this paint has been drawn and flushed
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)

    from tpop_desktop.app import main as app_main

    return app_main(app_args)


if __name__ == "__main__":
    raise SystemExit(main())
