"""Opening the centre kept in a data folder: one way for the app, the command line and sync.

The folder holds the database, its backups, the settings and the installed course packs.
"""

from __future__ import annotations

from pathlib import Path

from skillsapp.core.catalogue import Catalogue
from skillsapp.core.centre import Centre
from skillsapp.core.clock import Clock, utc_now
from skillsapp.resources import bundled_courses
from skillsapp.storage.database import Database
from skillsapp.storage.location import BACKUP_FOLDER, DATABASE_NAME, ensure_data_folder
from skillsapp.storage.statements import Steps

INSTALLED_COURSES = "courses"


def open_centre(
    folder: Path,
    clock: Clock = utc_now,
    prepare: bool = True,
    steps: Steps | None = None,
    check: bool = False,
) -> Centre:
    """The centre of ``folder``: its database opened (created or upgraded, a backup taken
    before an upgrade) and its courses, bundled and installed, ready to be read.

    With ``prepare``, projections outdated by an update are rebuilt from the log now
    (``steps`` hears how far); the window passes False and shows the rebuild's progress
    itself. ``check`` reads the whole file for damage first (after an unclean exit).
    Raises :class:`skillsapp.storage.database.DatabaseProblem` (damaged, too new, disk full)
    with a plain message; the folder is then left as it was.
    """
    folder = ensure_data_folder(folder)
    db = Database.open(folder / DATABASE_NAME, folder / BACKUP_FOLDER, check=check)
    centre = Centre(db, clock=clock, catalogue=catalogue_for(folder))
    if prepare:
        centre.log.prepare(steps)
    return centre


def catalogue_for(folder: Path) -> Catalogue:
    """The bundled courses and those a trainer installed into ``folder``."""
    installed = folder / INSTALLED_COURSES
    installed.mkdir(exist_ok=True)
    return Catalogue([bundled_courses(), installed])
