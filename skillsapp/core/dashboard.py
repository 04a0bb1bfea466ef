"""What the trainer's dashboard shows for a group, computed from the projection tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from skillsapp.core.activity import sessions
from skillsapp.core.clock import iso

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre
    from skillsapp.core.groups import Group

STALLED_AFTER = timedelta(days=14)  # no progress for this long: the learner may need help
FAILED_TRIES = 3  # failing the same quiz this often: the learner may need help


class HelpReason(StrEnum):
    """Why a learner may need help in a course (the screen puts it into words)."""

    FAILED_QUIZ = "failed-quiz"  # failed the same quiz FAILED_TRIES times or more
    NO_PROGRESS = "no-progress"  # nothing done in the course for STALLED_AFTER


class CourseState(StrEnum):
    """One cell of the learners × courses grid."""

    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    COMPLETED = "completed"
    NEEDS_HELP = "needs help"


@dataclass(frozen=True)
class Cell:
    """A learner's state in one course."""

    state: CourseState
    lessons_done: int
    lessons: int
    reason: str = ""  # why help may be needed, in plain English (for reports and logs)
    help_reason: HelpReason | None = None  # the same, for a screen to put in its words
    failed_tries: int = 0  # how often the quiz in question was failed


@dataclass(frozen=True)
class LearnerRow:
    """One learner's line on the dashboard."""

    learner_id: str
    first_name: str
    cells: dict[str, Cell]
    days_present: int
    needs_help: bool


@dataclass(frozen=True)
class Session:
    """One visit of a learner, for the activity feed."""

    first_name: str
    started: str
    minutes: int | None


@dataclass(frozen=True)
class GroupDashboard:
    """Everything the dashboard shows for one group."""

    courses: list[str]
    rows: list[LearnerRow]
    feed: list[Session]
    since: str  # attendance counts days from this day on


def group_dashboard(
    centre: Centre, group: Group, now: datetime, attendance_days: int = 30, feed_size: int = 20
) -> GroupDashboard:
    """The learners × courses grid, attendance and recent sessions of a group."""
    names = {learner.id: learner.first_name for learner in centre.learners.list()}
    members = [m for m in group.members if m in names]  # archived learners drop out
    marks = ",".join("?" * len(members))
    with centre.db.reading() as conn:
        progress = _progress(conn, members, marks)
        failures = _failures(conn, members, marks)
        since = (now - timedelta(days=attendance_days)).date().isoformat()
        days = dict(
            conn.execute(
                f"SELECT learner_id, count(*) FROM learner_days WHERE learner_id IN ({marks}) "
                "AND day >= ? GROUP BY learner_id",
                [*members, since],
            ).fetchall()
        )
        feed = _feed(conn, members, names, feed_size)
    courses = [c.course_id for c in group.courses] or sorted({course for (_, course) in progress})
    stalled_before = iso(now - STALLED_AFTER)
    rows = []
    for learner_id in members:
        cells = {}
        for course_id in courses:
            pack = centre.catalogue.get(course_id)
            total = len(pack.lessons) if pack else 0
            cells[course_id] = _cell(
                progress.get((learner_id, course_id)),
                failures.get((learner_id, course_id), 0),
                total,
                stalled_before,
            )
        rows.append(
            LearnerRow(
                learner_id,
                names[learner_id],
                cells,
                int(days.get(learner_id, 0)),
                any(c.state is CourseState.NEEDS_HELP for c in cells.values()),
            )
        )
    rows.sort(key=lambda r: r.first_name.casefold())
    return GroupDashboard(courses, rows, feed, since)


def _progress(conn, members: list[str], marks: str) -> dict[tuple[str, str], tuple]:
    rows = conn.execute(
        "SELECT cp.learner_id, cp.course_id, cp.completed_at, cp.last_activity, "
        "(SELECT count(*) FROM lesson_progress lp WHERE lp.learner_id = cp.learner_id "
        "AND lp.course_id = cp.course_id AND lp.completed_at IS NOT NULL) "
        f"FROM course_progress cp WHERE cp.learner_id IN ({marks})",
        members,
    )
    return {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows}


def _failures(conn, members: list[str], marks: str) -> dict[tuple[str, str], int]:
    # The most failed tries of one quiz not passed since, per learner and course.
    rows = conn.execute(
        "SELECT learner_id, course_id, max(failed_attempts) FROM quiz_results "
        f"WHERE learner_id IN ({marks}) AND passed_at IS NULL GROUP BY learner_id, course_id",
        members,
    )
    return {(r[0], r[1]): r[2] for r in rows}


def _cell(found: tuple | None, failed: int, total: int, stalled_before: str) -> Cell:
    if found is None:
        return Cell(CourseState.NOT_STARTED, 0, total)
    completed_at, last_activity, done = found
    if completed_at:
        return Cell(CourseState.COMPLETED, total, total)
    if failed >= FAILED_TRIES:
        return Cell(
            CourseState.NEEDS_HELP,
            done,
            total,
            f"failed a quiz {failed} times",
            HelpReason.FAILED_QUIZ,
            failed,
        )
    if last_activity < stalled_before:
        return Cell(
            CourseState.NEEDS_HELP,
            done,
            total,
            "no progress for 2 weeks",
            HelpReason.NO_PROGRESS,
            failed,
        )
    return Cell(CourseState.IN_PROGRESS, done, total)


def _feed(conn, members: list[str], names: dict[str, str], size: int) -> list[Session]:
    return [
        Session(names[learner_id], started, None if seconds is None else round(seconds / 60))
        for learner_id, started, seconds in sessions(conn, members, size)
    ]
