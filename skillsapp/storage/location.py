"""Where SkillsApp keeps its data on this PC."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SkillsApp"
PORTABLE_MARKER = "portable"
DATABASE_NAME = "skillsapp.db"
SETTINGS_NAME = "settings.json"
BACKUP_FOLDER = "backups"


def executable_folder() -> Path | None:
    """The folder of the packaged executable, or None when running from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def data_folder() -> Path:
    """The folder holding the database, backups, settings and installed courses.

    ``SKILLSAPP_HOME`` wins; then portable mode (a ``portable`` file next to the packaged
    executable keeps data beside it, for USB-stick installs); then the platform's user-data
    folder.
    """
    override = os.environ.get("SKILLSAPP_HOME")
    if override:
        return Path(override).expanduser()
    exe = executable_folder()
    if exe is not None and (exe / PORTABLE_MARKER).exists():
        return exe / "data"
    # Imported here: platformdirs is only needed when no override is given.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure_data_folder(folder: Path) -> Path:
    """Create the data folder (and its backups folder) if needed, and return it."""
    (folder / BACKUP_FOLDER).mkdir(parents=True, exist_ok=True)
    return folder
