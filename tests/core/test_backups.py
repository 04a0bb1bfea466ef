"""Daily backups through SQLite's backup API, and restoring after damage."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from skillsapp.storage import backups
from skillsapp.storage.database import Database
from skillsapp.storage.recovery import restore_newest_backup


def test_one_daily_backup_per_day_and_only_the_last_seven_are_kept(tmp_path):
    path = tmp_path / "a.db"
    Database.open(path).close()
    folder = tmp_path / "backups"
    start = date(2026, 1, 1)
    for day in range(10):
        assert backups.take_daily_backup(path, folder, start + timedelta(days=day)) is not None
    assert backups.take_daily_backup(path, folder, start + timedelta(days=9)) is None
    kept = sorted(p.name for p in folder.glob("daily-*.db"))
    assert kept == [f"daily-{(start + timedelta(days=d)).isoformat()}.db" for d in range(3, 10)]


def test_a_daily_backup_is_a_readable_copy_of_the_records(centre, make_learner, data_dir):
    make_learner("Maria")
    made = backups.take_daily_backup(data_dir / "skillsapp.db", data_dir / "backups")
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT first_name FROM learners").fetchall() == [("Maria",)]
    assert backups.is_healthy(made)


def test_restoring_keeps_the_damaged_file_aside_and_brings_back_the_backup(tmp_path):
    path, folder = tmp_path / "a.db", tmp_path / "backups"
    db = Database.open(path)
    db.execute("INSERT INTO meta (key, value) VALUES ('saved', 'yes')")
    db.close()
    backups.take_daily_backup(path, folder)
    path.write_bytes(b"garbage after a power cut")
    recovery = restore_newest_backup(path, folder)
    assert recovery.kept_aside.read_bytes() == b"garbage after a power cut"
    assert Database.open(path).scalar("SELECT value FROM meta WHERE key='saved'") == "yes"


def test_without_a_backup_the_damaged_file_is_still_kept(tmp_path):
    path = tmp_path / "a.db"
    path.write_bytes(b"garbage")
    recovery = restore_newest_backup(path, tmp_path / "backups")
    assert recovery.restored_from is None
    assert recovery.kept_aside.read_bytes() == b"garbage"
    assert not path.exists()
