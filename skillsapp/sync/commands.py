"""The command-line side of sync: ``skillsapp sync`` and ``skillsapp bundle export|import``.

Each returns the process exit code and prints plain sentences (DESIGN.md §5).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.storage.database import Database, DatabaseProblem
from skillsapp.storage.location import BACKUP_FOLDER, DATABASE_NAME, ensure_data_folder
from skillsapp.sync.centre_key import ENV_CENTRE_KEY, ensure_centre_key
from skillsapp.sync.settings import ENV_URL, load_lrs_settings, save_lrs_settings

OK, FAILED, UNUSABLE = 0, 1, 2


def open_centre(data_folder: Path) -> Centre:
    """The centre in ``data_folder`` (the database is created if there is none)."""
    ensure_data_folder(data_folder)
    db = Database.open(data_folder / DATABASE_NAME, data_folder / BACKUP_FOLDER)
    return Centre(db)


def sync_once(data_folder: Path) -> int:
    """Push and pull once; on an empty PC with ``SKILLSAPP_CENTRE_KEY`` set, join the centre.

    Exit 0 only when both directions succeeded.
    """
    from skillsapp.sync.engine import SyncEngine
    from skillsapp.sync.join import join_centre
    from skillsapp.sync.lrs_client import LrsClient

    try:
        centre = open_centre(data_folder)
    except DatabaseProblem as problem:
        return _fail(str(problem), UNUSABLE)
    try:
        settings = load_lrs_settings(centre.db)
        if not settings.complete:
            return _fail(
                "No LRS is set for this centre: set it in the trainer settings, or set "
                "SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET.",
                UNUSABLE,
            )
        if not settings.enabled and not os.environ.get(ENV_URL):
            return _fail("Sync is switched off in the trainer settings.", UNUSABLE)
        with LrsClient(settings.url, settings.key, settings.secret) as client:
            if not centre.is_set_up:
                key = os.environ.get(ENV_CENTRE_KEY, "").strip()
                if not key:
                    return _fail(
                        "This PC has no centre yet. To join one, set SKILLSAPP_CENTRE_KEY "
                        "to the centre key from the recovery sheet.",
                        UNUSABLE,
                    )
                result = join_centre(centre, client, key)
                # A joined PC keeps the LRS settings it joined with, to sync again later.
                save_lrs_settings(centre.db, settings)
                print(f"This PC now belongs to {centre.profile.name}.")
            else:
                if ensure_centre_key(centre) is None:
                    print(
                        "No centre key is set on this PC: learner profiles are not sent.",
                        file=sys.stderr,
                    )
                result = SyncEngine(centre, client).sync_once()
        print(result.describe())
        return OK if result.ok else FAILED
    except Refused as refusal:
        return _fail(str(refusal), FAILED)
    finally:
        centre.db.close()


def bundle_export(data_folder: Path, file: Path, since: str | None = None) -> int:
    """Write the centre's statements (since ``since``, or all) and roster to ``file``."""
    from skillsapp.sync.bundle import export_bundle

    try:
        centre = open_centre(data_folder)
    except DatabaseProblem as problem:
        return _fail(str(problem), UNUSABLE)
    try:
        if not centre.is_set_up:
            return _fail("This PC has no centre yet; there is nothing to export.", UNUSABLE)
        summary = export_bundle(centre, file, since)
        print(f"Wrote {summary.statements} statements of {summary.centre} to {file}.")
        return OK
    except Refused as refusal:
        return _fail(str(refusal), FAILED)
    except OSError as exc:
        return _fail(f"The bundle could not be written to {file}: {exc.strerror or exc}.", FAILED)
    finally:
        centre.db.close()


def bundle_import(data_folder: Path, file: Path) -> int:
    """Merge a bundle; on an empty PC, ``SKILLSAPP_CENTRE_KEY`` sets up its centre."""
    from skillsapp.sync.bundle import import_bundle

    try:
        centre = open_centre(data_folder)
    except DatabaseProblem as problem:
        return _fail(str(problem), UNUSABLE)
    try:
        key = os.environ.get(ENV_CENTRE_KEY, "").strip() or None
        summary = import_bundle(centre, file, key)
        print(
            f"Imported the bundle of {summary.centre}: {summary.added} new of "
            f"{summary.statements} statements."
        )
        return OK
    except Refused as refusal:
        return _fail(str(refusal), FAILED)
    finally:
        centre.db.close()


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code
