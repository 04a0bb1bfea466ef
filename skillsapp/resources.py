"""Where the bundled content (courses, assets, translations) is, from source or packaged.

From source it is the repository's top level; in the PyInstaller bundle it is the bundle's
data folder. Bundled content is read-only: installed packs go to the data folder.
"""

from __future__ import annotations

import sys
from pathlib import Path


def content_root() -> Path:
    """The folder holding ``courses/`` and ``assets/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def bundled_courses() -> Path:
    """The read-only course packs shipped with the app."""
    return content_root() / "courses"


def assets() -> Path:
    """Icons, themes and images shared by the UI."""
    return content_root() / "assets"
