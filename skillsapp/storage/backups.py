"""Automatic backups through SQLite's backup API, and restoring them.

A daily copy is taken once per day (the last seven are kept) and a copy before every schema
upgrade. A damaged database is never deleted: it is renamed aside before a backup replaces it.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

DAILY_PREFIX = "daily-"
UPGRADE_PREFIX = "before-upgrade-"
KEEP_DAILY = 7


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (atomically, via a temp file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    dest = sqlite3.connect(part)
    try:
        source.backup(dest)
    finally:
        dest.close()
    os.replace(part, target)
    return target


def take_migration_backup(conn: sqlite3.Connection, folder: Path, version: int) -> Path:
    """The copy taken before upgrading a database from schema ``version``."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    return copy_database(conn, folder / f"{UPGRADE_PREFIX}v{version}-{stamp}.db")


def take_daily_backup(
    db_path: Path, folder: Path, today: date | None = None, keep: int = KEEP_DAILY
) -> Path | None:
    """Take today's backup unless it exists; keep the newest ``keep`` daily copies.

    Opens its own connection, so it can run on the background worker while the UI reads.
    Returns the new file, or None when today's copy was already there.
    """
    today = today or date.today()
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.db"
    made: Path | None = None
    if not target.exists():
        source = sqlite3.connect(db_path)
        try:
            made = copy_database(source, target)
        finally:
            source.close()
    dailies = sorted(folder.glob(f"{DAILY_PREFIX}*.db"), reverse=True)
    for old in dailies[keep:]:
        old.unlink()
    return made


def list_backups(folder: Path) -> list[Path]:
    """Every backup in ``folder``, newest first (by the time the file was written)."""
    if not folder.exists():
        return []
    found = [*folder.glob(f"{DAILY_PREFIX}*.db"), *folder.glob(f"{UPGRADE_PREFIX}*.db")]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def is_healthy(path: Path) -> bool:
    """True when ``path`` is an SQLite file that passes the quick check."""
    try:
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def newest_healthy_backup(folder: Path) -> Path | None:
    """The newest backup that SQLite can read without errors."""
    return next((p for p in list_backups(folder) if is_healthy(p)), None)


def set_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its WAL files) aside; return the new name."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside


def restore(backup: Path, db_path: Path) -> Path:
    """Put ``backup`` in place of the damaged ``db_path``; return where the bad file went."""
    aside = set_aside(db_path)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_database(source, db_path)
    finally:
        source.close()
    return aside
