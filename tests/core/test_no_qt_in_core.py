"""core, storage and sync must stay free of Qt, so they run from the command line and CI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import skillsapp

PACKAGE = Path(skillsapp.__file__).parent
QT_FREE = ("core", "storage", "sync")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "PySide6"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "PySide6":
            found.append(node.module or "")
    return found


def test_no_module_of_core_storage_or_sync_imports_pyside6():
    offenders = {
        str(path.relative_to(PACKAGE)): hits
        for layer in QT_FREE
        for path in (PACKAGE / layer).rglob("*.py")
        if (hits := _qt_imports(path))
    }
    assert offenders == {}


def test_importing_every_qt_free_module_loads_no_qt():
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for layer in QT_FREE
        for path in (PACKAGE / layer).rglob("*.py")
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
