"""Recovering from a damaged database: keep the bad file aside, bring back a backup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from skillsapp.storage import backups


@dataclass(frozen=True)
class Recovery:
    """What was done: where the damaged file went, which backup replaced it (if any)."""

    kept_aside: Path
    restored_from: Path | None


def restore_newest_backup(db_path: Path, backup_folder: Path) -> Recovery:
    """Put the damaged file aside and restore the newest healthy backup.

    Without a healthy backup the damaged file is still put aside, so the app can start
    with empty records; the file itself is never deleted.
    """
    newest = backups.newest_healthy_backup(backup_folder)
    if newest is None:
        return Recovery(backups.set_aside(db_path), None)
    return Recovery(backups.restore(newest, db_path), newest)
