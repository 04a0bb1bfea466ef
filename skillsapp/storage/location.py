"""Where SkillsApp keeps its data on this PC, and whether it can write there."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from pathlib import Path

from skillsapp.core.errors import Message  # a leaf module: messages, no domain

APP_NAME = "SkillsApp"
PORTABLE_MARKER = "portable"
SHARED_DATA_MARKER = "shared-data"
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
    executable keeps data beside it, for USB-stick installs); then shared mode (a
    ``shared-data`` file next to the executable, written by the Windows installer, gives every
    account of the PC the same data); then the platform's user-data folder.
    """
    override = os.environ.get("SKILLSAPP_HOME")
    if override:
        return Path(override).expanduser()
    exe = executable_folder()
    if exe is not None and (exe / PORTABLE_MARKER).exists():
        return exe / "data"
    if exe is not None and (exe / SHARED_DATA_MARKER).is_file():
        return shared_data_folder(exe / SHARED_DATA_MARKER)
    # Imported here: platformdirs is only needed when no override is given.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def shared_data_folder(marker: Path) -> Path:
    """The folder a ``shared-data`` marker points to.

    The marker's first line is a folder, where ``%PROGRAMDATA%``-style (Windows) and ``$VAR``
    references are expanded; an empty marker means the machine-wide data folder
    (``%PROGRAMDATA%\\SkillsApp`` on Windows). No registry and no environment setting is needed,
    so uninstalling the program leaves nothing but the data.
    """
    lines = marker.read_text(encoding="utf-8-sig").strip().splitlines()
    if lines and lines[0].strip():
        # %NAME% is expanded on every system, so the Windows marker can be tested anywhere.
        windows_style = re.sub(
            r"%([^%]+)%", lambda m: os.environ.get(m.group(1), m.group(0)), lines[0].strip()
        )
        return Path(os.path.expandvars(windows_style)).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_NAME
    from platformdirs import site_data_dir

    return Path(site_data_dir(APP_NAME, appauthor=False))


def ensure_data_folder(folder: Path) -> Path:
    """Create the data folder (and its backups folder) if needed, and return it."""
    (folder / BACKUP_FOLDER).mkdir(parents=True, exist_ok=True)
    return folder


# Errors that mean "no room left" (EFBIG: a size limit on this process or file system).
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_PROBE_BYTES = 64 * 1024


def data_folder_problem(folder: Path) -> Message | None:
    """What to tell a trainer if SkillsApp cannot write its data folder (read-only, full),
    else None.

    Checked at start, before the database is touched, so a full or read-only disk gives a
    message instead of a half-written file. The probe is a small file written, flushed to
    disk and removed again; an existing database is only opened for writing, not changed.
    """
    probe = folder / f".write-check-{os.getpid()}"
    try:
        ensure_data_folder(folder)
        with probe.open("wb") as file:
            file.write(b"\0" * _PROBE_BYTES)
            file.flush()
            os.fsync(file.fileno())
        database = folder / DATABASE_NAME
        if database.exists():
            with database.open("r+b"):
                pass
    except OSError as exc:
        return cannot_write_message(folder, exc)
    finally:
        # Unlinking fails only where the probe could not be written in the first place.
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    return None


def cannot_write_message(folder: Path, exc: OSError) -> Message:
    """What to tell a trainer when writing to ``folder`` failed with ``exc`` (translated by
    the interface into the PC's language)."""
    if exc.errno in _FULL:
        return Message(
            "The disk where SkillsApp keeps its records ({folder}) is full. Please make some "
            "room on it (for example, empty the recycle bin), then start SkillsApp again. "
            "Nothing has been changed.",
            {"folder": str(folder)},
        )
    if exc.errno in _READ_ONLY:
        return Message(
            "SkillsApp cannot save in its data folder ({folder}) because it is read-only. "
            "Please ask whoever looks after this PC to allow writing there, or set "
            "SKILLSAPP_HOME to a folder that can be written. Nothing has been changed.",
            {"folder": str(folder)},
        )
    return Message(
        "SkillsApp cannot use its data folder ({folder}): {reason}. Please check that the "
        "folder exists and can be written, or set SKILLSAPP_HOME to another folder. "
        "Nothing has been changed.",
        {"folder": str(folder), "reason": exc.strerror or str(exc)},
    )
