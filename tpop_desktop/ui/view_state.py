"""Remember how the merchant left the window, per profile: geometry, splitter, columns, sort, filters.

Everything is written to the settings the moment it changes (QSettings keeps it in
memory and flushes it from the event loop), so a crash, a sign-out or a quit from the
tray never loses the layout. Changes are ignored while the table shows another
session's model, so tearing one session down never overwrites what it saved.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

from tpop_desktop.settings import Settings
from tpop_desktop.ui.column_chooser import ColumnChooser
from tpop_desktop.ui.filter_bar import FilterBar
from tpop_desktop.ui.filter_state import FilterState

GEOMETRY_KEY = "main_geometry"  # Settings.window_state keys (stored under "window/")
# "_v2": the laptop layout (its columns, the Carrier column, the pane's width) replaces a layout an
# older version saved, once; after that the merchant's own changes are kept as before.
SPLITTER_KEY = "orders_splitter_v2"
HEADER_KEY = "orders_header_v2"
FILTERS_KEY = "view/filters"  # FilterState as JSON


class ViewState(QObject):
    def __init__(self, window: QMainWindow, table: QTableView, splitter: QSplitter, filter_bar: FilterBar,
                 columns: ColumnChooser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.table = table
        self.splitter = splitter
        self.filter_bar = filter_bar
        self._settings: Settings | None = None
        self._model: object | None = None
        self._restoring = False
        self._geometry_restored = False
        header = table.horizontalHeader()
        header.sectionResized.connect(self.save_header)
        header.sectionMoved.connect(self.save_header)
        header.sortIndicatorChanged.connect(self.save_header)
        columns.changed.connect(self.save_header)
        splitter.splitterMoved.connect(self.save_splitter)
        filter_bar.queryChanged.connect(self.save_filters)
        window.installEventFilter(self)

    def attach(self, settings: Settings, model: object) -> None:
        """Follow a new session: restore what its profile saved, then record every change to it."""
        self._settings = settings
        self._model = model
        self.restore()

    def _active(self) -> bool:
        return self._settings is not None and not self._restoring and self.table.model() is self._model

    # -- restoring -------------------------------------------------------------------------------

    def restore(self) -> None:
        settings = self._settings
        if settings is None:
            return
        self._restoring = True
        try:
            geometry = settings.window_state(GEOMETRY_KEY)
            if geometry is not None and not self._geometry_restored:
                self.window.restoreGeometry(geometry)  # once: switching accounts must not move the window
            self._geometry_restored = True
            splitter = settings.window_state(SPLITTER_KEY)
            if splitter is not None:
                self.splitter.restoreState(splitter)
            header_state = settings.window_state(HEADER_KEY)
            header = self.table.horizontalHeader()
            if header_state is not None and header.restoreState(header_state):
                if header.hiddenSectionCount() >= header.count():
                    header.setSectionHidden(0, False)
            self.filter_bar.set_state(FilterState.from_json(settings.value(FILTERS_KEY, "")))
        finally:
            self._restoring = False

    # -- saving ------------------------------------------------------------------------------------

    def save(self) -> None:
        """Everything at once (also saved change by change); then written to disk."""
        if not self._active():
            return
        self.save_geometry()
        self.save_splitter()
        self.save_header()
        self.save_filters()
        assert self._settings is not None
        self._settings.sync()

    def save_geometry(self) -> None:
        if self._active() and self.window.isVisible():
            self._put(GEOMETRY_KEY, self.window.saveGeometry())

    def save_splitter(self, *_args: object) -> None:
        if self._active():
            self._put(SPLITTER_KEY, self.splitter.saveState())

    def save_header(self, *_args: object) -> None:
        if self._active():
            self._put(HEADER_KEY, self.table.horizontalHeader().saveState())

    def save_filters(self, *_args: object) -> None:
        if self._active():
            assert self._settings is not None
            self._settings.set_value(FILTERS_KEY, self.filter_bar.state().to_json())

    def _put(self, key: str, value: QByteArray) -> None:
        assert self._settings is not None
        self._settings.set_window_state(key, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.save_geometry()
        return False
