"""A learner's courses as their trainer follows them: the courses assigned (with the day to
finish by) and the courses started, how far they got, and the time spent at the centre."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core.activity import session_seconds

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre


@dataclass(frozen=True)
class LearnerCourse:
    """One course of a learner: assigned, started, or both."""

    course_id: str
    name: str  # the course's own title, for a course no longer on this PC
    due: str | None  # ISO day to finish by, when assigned with one
    assigned: bool
    started_at: str | None
    completed_at: str | None
    last_activity: str | None
    lessons_done: int
    lessons: int | None  # None when the course is no longer on this PC
    quiz_failures: int

    @property
    def started(self) -> bool:
        """True once the learner opened a lesson of the course."""
        return self.started_at is not None


def learner_courses(centre: Centre, learner_id: str) -> list[LearnerCourse]:
    """The learner's assigned and started courses (order left to the screen's collation)."""
    progress = centre.learning.progress(learner_id)
    assigned = {a.course_id: a for a in centre.groups.assigned_to(learner_id)}
    found = []
    for course_id in dict.fromkeys([*assigned, *progress]):
        pack = centre.catalogue.get(course_id)
        course = progress.get(course_id)
        assignment = assigned.get(course_id)
        found.append(
            LearnerCourse(
                course_id=course_id,
                name=pack.title if pack else course_id,
                due=assignment.due if assignment else None,
                assigned=assignment is not None,
                started_at=course.started_at if course else None,
                completed_at=course.completed_at if course else None,
                last_activity=course.last_activity if course else None,
                lessons_done=len(course.lessons_completed) if course else 0,
                lessons=len(pack.lessons) if pack else None,
                quiz_failures=course.quiz_failures if course else 0,
            )
        )
    return found


def seconds_learning(centre: Centre, learner_id: str) -> int:
    """Time spent learning at the centre, from the sessions that ended with a sign-out."""
    with centre.db.reading() as conn:
        return session_seconds(conn, "0000", "9999", [learner_id]).get(learner_id, 0)
