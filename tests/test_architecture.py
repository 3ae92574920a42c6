"""What import-linter cannot say about the layers: sessions know no widget, nobody searches the window.

import-linter (``lint-imports``, in CI) checks the layers and the forbidden imports between our
packages; it treats PySide6 as one package, so the rule "QtCore only below the UI" is read here
from the sources themselves.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tpop_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["session", "sync"])
def test_sessions_and_the_sync_use_qtcore_only(layer):
    offenders = {str(path.relative_to(PACKAGE)): sorted(name for name in imported_modules(path)
                                                        if name.startswith("PySide6.") and name != "PySide6.QtCore")
                 for path in (PACKAGE / layer).rglob("*.py")}
    assert {path: names for path, names in offenders.items() if names} == {}


def test_only_the_main_window_looks_up_its_own_children():
    searching = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        if path.name == "main_window.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("findChild", "findChildren"):
                searching.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert searching == []


def test_nobody_sets_an_attribute_on_the_detail_pane_from_outside():
    """Features plug into the pane through its typed setters, never by assigning its attributes."""
    hooks = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "pane.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Attribute)
                            and target.value.attr == "detail"):
                        hooks.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert hooks == []
