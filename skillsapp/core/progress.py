"""Course progress as a projection of the event log.

Tables ``lesson_progress``, ``course_progress`` and ``quiz_results`` are derived from the
learning statements. Every update is order-independent (earliest start, earliest completion,
latest activity, counts, and the lesson of the latest statement that names one), so
statements merged later from another PC give the same tables as
``EventLog.rebuild``.

One folding path serves every case: the arrived statements are grouped per learner, course
(and lesson) in SQL and each group is merged into the row already there. A single statement
is a group of one; a bundle of a hundred thousand is a few thousand upserts instead of a
hundred thousand.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import ClassVar

from skillsapp.core import learning_events as le
from skillsapp.core.events import OBJECT_TYPE_PATH, extension_path
from skillsapp.storage.statements import tables_of


class CourseProgressProjection:
    """Keeps the three progress tables in step with the log."""

    schema = """
    CREATE TABLE lesson_progress (learner_id TEXT, course_id TEXT, lesson_id TEXT,
        opened_at TEXT, completed_at TEXT, last_activity TEXT,
        PRIMARY KEY (learner_id, course_id, lesson_id));
    CREATE TABLE course_progress (learner_id TEXT, course_id TEXT, started_at TEXT,
        completed_at TEXT, last_lesson_id TEXT, last_activity TEXT, last_lesson_at TEXT,
        PRIMARY KEY (learner_id, course_id));
    CREATE INDEX course_progress_by_learner ON course_progress (learner_id, last_activity);
    CREATE TABLE quiz_results (learner_id TEXT, course_id TEXT, lesson_id TEXT,
        attempts INTEGER, passed_at TEXT, failed_attempts INTEGER, best_score REAL,
        last_activity TEXT, PRIMARY KEY (learner_id, course_id, lesson_id))
    """
    # What it reads out of each arriving statement's JSON.
    fields: ClassVar[dict[str, str]] = {
        "course": extension_path(le.COURSE),
        "lesson": extension_path(le.LESSON),
        "object_type": OBJECT_TYPE_PATH,
        "score": "$.result.score.scaled",
    }

    def fold(self, conn: sqlite3.Connection) -> None:
        """Fold the arrived statements in, one upsert per learner, course (and lesson)."""
        _fold(
            conn,
            "SELECT actor_id AS learner, course, timestamp AS at, verb, object_type AS kind, "
            "lesson, coalesce(score, 0.0) AS score "
            "FROM arrived WHERE course IS NOT NULL AND course != ''",
        )


# Each statement touches its course. The last lesson is the one of the latest statement
# that names a lesson, whichever PC it came from (equal times settled by lesson id), kept
# with its time so that any later merge can compare against it; it is found as the
# greatest "time, unit separator, lesson" of the group.
_COURSES = """
INSERT INTO course_progress (learner_id, course_id, started_at, last_lesson_id,
    last_lesson_at, last_activity, completed_at)
SELECT learner, course, started,
    substr(latest, instr(latest, char(31)) + 1), substr(latest, 1, instr(latest, char(31)) - 1),
    last_activity, completed
FROM (
    SELECT learner, course, min(at) AS started, max(at) AS last_activity,
        max(CASE WHEN lesson IS NOT NULL AND lesson != '' THEN at || char(31) || lesson END)
            AS latest,
        min(CASE WHEN kind = :course_type AND verb = :completed THEN at END) AS completed
    FROM ({facts}) GROUP BY learner, course
) WHERE true
ON CONFLICT DO UPDATE SET
    started_at = min(started_at, excluded.started_at),
    last_lesson_id = CASE WHEN {newer_lesson}
        THEN excluded.last_lesson_id ELSE last_lesson_id END,
    last_lesson_at = CASE WHEN {newer_lesson}
        THEN excluded.last_lesson_at ELSE last_lesson_at END,
    last_activity = max(last_activity, excluded.last_activity),
    completed_at = coalesce(min(completed_at, excluded.completed_at), completed_at,
        excluded.completed_at)
""".replace(
    "{newer_lesson}",
    "(excluded.last_lesson_id IS NOT NULL AND (last_lesson_id IS NULL "
    "OR excluded.last_lesson_at > last_lesson_at OR (excluded.last_lesson_at = last_lesson_at "
    "AND excluded.last_lesson_id > last_lesson_id)))",
)
_LESSONS = """
INSERT INTO lesson_progress (learner_id, course_id, lesson_id, opened_at, completed_at,
    last_activity)
SELECT learner, course, lesson, min(CASE WHEN verb = :experienced THEN at END),
    min(CASE WHEN verb = :completed THEN at END), max(at)
FROM ({facts}) WHERE kind = :lesson_type AND lesson IS NOT NULL AND lesson != ''
GROUP BY learner, course, lesson
ON CONFLICT DO UPDATE SET
    opened_at = coalesce(min(opened_at, excluded.opened_at), opened_at, excluded.opened_at),
    completed_at = coalesce(min(completed_at, excluded.completed_at), completed_at,
        excluded.completed_at),
    last_activity = max(last_activity, excluded.last_activity)
"""
_QUIZZES = """
INSERT INTO quiz_results (learner_id, course_id, lesson_id, attempts, passed_at,
    failed_attempts, best_score, last_activity)
SELECT learner, course, lesson, count(*), min(CASE WHEN verb = :passed THEN at END),
    sum(verb = :failed), max(score), max(at)
FROM ({facts}) WHERE kind = :quiz_type AND verb IN (:passed, :failed)
GROUP BY learner, course, lesson
ON CONFLICT DO UPDATE SET
    attempts = attempts + excluded.attempts,
    passed_at = coalesce(min(passed_at, excluded.passed_at), passed_at, excluded.passed_at),
    failed_attempts = failed_attempts + excluded.failed_attempts,
    best_score = max(best_score, excluded.best_score),
    last_activity = max(last_activity, excluded.last_activity)
"""
_NAMES = {
    "course_type": le.COURSE_TYPE,
    "lesson_type": le.LESSON_TYPE,
    "quiz_type": le.QUIZ_TYPE,
    "experienced": le.EXPERIENCED[0],
    "completed": le.COMPLETED[0],
    "passed": le.PASSED[0],
    "failed": le.FAILED[0],
}


TABLES = tables_of(CourseProgressProjection.schema)


def _fold(conn: sqlite3.Connection, facts: str) -> None:
    """Fold the statements that the query ``facts`` describes (its columns: learner, course,
    at, verb, kind, lesson, score) into the three tables."""
    for sql in (_COURSES, _LESSONS, _QUIZZES):
        text = sql.replace("{facts}", facts)
        conn.execute(text, {k: v for k, v in _NAMES.items() if f":{k}" in text})


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
