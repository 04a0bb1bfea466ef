"""The database: pragmas, migrations with a backup first, refusal of newer or damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from skillsapp.storage import migrations
from skillsapp.storage.database import Database, DatabaseDamaged, DatabaseTooNew


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled_database(path: Path) -> None:
    db = Database.open(path)
    with db.transaction() as conn:
        for n in range(300):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{n}", "x" * 500))
    db.close()


def test_a_new_database_uses_wal_full_sync_and_foreign_keys(tmp_path):
    db = Database.open(tmp_path / "a.db")
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.schema_version == migrations.SCHEMA_VERSION


def test_a_failed_action_leaves_nothing_behind(tmp_path):
    db = Database.open(tmp_path / "a.db")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('half', 'done')")
        raise RuntimeError("power cut in the middle")
    assert db.scalar("SELECT count(*) FROM meta WHERE key = 'half'") == 0


def test_statements_cannot_be_changed_once_stored(tmp_path, centre, make_learner):
    make_learner("Maria")
    with pytest.raises(sqlite3.IntegrityError):
        centre.db.execute("UPDATE statements SET verb = 'x'")


def test_upgrading_takes_a_backup_before_the_first_step(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    _filled_database(path)
    added = []
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, lambda db: added.append(1)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    import skillsapp.storage.database as database_module

    monkeypatch.setattr(database_module, "SCHEMA_VERSION", migrations.SCHEMA_VERSION)
    db = Database.open(path, tmp_path / "backups")
    assert added == [1]
    assert db.schema_version == migrations.SCHEMA_VERSION
    [backup] = list((tmp_path / "backups").glob("before-upgrade-v1-*.db"))
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM meta").fetchone()[0] == 300


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "a.db"
    _filled_database(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew, match="newer version of SkillsApp"):
        Database.open(path)
    assert _digest(path) == before


def test_a_file_that_is_not_sqlite_is_reported_as_damaged(tmp_path):
    path = tmp_path / "a.db"
    path.write_text("these are not the records you are looking for")
    with pytest.raises(DatabaseDamaged, match="not a SkillsApp database"):
        Database.open(path)
    assert path.read_text().startswith("these are not")


def test_a_truncated_database_is_reported_as_damaged(tmp_path):
    path = tmp_path / "a.db"
    _filled_database(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseDamaged):
        Database.open(path)


def test_a_database_failing_the_quick_check_is_reported_as_damaged(tmp_path):
    path = tmp_path / "a.db"
    _filled_database(path)
    data = bytearray(path.read_bytes())
    page = 4096
    # Scribble over the middle pages (the table's b-tree), keeping the header valid.
    for offset in range(2 * page, len(data) - page, page):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged, match="damaged"):
        Database.open(path)
