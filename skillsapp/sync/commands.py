"""The command-line side of sync: ``skillsapp sync`` and ``skillsapp bundle export|import``.

Each returns the process exit code and prints plain sentences (DESIGN.md §5).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.storage.database import Database, DatabaseProblem
from skillsapp.storage.location import BACKUP_FOLDER, DATABASE_NAME, ensure_data_folder
from skillsapp.sync.centre_key import ENV_CENTRE_KEY, ensure_centre_key
from skillsapp.sync.progress import Progress, Stage
from skillsapp.sync.settings import ENV_URL, load_lrs_settings, save_lrs_settings

OK, FAILED, UNUSABLE = 0, 1, 2

STAGE_WORDS = {
    Stage.READING: "Reading the bundle: {done} of {total} statements",
    Stage.SAVING: "Saving the statements and updating progress: step {done} of {total}",
    Stage.WRITING: "Writing the bundle: {done} of {total} statements",
    Stage.SENDING: "Sending to the LRS: {done} of {total} statements",
    Stage.RECEIVING: "Receiving from the LRS: {done} statements so far",
}


class ProgressLine:
    """One line on the terminal that follows long work, rewritten in place; erased when the
    work ends (use as a context manager). Silent when the output is not a terminal (a
    scheduled task's log)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        # A window program started without a console has no stderr at all.
        self.live = self.stream is not None and self.stream.isatty()
        self.width = 0

    def __call__(self, progress: Progress) -> None:
        if not self.live:
            return
        text = STAGE_WORDS[progress.stage].format(
            done=f"{progress.done:,}", total=f"{progress.total:,}"
        )
        # Spaces cover what a longer line before left behind (no terminal codes needed).
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(text))

    def end(self) -> None:
        """Erase the line, so that the summary that follows starts clean."""
        if self.live and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.end()


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
                with ProgressLine() as line:
                    result = join_centre(centre, client, key, progress=line)
                # A joined PC keeps the LRS settings it joined with, to sync again later.
                save_lrs_settings(centre.db, settings)
                print(f"This PC now belongs to {centre.profile.name}.")
            else:
                if ensure_centre_key(centre) is None:
                    print(
                        "No centre key is set on this PC: learner profiles are not sent.",
                        file=sys.stderr,
                    )
                with ProgressLine() as line:
                    result = SyncEngine(centre, client, progress=line).sync_once()
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
        with ProgressLine() as line:
            summary = export_bundle(centre, file, since, progress=line)
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
        with ProgressLine() as line:
            summary = import_bundle(centre, file, key, progress=line)
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
