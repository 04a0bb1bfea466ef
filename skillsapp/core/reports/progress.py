"""Group progress and a learner's record."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from skillsapp.core.activity import session_seconds
from skillsapp.core.dashboard import group_dashboard
from skillsapp.core.errors import Message, Term
from skillsapp.core.reports.model import Code, Column, Report, Value, course_code

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre
    from skillsapp.core.groups import Group
    from skillsapp.core.people import Learner

GROUP_COLUMNS = (
    Column("learner", Term("Learner")),
    Column("course", Term("Course")),
    Column("status", Term("Status")),
    Column("lessons_done", Term("Lessons done"), "number"),
    Column("lessons", Term("Lessons"), "number"),
    Column("needs_help_because", Term("Why help may be needed")),
    Column("days_present_last_30", Term("Days present in the last 30 days"), "number"),
)
RECORD_COLUMNS = (
    Column("course", Term("Course")),
    Column("started", Term("Started"), "date"),
    Column("completed", Term("Completed"), "date"),
    Column("lessons_done", Term("Lessons done"), "number"),
    Column("lessons", Term("Lessons"), "number"),
    Column("quiz_tries", Term("Quiz tries"), "number"),
    Column("quiz_tries_failed", Term("Quiz tries not passed"), "number"),
)


def group_progress(centre: Centre, group: Group, now: datetime) -> Report:
    """One row per learner and course of the group, as on the dashboard."""
    board = group_dashboard(centre, group, now)
    rows: list[tuple[Value, ...]] = []
    for row in board.rows:
        for course_id in board.courses:
            cell = row.cells[course_id]
            reason = (
                Code("help-reason", cell.help_reason.value, count=cell.failed_tries)
                if cell.help_reason
                else None
            )
            rows.append(
                (
                    row.first_name,
                    course_code(centre, course_id),
                    Code("status", cell.state.value),
                    cell.lessons_done,
                    cell.lessons,
                    reason,
                    row.days_present,
                )
            )
    return Report(
        Message("Progress of the group {name}", {"name": group.name}),
        GROUP_COLUMNS,
        tuple(rows),
        (
            Message(
                "Attendance counts the days from {day} on.",
                {"day": date.fromisoformat(board.since)},
            ),
        ),
        sort_by=(0, 1),
        name="group-progress",
    )


def learner_record(centre: Centre, learner: Learner) -> Report:
    """A learner's courses: started, finished, lessons, quiz tries and time spent."""
    with centre.db.reading() as conn:
        progress = centre.learning.progress(learner.id)
        quizzes = {
            course: (tries, failed)
            for course, tries, failed in conn.execute(
                "SELECT course_id, sum(attempts), sum(failed_attempts) FROM quiz_results "
                "WHERE learner_id = ? GROUP BY course_id",
                (learner.id,),
            )
        }
        seconds = session_seconds(conn, "0000", "9999", [learner.id]).get(learner.id, 0)
    rows: list[tuple[Value, ...]] = []
    for course_id, course in sorted(progress.items()):
        pack = centre.catalogue.get(course_id)
        tries, failed = quizzes.get(course_id, (0, 0))
        rows.append(
            (
                course_code(centre, course_id),
                date.fromisoformat(course.started_at[:10]),
                date.fromisoformat(course.completed_at[:10]) if course.completed_at else None,
                len(course.lessons_completed),
                len(pack.lessons) if pack else None,
                int(tries or 0),
                int(failed or 0),
            )
        )
    return Report(
        Message("Learning record of {name}", {"name": learner.first_name}),
        RECORD_COLUMNS,
        tuple(rows),
        (
            Message(
                "Time spent learning at the centre, in hours: {hours}",
                {"hours": round(seconds / 3600, 1)},
            ),
        ),
        sort_by=(0,),
        name="learner",
    )
