"""Group progress and a learner's record."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from skillsapp.core.activity import session_seconds
from skillsapp.core.dashboard import group_dashboard
from skillsapp.core.reports.model import Report

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre
    from skillsapp.core.groups import Group
    from skillsapp.core.people import Learner


def group_progress(centre: Centre, group: Group, now: datetime) -> Report:
    """One row per learner and course of the group, as on the dashboard."""
    board = group_dashboard(centre, group, now)
    rows = []
    for row in board.rows:
        for course_id in board.courses:
            cell = row.cells[course_id]
            rows.append(
                (
                    row.first_name,
                    course_id,
                    cell.state.value,
                    cell.lessons_done,
                    cell.lessons,
                    cell.reason,
                    row.days_present,
                )
            )
    return Report(
        f"Progress of the group {group.name}",
        (
            "learner",
            "course",
            "status",
            "lessons_done",
            "lessons",
            "needs_help_because",
            "days_present_last_30",
        ),
        tuple(rows),
        (f"Attendance counts days from {board.since}.",),
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
    rows = []
    for course_id, course in sorted(progress.items()):
        pack = centre.catalogue.get(course_id)
        tries, failed = quizzes.get(course_id, (0, 0))
        rows.append(
            (
                course_id,
                pack.title if pack else course_id,
                course.started_at[:10],
                course.completed_at[:10] if course.completed_at else None,
                len(course.lessons_completed),
                len(pack.lessons) if pack else None,
                int(tries or 0),
                int(failed or 0),
            )
        )
    return Report(
        f"Learning record of {learner.first_name}",
        (
            "course",
            "title",
            "started",
            "completed",
            "lessons_done",
            "lessons",
            "quiz_tries",
            "quiz_tries_failed",
        ),
        tuple(rows),
        (f"Time spent learning at the centre: {round(seconds / 3600, 1)} hours.",),
    )
