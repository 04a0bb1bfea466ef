"""Where the build finds Qt's translation compiler (``lrelease``) on every system.

PySide6 ships the compiler itself (``PySide6/lrelease.exe`` on Windows) and a
``pyside6-lrelease`` script: beside ``python`` in a Linux or macOS environment (``.venv/bin``),
but as ``pyside6-lrelease.exe`` in ``Scripts\\`` on Windows (beside ``python.exe`` only in a
virtual environment). The spec used to look only for the name without ``.exe`` beside Python,
so the Windows build failed. On Windows the compiler is run directly: the script's launcher
adds a Python process, and under Wine it exits with 1 without a word.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

TOOL = "pyside6-lrelease"


def candidates(python: Path, windows: bool, pyside: Path | None = None) -> list[Path]:
    """The places to look for this Python, most likely first (``pyside``: PySide6's folder)."""
    if not windows:
        return [python.parent / TOOL]
    found = [pyside / "lrelease.exe"] if pyside is not None else []
    # A system Python keeps its scripts in Scripts\ next to python.exe; a venv beside it.
    return [*found, python.parent / f"{TOOL}.exe", python.parent / "Scripts" / f"{TOOL}.exe"]


def lrelease(
    python: Path,
    windows: bool,
    pyside: Path | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> str | None:
    """The translation compiler for ``python`` (then on PATH), or None when there is none."""
    for path in candidates(python, windows, pyside):
        if path.is_file():
            return str(path)
    # shutil.which adds PATHEXT's endings (.exe) on Windows itself.
    return which(TOOL)
