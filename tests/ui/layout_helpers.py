"""Checking the window's layout the way a merchant sees it on a laptop screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tpop_desktop.ui.main_window import SCANNED_COLUMNS


def scanned_columns_fit(window) -> list[str]:
    """The columns a merchant scans, each wholly inside the table's viewport with its whole title."""
    header = window.table.horizontalHeader()
    viewport = window.table.viewport().width()
    metrics = header.fontMetrics()
    problems = []
    for column in SCANNED_COLUMNS:
        title = window.model.headerData(column, Qt.Orientation.Horizontal)
        left, width = header.sectionViewportPosition(column), header.sectionSize(column)
        if header.isSectionHidden(column) or left < 0 or left + width > viewport:
            problems.append(f"{title}: outside the viewport ({left}+{width} > {viewport})")
        elif metrics.horizontalAdvance(title) + 24 > width:  # the sort arrow and the margins
            problems.append(f"{title}: its title is cut ({width} px)")
    return problems
