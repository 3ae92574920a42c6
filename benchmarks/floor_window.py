"""The start floor: a bare PySide6 process showing a window with a table of 30 rows.

``python benchmarks/floor_window.py`` prints the wall-clock time of the table's first painted
rows, as app_probe.py does for the app, then quits. No Qt app starts faster on this machine:
run.py measures it in the same run and gives the app's cold start as a multiple of it.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    from measure import emit_result, peak_rss_mb  # noqa: PLC0415 - benchmarks/ is on sys.path

    app = QApplication(sys.argv[:1])
    table = QTableWidget(30, 7)
    for row in range(30):
        for column in range(7):
            table.setItem(row, column, QTableWidgetItem(f"TP-{row:05d}" if column == 0 else f"cell {column}"))
    window = QMainWindow()
    window.setCentralWidget(table)
    window.resize(1280, 720)
    state: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt name
            if not state and obj is table.viewport() and event.type() == QEvent.Type.Paint:
                state["seen"] = 1.0
                QTimer.singleShot(0, finish)  # after this paint has been drawn and flushed
            return False

    def finish() -> None:
        emit_result({"first_paint_wall": time.time(), "rows": 30, "peak_rss_mb": peak_rss_mb()})
        app.quit()

    watcher = FirstPaint()
    table.viewport().installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
