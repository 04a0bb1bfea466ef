"""The database: pragmas, migrations with a backup first, refusal of newer or damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
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


def _database_at_version(path: Path, version: int) -> None:
    """A database as an older SkillsApp left it: the first ``version`` steps, some data."""
    import sqlite_utils

    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for number, step in enumerate(migrations.STEPS[:version], start=1):
        step(db)
        conn.execute(f"PRAGMA user_version = {number}")
    for n in range(300):
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{n}", "x" * 500))
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION))
def test_every_older_database_is_upgraded_after_a_backup(tmp_path, version):
    path = tmp_path / "a.db"
    _database_at_version(path, version)
    db = Database.open(path, tmp_path / "backups")
    assert db.schema_version == migrations.SCHEMA_VERSION
    assert db.scalar("SELECT count(*) FROM meta") == 300
    [backup] = list((tmp_path / "backups").glob(f"before-upgrade-v{version}-*.db"))
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == version
    assert copy.execute("SELECT count(*) FROM meta").fetchone()[0] == 300


def test_a_failing_upgrade_step_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    _filled_database(path)
    current = migrations.SCHEMA_VERSION

    def broken_step(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut during the upgrade")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    import skillsapp.storage.database as database_module

    monkeypatch.setattr(database_module, "SCHEMA_VERSION", current + 1)
    with pytest.raises(RuntimeError):
        Database.open(path, tmp_path / "backups")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0]
        == 0
    )
    assert list((tmp_path / "backups").glob(f"before-upgrade-v{current}-*.db"))


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
    # An ordinary start does not read the whole file: the check runs after the first paint.
    db = Database.open(path)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        db.check_health()
    db.close()
    # After an unclean exit the start checks first.
    with pytest.raises(DatabaseDamaged, match="damaged"):
        Database.open(path, check=True)


def test_a_full_disk_during_an_upgrade_is_not_called_damage(tmp_path):
    import resource

    from skillsapp.storage.database import DiskFull

    path = tmp_path / "a.db"
    _database_at_version(path, 1)
    # Files cannot grow past 8 KiB, as on a full disk: the backup copy has no room.
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    import signal

    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, hard))
    try:
        with pytest.raises(DiskFull, match="no room left"):
            Database.open(path, tmp_path / "backups")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)
    conn = sqlite3.connect(path)  # still the old version, whole and with all its records
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM meta").fetchone()[0] == 300


def test_upgrading_to_v6_keeps_the_time_of_each_courses_last_lesson(tmp_path):
    import json

    path = tmp_path / "a.db"
    _database_at_version(path, 5)
    conn = sqlite3.connect(path)
    extensions = "https://w3id.org/skillsapp/xapi/extensions/"
    for n, (lesson, when) in enumerate(
        [
            ("one", "2026-03-01T10:00:00.000Z"),
            ("two", "2026-03-01T10:05:00.000Z"),
            ("two", "2026-03-01T10:07:00.000Z"),
        ]
    ):
        body = {
            "context": {"extensions": {extensions + "course": "c", extensions + "lesson": lesson}}
        }
        conn.execute(
            "INSERT INTO statements VALUES (?, 'learner', 'verb', 'object', ?, ?, ?)",
            (f"s{n}", when, when, json.dumps(body)),
        )
    conn.execute(
        "INSERT INTO course_progress VALUES ('learner', 'c', '2026-03-01T10:00:00.000Z', NULL, "
        "'two', '2026-03-01T10:30:00.000Z')"
    )
    conn.commit()
    import sqlite_utils

    migrations.STEPS[5](sqlite_utils.Database(conn))  # the step from version 5 to 6 alone
    row = conn.execute("SELECT last_lesson_at FROM course_progress").fetchone()
    assert row[0] == "2026-03-01T10:07:00.000Z"
    conn.close()


def test_after_the_upgrade_to_v7_the_projections_are_rebuilt_from_the_log(tmp_path):
    # Version 7 hands the derived tables to the projections: the next open rebuilds them.
    from skillsapp.core.demo import ensure_demo_centre
    from skillsapp.core.opening import open_centre

    centre = open_centre(tmp_path)
    ensure_demo_centre(centre)
    made = sorted(tuple(r) for r in centre.db.query("SELECT * FROM course_progress"))
    assert made
    centre.db.close()
    conn = sqlite3.connect(tmp_path / "skillsapp.db")
    conn.execute("DROP TABLE course_progress")  # as version 7 leaves a version-6 file
    conn.execute("DROP TABLE projections")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    steps: list[tuple[int, int]] = []
    again = open_centre(tmp_path, steps=lambda done, total: steps.append((done, total)))
    assert sorted(tuple(r) for r in again.db.query("SELECT * FROM course_progress")) == made
    assert steps and steps[-1][0] == steps[-1][1] == again.log.count()
    assert again.log.outdated() == []
    again.db.close()


def test_a_bulk_transaction_writes_through_a_journal_and_leaves_the_file_as_it_was(tmp_path):
    db = Database.open(tmp_path / "a.db")
    with db.bulk_transaction() as conn:
        assert conn.execute("PRAGMA main.journal_mode").fetchone()[0] == "delete"
        conn.execute(f"CREATE TABLE {db.scratch}.work (n)")
        # Working tables of whole statements: four times the default page, in memory.
        assert conn.execute(f"PRAGMA {db.scratch}.page_size").fetchone()[0] == 16384
        assert conn.execute("PRAGMA main.page_size").fetchone()[0] == 4096
        conn.execute("INSERT INTO meta (key, value) VALUES ('bulk', 'yes')")
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert [row[1] for row in db.query("PRAGMA database_list")] == ["main"]
    assert db.scalar("SELECT value FROM meta WHERE key = 'bulk'") == "yes"
    # Another connection holding the file (a backup being read): the log stays in use.
    other = sqlite3.connect(tmp_path / "a.db")
    other.execute("SELECT count(*) FROM meta").fetchone()
    with pytest.raises(RuntimeError), db.bulk_transaction() as conn:
        assert conn.execute("PRAGMA main.journal_mode").fetchone()[0] == "wal"
        conn.execute("INSERT INTO meta (key, value) VALUES ('lost', 'yes')")
        raise RuntimeError("interrupted")
    other.close()
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("SELECT count(*) FROM meta WHERE key = 'lost'") == 0


def test_a_bulk_transaction_may_leave_references_unchecked_and_checks_them_again(tmp_path):
    db = Database.open(tmp_path / "a.db")
    orphan = "INSERT INTO outbox (statement_id, queued_at) VALUES ('nowhere', 'now')"
    with pytest.raises(sqlite3.IntegrityError), db.bulk_transaction() as conn:
        conn.execute(orphan)
    with pytest.raises(RuntimeError), db.bulk_transaction(check_references=False) as conn:
        conn.execute(orphan)  # taken on trust inside the batch...
        raise RuntimeError("interrupted")
    # ... and checked again once it ends, even after a failure.
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute(orphan)
    assert db.scalar("SELECT count(*) FROM outbox") == 0
    db.close()


def test_a_bulk_transaction_keeps_the_log_only_while_another_thread_may_read(tmp_path):
    db = Database.open(tmp_path / "a.db")
    # This thread has read (its own connection): idle while it writes, so it is closed and
    # the batch is written once, through the journal; reading afterwards opens it again.
    assert db.scalar("SELECT count(*) FROM meta") is not None
    with db.bulk_transaction() as conn:
        assert conn.execute("PRAGMA main.journal_mode").fetchone()[0] == "delete"
        conn.execute("INSERT INTO meta (key, value) VALUES ('first', 'yes')")
    assert db.scalar("SELECT value FROM meta WHERE key = 'first'") == "yes"
    # A window's thread has read: it may read again at any moment, so the log stays.
    window = threading.Thread(target=lambda: db.scalar("SELECT count(*) FROM meta"))
    window.start()
    window.join()
    with db.bulk_transaction() as conn:
        assert conn.execute("PRAGMA main.journal_mode").fetchone()[0] == "wal"
        conn.execute("INSERT INTO meta (key, value) VALUES ('second', 'yes')")
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("SELECT count(*) FROM meta WHERE key IN ('first', 'second')") == 2
    db.close()


def test_what_waits_for_the_commit_runs_after_it_and_never_after_a_rollback(tmp_path):
    db = Database.open(tmp_path / "a.db")
    db.execute("CREATE TABLE notes (text TEXT)")
    seen: list[object] = []
    with db.transaction():
        db.execute("INSERT INTO notes VALUES ('kept')")
        with db.transaction():  # nested: waits for the outer commit
            db.after_commit(lambda: seen.append(db.scalar("SELECT count(*) FROM notes")))
        assert seen == []
    assert seen == [1]
    try:
        with db.transaction():
            db.execute("INSERT INTO notes VALUES ('undone')")
            db.after_commit(lambda: seen.append("after a rollback"))
            raise RuntimeError("the action failed")
    except RuntimeError:
        pass
    db.after_commit(lambda: seen.append("at once"))  # outside a transaction
    assert seen == [1, "at once"]
    db.close()


def test_only_a_start_after_an_unclean_exit_reads_the_whole_file_first(tmp_path):
    from skillsapp.storage.clean_exit import begin_run, end_run

    assert begin_run(tmp_path) is False  # the first start: checked after the first paint
    end_run(tmp_path)
    assert begin_run(tmp_path) is False  # the last run ended cleanly
    # No end_run: a power cut or a crash; the next start checks before anything else.
    assert begin_run(tmp_path) is True
    end_run(tmp_path)
    assert begin_run(tmp_path) is False


def test_after_a_bulk_transaction_what_waited_runs_with_the_database_let_go(tmp_path):
    import threading

    db = Database.open(tmp_path / "a.db")
    db.execute("CREATE TABLE notes (text TEXT)")

    def free_for_others() -> bool:
        got: list[bool] = []

        def other_thread() -> None:
            got.append(db.lock.acquire(blocking=False))
            if got[0]:
                db.lock.release()

        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
        return got[0]

    seen: list[tuple[bool, str]] = []
    with db.bulk_transaction() as conn:
        conn.execute("INSERT INTO notes VALUES ('many')")
        db.after_commit(lambda: seen.append((free_for_others(), db.scratch)))
        assert seen == []
    assert seen == [(True, "temp")]  # the lock let go of, the working tables gone
    db.close()
