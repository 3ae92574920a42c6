"""Right-click on the table header: show or hide columns (at least one always stays)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu

from tpop_desktop.ui.texts import tr


class ColumnChooser(QObject):
    """``changed`` is emitted after a column is shown or hidden (the header has no signal for it)."""

    changed = Signal()

    def __init__(self, header: QHeaderView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self.menu: QMenu | None = None
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_context_menu)

    def visible_columns(self) -> list[int]:
        return [section for section in range(self.header.count()) if not self.header.isSectionHidden(section)]

    def set_column_visible(self, section: int, visible: bool) -> bool:
        """False (and nothing changes) when hiding would leave no column at all."""
        if not visible and self.visible_columns() == [section]:
            return False
        if self.header.isSectionHidden(section) == (not visible):
            return True
        self.header.setSectionHidden(section, not visible)
        if visible and self.header.sectionSize(section) < self.header.minimumSectionSize() * 2:
            self.header.resizeSection(section, self.header.defaultSectionSize())
        self.changed.emit()
        return True

    def show_all(self) -> None:
        for section in range(self.header.count()):
            self.set_column_visible(section, True)

    def build_menu(self) -> QMenu:
        menu = QMenu(self.header)
        menu.setTitle(tr("Columns"))
        model = self.header.model()
        visible = self.visible_columns()
        for section in range(self.header.count()):
            title = model.headerData(section, Qt.Orientation.Horizontal) if model is not None else None
            action = QAction(str(title or section + 1), menu)
            action.setCheckable(True)
            action.setChecked(section in visible)
            action.setEnabled(visible != [section])  # the last visible column cannot be hidden
            action.setData(section)
            action.toggled.connect(lambda checked, chosen=section: self.set_column_visible(chosen, checked))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(tr("Show all columns"), self.show_all)
        return menu

    def _on_context_menu(self, position: QPoint) -> None:
        self.menu = self.build_menu()
        self.menu.popup(self.header.mapToGlobal(position))
