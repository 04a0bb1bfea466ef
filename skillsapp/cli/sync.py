"""``skillsapp sync`` and ``skillsapp bundle export|import``: exit codes and plain sentences.

Exit 0 when the work succeeded, 1 when it failed, 2 when it could not start (no LRS set, no
centre, an unusable database). A PC without a centre joins one with its centre key: typed at
the terminal, or from ``SKILLSAPP_CENTRE_KEY`` (a scheduled task, a script).
"""

from __future__ import annotations

import os
import sys
from getpass import getpass
from pathlib import Path

from skillsapp.cli.terminal import Line, fail, number, open_here, say, warn, words
from skillsapp.core.errors import Refused
from skillsapp.storage.database import DatabaseProblem
from skillsapp.sync.centre_key import ENV_CENTRE_KEY, ensure_centre_key
from skillsapp.sync.progress import Progress, Stage
from skillsapp.sync.settings import ENV_URL, load_lrs_settings

OK, FAILED, UNUSABLE = 0, 1, 2


def _stage_words(stage: Stage) -> str:
    """The progress line's words for a stage of the work (with %1 done and %2 in all)."""
    return {
        Stage.READING: words("Reading the bundle: %1 of %2 results"),
        Stage.SAVING: words("Saving the results and updating progress: step %1 of %2"),
        Stage.WRITING: words("Writing the bundle: %1 of %2 results"),
        Stage.SENDING: words("Sending to the LRS: %1 of %2 results"),
        Stage.RECEIVING: words("Receiving from the LRS: %1 results so far"),
    }[stage]


class ProgressLine(Line):
    """The terminal's line for sync work: the stage in words, with its counts."""

    def __call__(self, progress: Progress) -> None:
        from skillsapp.ui.text import fill

        done, total = number(progress.done), number(progress.total)
        self.show(fill(_stage_words(progress.stage), done, total))

    def __enter__(self) -> ProgressLine:
        return self


def centre_key_for_joining() -> str | None:
    """The centre key to join with: ``SKILLSAPP_CENTRE_KEY``, or typed at a terminal (not
    shown while typed); None when neither is there."""
    key = os.environ.get(ENV_CENTRE_KEY, "").strip()
    if key or not sys.stdin or not sys.stdin.isatty():
        return key or None
    try:
        typed = getpass(words("Centre key (from the centre's recovery sheet): "))
    except (EOFError, KeyboardInterrupt):
        return None
    return typed.strip() or None


def sync_once(data_folder: Path) -> int:
    """Push and pull once; on an empty PC, join the centre of the LRS account.

    Exit 0 only when both directions succeeded.
    """
    from skillsapp.sync.join import join_and_keep
    from skillsapp.sync.service import sync_now

    try:
        centre = open_here(data_folder)
    except DatabaseProblem as problem:
        return fail(problem, UNUSABLE)
    try:
        settings = load_lrs_settings(centre.db)
        if not settings.complete:
            return fail(
                words(
                    "No LRS is set for this centre: set it in the trainer settings, or set "
                    "SKILLSAPP_LRS_URL, SKILLSAPP_LRS_KEY and SKILLSAPP_LRS_SECRET."
                ),
                UNUSABLE,
            )
        if not settings.enabled and not os.environ.get(ENV_URL):
            return fail(words("Sync is switched off in the trainer settings."), UNUSABLE)
        if not centre.is_set_up:
            key = centre_key_for_joining()
            if not key:
                return fail(
                    words(
                        "This PC has no centre yet. To join one, type the centre key from "
                        "the recovery sheet when asked, or set SKILLSAPP_CENTRE_KEY."
                    ),
                    UNUSABLE,
                )
            with ProgressLine() as line:
                result = join_and_keep(centre, settings, key, line)
            say(_fill(words("This PC now belongs to %1."), centre.profile.name))
        else:
            if ensure_centre_key(centre) is None:
                warn(words("No centre key is set on this PC: learner profiles are not sent."))
            with ProgressLine() as line:
                result = sync_now(centre, line)
        say(_describe(result))
        return OK if result.ok else FAILED
    except Refused as refusal:
        return fail(refusal, FAILED)
    finally:
        centre.db.close()


def bundle_export(data_folder: Path, file: Path, since: str | None = None) -> int:
    """Write the centre's results (since ``since``, or all) and roster to ``file``."""
    from skillsapp.sync.bundle import export_bundle

    try:
        centre = open_here(data_folder)
    except DatabaseProblem as problem:
        return fail(problem, UNUSABLE)
    try:
        if not centre.is_set_up:
            return fail(words("This PC has no centre yet; there is nothing to export."), UNUSABLE)
        with ProgressLine() as line:
            summary = export_bundle(centre, file, since, progress=line)
        say(
            _fill(
                words("Wrote %1 results of %2 to %3."),
                number(summary.statements),
                summary.centre,
                file.resolve(),
            )
        )
        return OK
    except Refused as refusal:
        return fail(refusal, FAILED)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return fail(_fill(words("The bundle could not be written to %1: %2."), file, reason), 1)
    finally:
        centre.db.close()


def bundle_import(data_folder: Path, file: Path) -> int:
    """Merge a bundle; on an empty PC, join its centre with the centre key."""
    from skillsapp.sync.bundle import import_bundle

    try:
        centre = open_here(data_folder)
    except DatabaseProblem as problem:
        return fail(problem, UNUSABLE)
    try:
        key = None if centre.is_set_up else centre_key_for_joining()
        with ProgressLine() as line:
            summary = import_bundle(centre, file, key, progress=line)
        say(
            _fill(
                words("Imported the bundle of %1: %2 new of %3 results."),
                summary.centre,
                number(summary.added),
                number(summary.statements),
            )
        )
        return OK
    except Refused as refusal:
        return fail(refusal, FAILED)
    finally:
        centre.db.close()


def _describe(result: object) -> str:
    """What one sync did, in the language spoken."""
    from skillsapp.sync.engine import SyncResult
    from skillsapp.ui.messages import explain

    assert isinstance(result, SyncResult)
    lines = [_fill(words("Sent %1, received %2."), number(result.pushed), number(result.pulled))]
    if result.quarantined:
        lines.append(
            _fill(
                words("%1 results were refused by the LRS; a trainer can see why in the app."),
                number(result.quarantined),
            )
        )
    lines += [explain(problem) for problem in result.problems]
    return "\n".join(lines)


def _fill(template: str, *values: object) -> str:
    from skillsapp.ui.text import fill

    return fill(template, *values)
