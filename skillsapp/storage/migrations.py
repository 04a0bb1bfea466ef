"""Numbered schema upgrades on ``PRAGMA user_version``.

Each step takes the database from version N-1 to N inside one transaction. Steps are never
edited once released: a change of schema is a new step at the end of ``STEPS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def _v1_initial(db: sqlite_utils.Database) -> None:
    """The centre, its people, the event log and the outbox."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("centre").create(
        {
            "id": str,
            "name": str,
            "iri": str,
            "language": str,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "iri", "language", "created_at"},
    )
    db.table("trainers").create(
        {
            "id": str,
            "name": str,
            "password_hash": str,
            "created_at": str,
            "updated_at": str,
            "archived_at": str,
        },
        pk="id",
        not_null={"name", "password_hash", "created_at", "updated_at"},
    )
    db.table("learners").create(
        {
            "id": str,
            "first_name": str,
            "pin_hash": str,
            "colour": str,
            "avatar": str,
            "language": str,
            "gender": str,
            "age_band": str,
            "consent": str,  # JSON: what the resident agreed to, and when
            "text_scale": int,
            "high_contrast": int,
            "failed_pins": int,
            "locked_until": str,
            "created_at": str,
            "updated_at": str,
            "archived_at": str,
        },
        pk="id",
        not_null={
            "first_name",
            "colour",
            "language",
            "gender",
            "age_band",
            "consent",
            "text_scale",
            "high_contrast",
            "failed_pins",
            "created_at",
            "updated_at",
        },
        defaults={"failed_pins": 0, "text_scale": 100, "high_contrast": 0},
    )
    db.table("statements").create(
        {
            "id": str,  # the statement's UUID
            "actor_id": str,  # the learner's or trainer's UUID (account name)
            "verb": str,
            "object_id": str,
            "timestamp": str,
            "stored": str,  # when this PC first stored it
            "body": str,  # the full statement, JSON
        },
        pk="id",
        not_null={"actor_id", "verb", "object_id", "timestamp", "stored", "body"},
    )
    db.table("statements").create_index(["actor_id", "timestamp"])
    db.table("statements").create_index(["verb", "timestamp"])
    # The event log is append-only: a statement never changes once stored.
    db.execute(
        "CREATE TRIGGER statements_are_immutable BEFORE UPDATE ON statements "
        "BEGIN SELECT RAISE(ABORT, 'statements are immutable'); END"
    )
    db.table("outbox").create(
        {"statement_id": str, "queued_at": str},
        pk="statement_id",
        foreign_keys=[("statement_id", "statements", "id")],
    )


def _v2_course_progress(db: sqlite_utils.Database) -> None:
    """Projections of the learning statements: where each learner is in each course."""
    db.table("lesson_progress").create(
        {
            "learner_id": str,
            "course_id": str,
            "lesson_id": str,
            "opened_at": str,
            "completed_at": str,
            "last_activity": str,
        },
        pk=("learner_id", "course_id", "lesson_id"),
    )
    db.table("course_progress").create(
        {
            "learner_id": str,
            "course_id": str,
            "started_at": str,
            "completed_at": str,
            "last_lesson_id": str,
            "last_activity": str,
        },
        pk=("learner_id", "course_id"),
    )
    db.table("course_progress").create_index(["learner_id", "last_activity"])
    db.table("quiz_results").create(
        {
            "learner_id": str,
            "course_id": str,
            "lesson_id": str,
            "attempts": int,
            "passed_at": str,
            "failed_attempts": int,
            "best_score": float,
            "last_activity": str,
        },
        pk=("learner_id", "course_id", "lesson_id"),
    )


def _v3_sync(db: sqlite_utils.Database) -> None:
    """Sync with the LRS: settings and progress, quarantined statements, published roster."""
    # Key/value: LRS settings, the centre key (and keys derived from it), last push/pull.
    db.table("sync_values").create({"key": str, "value": str}, pk="key")
    # Statements the LRS refused one by one: kept here with the reason, shown to the trainer.
    db.table("sync_quarantine").create(
        {"statement_id": str, "reason": str, "quarantined_at": str},
        pk="statement_id",
        foreign_keys=[("statement_id", "statements", "id")],
    )
    # The version (updated_at) of each profile already in the log as a roster statement.
    db.table("roster_published").create({"person_id": str, "updated_at": str}, pk="person_id")


