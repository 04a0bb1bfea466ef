"""``skillsapp restore-backup``: put a damaged database aside and bring back a backup."""

from __future__ import annotations

from pathlib import Path

from skillsapp.cli.terminal import fail, say, words
from skillsapp.ui.text import fill


def restore_backup(folder: Path) -> int:
    """Restore the newest healthy backup in place of the database."""
    from skillsapp.storage.location import BACKUP_FOLDER, DATABASE_NAME
    from skillsapp.storage.recovery import restore_newest_backup

    db_path = folder / DATABASE_NAME
    if not db_path.exists():
        return fail(fill(words("There is no database in %1; nothing to restore."), folder))
    recovery = restore_newest_backup(db_path, folder / BACKUP_FOLDER)
    say(fill(words("The previous database was kept as %1."), recovery.kept_aside))
    if recovery.restored_from is None:
        say(words("No usable backup was found; SkillsApp will start with empty records."))
        return 1
    say(fill(words("Restored the backup %1."), recovery.restored_from.name))
    return 0
