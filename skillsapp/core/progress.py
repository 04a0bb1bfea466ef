"""Course progress as a projection of the event log.

Tables ``lesson_progress``, ``course_progress`` and ``quiz_results`` are derived from the
learning statements. Every update is order-independent (earliest start, earliest completion,
latest activity, counts), so statements merged later from another PC give the same tables as
``EventLog.rebuild_projections``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from skillsapp.core import learning_events as le
from skillsapp.core.events import extension_path

TABLES = ("lesson_progress", "course_progress", "quiz_results")


# What the tables need of a learning statement, in this order (see ``_facts``).
Facts = tuple[str, Any, str, str, Any, Any, Any]


class CourseProgressProjection:
    """Keeps the three progress tables in step with the log."""

    # Only statements about a course concern it (what a bulk merge hands it).
    # (instr first: a plain search is far cheaper than reading the JSON of every statement)
    wanted = (
        f"instr(body, '\"{le.COURSE}\"') "
        f"AND json_extract(body, '{extension_path(le.COURSE)}') IS NOT NULL"
    )

    def reset(self, conn: sqlite3.Connection) -> None:
        """Empty the tables before a rebuild."""
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")

    def apply(self, conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
        """Fold one learning statement into the tables; other statements are ignored."""
        _fold(conn, [_facts(statement)])

    def apply_many(self, conn: sqlite3.Connection, statements: list[dict[str, Any]]) -> None:
        """Fold statements in, in the order given, as :meth:`apply` would one by one."""
        _fold(conn, [_facts(statement) for statement in statements])

    def apply_stored(self, conn: sqlite3.Connection, after_rowid: int) -> None:
        """Fold in the statements stored after ``after_rowid``, in the order they were
        stored, reading only the fields the tables need from their JSON (no decoding of
        whole statements in Python)."""
        found = conn.execute(
            "SELECT actor_id, json_extract(body, ?), timestamp, verb, "
            "json_extract(body, '$.object.definition.type'), json_extract(body, ?), "
            "coalesce(json_extract(body, '$.result.score.scaled'), 0.0) "
            f"FROM statements WHERE rowid > ? AND {self.wanted} ORDER BY rowid",
            (extension_path(le.COURSE), extension_path(le.LESSON), after_rowid),
        )
        _fold(conn, [tuple(row) for row in found])


def _facts(statement: dict[str, Any]) -> Facts:
    """(learner, course, time, verb, object type, lesson, quiz score) of a statement."""
    extensions = statement.get("context", {}).get("extensions", {})
    return (
        statement["actor"]["account"]["name"],
        extensions.get(le.COURSE),
        statement["timestamp"],
        statement["verb"]["id"],
        statement["object"].get("definition", {}).get("type"),
        extensions.get(le.LESSON),
        statement.get("result", {}).get("score", {}).get("scaled", 0.0),
    )


# The last lesson is the one of the latest statement, whichever PC it came from; equal times
# are settled by lesson id so that every PC ends with the same table.
_TOUCH_COURSE = (
    "INSERT INTO course_progress (learner_id, course_id, started_at, last_lesson_id, "
    "last_activity) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
    "started_at = min(started_at, excluded.started_at), "
    "last_lesson_id = CASE WHEN excluded.last_lesson_id IS NOT NULL AND "
    "(last_lesson_id IS NULL OR excluded.last_activity > last_activity OR "
    "(excluded.last_activity = last_activity AND excluded.last_lesson_id > last_lesson_id)) "
    "THEN excluded.last_lesson_id ELSE last_lesson_id END, "
    "last_activity = max(last_activity, excluded.last_activity)"
)
_LESSON = (
    "INSERT INTO lesson_progress (learner_id, course_id, lesson_id, opened_at, "
    "completed_at, last_activity) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT DO UPDATE SET "
    "opened_at = coalesce(min(opened_at, excluded.opened_at), opened_at, excluded.opened_at), "
    "completed_at = coalesce(min(completed_at, excluded.completed_at), completed_at, "
    "excluded.completed_at), "
    "last_activity = max(last_activity, excluded.last_activity)"
)
_COURSE_COMPLETED = (
    "UPDATE course_progress SET completed_at = coalesce(min(completed_at, ?), ?) "
    "WHERE learner_id = ? AND course_id = ?"
)
_QUIZ = (
    "INSERT INTO quiz_results (learner_id, course_id, lesson_id, attempts, passed_at, "
    "failed_attempts, best_score, last_activity) VALUES (?, ?, ?, 1, ?, ?, ?, ?) "
    "ON CONFLICT DO UPDATE SET attempts = attempts + 1, "
    "passed_at = coalesce(min(passed_at, excluded.passed_at), passed_at, excluded.passed_at), "
    "failed_attempts = failed_attempts + excluded.failed_attempts, "
    "best_score = max(best_score, excluded.best_score), "
    "last_activity = max(last_activity, excluded.last_activity)"
)


def _fold(conn: sqlite3.Connection, facts: list[Facts]) -> None:
    """Fold statements' facts into the tables, table by table.

    The same as folding them one statement at a time: each table's updates keep the
    statements' order, and the only step that reads another table's row (a course's
    completion) runs after every statement has touched its course, taking the earliest time.
    """
    touches, lessons, completions, quizzes = [], [], [], []
    for learner, course_id, when, verb, kind, lesson_id, score in facts:
        if not course_id:
            continue
        touches.append((learner, course_id, when, lesson_id, when))
        if lesson_id and kind == le.LESSON_TYPE:
            opened = when if verb == le.EXPERIENCED[0] else None
            completed = when if verb == le.COMPLETED[0] else None
            lessons.append((learner, course_id, lesson_id, opened, completed, when))
        elif kind == le.COURSE_TYPE and verb == le.COMPLETED[0]:
            completions.append((when, when, learner, course_id))
        elif kind == le.QUIZ_TYPE and verb in (le.PASSED[0], le.FAILED[0]):
            passed = verb == le.PASSED[0]
            quizzes.append(
                (
                    learner,
                    course_id,
                    lesson_id,
                    when if passed else None,
                    int(not passed),
                    score,
                    when,
                )
            )
    conn.executemany(_TOUCH_COURSE, touches)
    conn.executemany(_LESSON, lessons)
    conn.executemany(_COURSE_COMPLETED, completions)
    conn.executemany(_QUIZ, quizzes)


@dataclass(frozen=True)
class CourseProgress:
    """Where one learner is in one course."""

    course_id: str
    started_at: str
    completed_at: str | None
    last_lesson_id: str | None
    last_activity: str
    lessons_completed: frozenset[str] = field(default_factory=frozenset)
    quiz_failures: int = 0

    @property
    def completed(self) -> bool:
        """True once the course-completed statement exists."""
        return self.completed_at is not None


def learner_progress(conn: sqlite3.Connection, learner_id: str) -> dict[str, CourseProgress]:
    """Every course the learner has started, by course id."""
    done: dict[str, set[str]] = {}
    for course_id, lesson_id in conn.execute(
        "SELECT course_id, lesson_id FROM lesson_progress "
        "WHERE learner_id = ? AND completed_at IS NOT NULL",
        (learner_id,),
    ):
        done.setdefault(course_id, set()).add(lesson_id)
    failures = dict(
        conn.execute(
            "SELECT course_id, sum(failed_attempts) FROM quiz_results WHERE learner_id = ? "
            "GROUP BY course_id",
            (learner_id,),
        ).fetchall()
    )
    rows = conn.execute(
        "SELECT course_id, started_at, completed_at, last_lesson_id, last_activity "
        "FROM course_progress WHERE learner_id = ? ORDER BY last_activity DESC",
        (learner_id,),
    )
    return {
        course_id: CourseProgress(
            course_id,
            started_at,
            completed_at,
            last_lesson_id,
            last_activity,
            frozenset(done.get(course_id, ())),
            int(failures.get(course_id) or 0),
        )
        for course_id, started_at, completed_at, last_lesson_id, last_activity in rows
    }