def _v4_competences(db: sqlite_utils.Database) -> None:
    """Projections of the competence statements: each learner's levels and past self-checks."""
    # One row per learner and competence: the latest self-assessed and trainer-validated level.
    db.table("competence_levels").create(
        {
            "learner_id": str,
            "code": str,
            "self_level": int,
            "self_score": int,
            "self_version": str,
            "self_at": str,
            "self_statement": str,
            "trainer_level": int,
            "trainer_version": str,
            "trainer_on": str,  # the day the trainer watched the task
            "trainer_at": str,
            "trainer_statement": str,
            "trainer_id": str,
        },
        pk=("learner_id", "code"),
    )
    # One row per finished self-assessment, for "since last time" comparisons.
    db.table("self_assessments").create(
        {
            "statement_id": str,
            "learner_id": str,
            "finished_at": str,
            "kind": str,
            "area": str,
            "version": str,
            "levels": str,  # JSON {code: level}
            "scores": str,  # JSON {code: score}
        },
        pk="statement_id",
    )
    db.table("self_assessments").create_index(["learner_id", "finished_at"])


def _v5_trainer_tools(db: sqlite_utils.Database) -> None:
    """Projections for the trainer's tools: groups, assignments, attendance and sessions."""
    # One row per group: its latest state (name, members, courses), last update wins.
    db.table("groups").create(
        {
            "id": str,
            "name": str,
            "members": str,  # JSON list of learner ids
            "courses": str,  # JSON list of {"course": id, "due": "YYYY-MM-DD" | null}
            "archived": int,
            "updated_at": str,
            "statement_id": str,
        },
        pk="id",
    )
    # Courses assigned to single learners; last update wins.
    db.table("assignments").create(
        {
            "learner_id": str,
            "course_id": str,
            "due": str,
            "active": int,
            "trainer_id": str,
            "updated_at": str,
            "statement_id": str,
        },
        pk=("learner_id", "course_id"),
    )
    # The days each learner did something (attendance, participants in a period).
    db.table("learner_days").create({"learner_id": str, "day": str}, pk=("learner_id", "day"))
    db.table("learner_days").create_index(["day"])
    # Sign-in and sign-out moments, each sign-in paired with the sign-out that follows it.
    db.table("session_events").create(
        {
            "statement_id": str,
            "learner_id": str,
            "pc_id": str,
            "at": str,
            "kind": str,  # "in" or "out"
            "seconds": int,  # for "in": the session's length when its sign-out is known
        },
        pk="statement_id",
    )
    db.table("session_events").create_index(["learner_id", "pc_id", "at", "statement_id"])
    db.table("session_events").create_index(["kind", "at"])
    # Certificates: a short code per completed course, to check a printed certificate.
    db.table("certificates").create(
        {
            "code": str,
            "learner_id": str,
            "course_id": str,
            "completed_at": str,
            "statement_id": str,
        },
        pk="code",
    )
    db.table("certificates").create_index(["learner_id"])


def _v6_last_lesson_time(db: sqlite_utils.Database) -> None:
    """Course progress keeps the time of its last lesson, so that a statement merged later
    from another PC is compared with that lesson's time rather than with the course's latest
    activity (which may be a course completion without a lesson)."""
    db.execute("ALTER TABLE course_progress ADD COLUMN last_lesson_at TEXT")
    # The paths are those of the learning statements as this version's log holds them.
    extension = '$.context.extensions."https://w3id.org/skillsapp/xapi/extensions/{}"'
    db.execute(
        "UPDATE course_progress SET last_lesson_at = (SELECT max(s.timestamp) FROM statements s "
        "WHERE s.actor_id = course_progress.learner_id AND json_extract(s.body, ?) = course_id "
        "AND json_extract(s.body, ?) = last_lesson_id) WHERE last_lesson_id IS NOT NULL",
        (extension.format("course"), extension.format("lesson")),
    )


# The tables that steps 2 to 6 made for projections; from step 7 on, each projection defines
# its own tables beside its code and is rebuilt from the log when its version changes.
PROJECTION_TABLES = (
    "lesson_progress",
    "course_progress",
    "quiz_results",
    "competence_levels",
    "self_assessments",
    "groups",
    "assignments",
    "learner_days",
    "session_events",
    "certificates",
)


def _v7_projections_own_their_tables(db: sqlite_utils.Database) -> None:
    """Derived tables leave the numbered steps: a table of projection versions, and the
    old derived tables dropped (each projection makes its own again and is rebuilt from the
    log at the next open)."""
    db.execute("CREATE TABLE projections (name TEXT PRIMARY KEY, version INTEGER NOT NULL)")
    for table in PROJECTION_TABLES:
        db.execute(f"DROP TABLE IF EXISTS {table}")


STEPS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_initial,
    _v2_course_progress,
    _v3_sync,
    _v4_competences,
    _v5_trainer_tools,
    _v6_last_lesson_time,
    _v7_projections_own_their_tables,
]
SCHEMA_VERSION = len(STEPS)


def migrate(conn: sqlite3.Connection, found: int) -> None:
    """Apply every step after version ``found``, each in its own transaction."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    for version in range(found + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            STEPS[version - 1](db)
            conn.execute(f"PRAGMA user_version={version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
