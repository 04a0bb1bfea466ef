"""Where the build finds Qt's translation compiler (``pyside6-lrelease``) on every system.

PySide6 installs ``pyside6-lrelease`` as a script: beside ``python`` in a Linux or macOS
environment (``.venv/bin``), but as ``pyside6-lrelease.exe`` in ``Scripts\\`` on Windows, beside
``python.exe`` only in a virtual environment. The spec used to look only for the name without
``.exe`` beside Python, so the Windows build failed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

TOOL = "pyside6-lrelease"


def candidates(python: Path, windows: bool) -> list[Path]:
    """The places PySide6 puts the script for this Python, most likely first."""
    name = TOOL + (".exe" if windows else "")
    folders = [python.parent]
    if windows:
        # A system or embedded Python keeps its scripts in Scripts\ next to python.exe.
        folders.append(python.parent / "Scripts")
    return [folder / name for folder in folders]


def lrelease(
    python: Path,
    windows: bool,
    which: Callable[[str], str | None] = shutil.which,
) -> str | None:
    """The ``pyside6-lrelease`` for ``python`` (then on PATH), or None when PySide6 lacks it."""
    for path in candidates(python, windows):
        if path.is_file():
            return str(path)
    # shutil.which adds PATHEXT's endings (.exe) on Windows itself.
    return which(TOOL)
