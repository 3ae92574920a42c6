"""What the window says about the order database itself: rebuilt from a damaged file, read-only, no log.

Each message names the file or folder and says what the merchant can do; every text is plain
(the folder names come from the file system, not from us).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tpop_desktop.store import OpenResult
from tpop_desktop.ui.texts import tr

NOTICE_READ_ONLY = "read-only"
NOTICE_LOG = "log"


def rebuilt_text(opened: OpenResult) -> tuple[str, str]:
    """(main text, details) for a database that was damaged, set aside and rebuilt."""
    moved = str(opened.moved_to) if opened.moved_to is not None else tr("(unknown)")
    main = tr("The order database was damaged. It was set aside as {file} (kept, not deleted) and a new one "
              "is being built from TPOP.").format(file=moved)
    salvage = opened.salvaged
    if salvage is None:
        return main, tr("Nothing could be read from the damaged file. Your orders come back from TPOP; notes "
                        "and cases could not be recovered.")
    details = [tr("Recovered from the damaged file:"),
               tr("%n note(s)", None, salvage.notes),
               tr("%n case(s)", None, salvage.cases),
               tr("%n case event(s)", None, salvage.case_events),
               tr("%n order(s)", None, salvage.orders),
               tr("%n archived order(s)", None, salvage.archived),
               tr("%n history entry(ies)", None, salvage.history),
               tr("%n shop fix record(s)", None, salvage.shop_fixes)]
    if salvage.unreadable:
        details.append(tr("%n damaged row(s) could not be read and stay in the set-aside file.", None,
                          salvage.unreadable))
    details.append(tr("The rest of your orders comes back from TPOP with the next sync."))
    return main, "\n".join(details)


def show_rebuilt(parent: QWidget, opened: OpenResult) -> QMessageBox:
    main, details = rebuilt_text(opened)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("The order database was damaged"), main,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(details)
    box.open()
    return box


def read_only_text(folder: Path) -> str:
    return tr("{folder} cannot be written: your stored orders are shown as last saved, and nothing can be "
              "saved or synced. Check the folder's permissions (or free the disk), then restart TPOP Desktop.").format(
        folder=str(folder))


def log_fallback_text(unwritable: Path, reason: str, path: Path | None) -> str:
    where = str(path) if path is not None else tr("the terminal")
    return tr("TPOP Desktop cannot write its log to {folder} ({reason}); it writes it to {where} instead. Check that "
              "folder's permissions.").format(folder=str(unwritable), reason=reason or tr("no permission"),
                                             where=where)
