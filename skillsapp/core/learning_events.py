"""xAPI statements of learning: lessons opened and completed, answers, quizzes, courses.

Course and lesson ids travel in context extensions too, so projections never parse IRIs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skillsapp.core.events import NS, activity

if TYPE_CHECKING:
    from skillsapp.core.courses import CoursePack, Lesson, Question

EXPERIENCED = ("http://adlnet.gov/expapi/verbs/experienced", "experienced")
COMPLETED = ("http://adlnet.gov/expapi/verbs/completed", "completed")
ANSWERED = ("http://adlnet.gov/expapi/verbs/answered", "answered")
PASSED = ("http://adlnet.gov/expapi/verbs/passed", "passed")
FAILED = ("http://adlnet.gov/expapi/verbs/failed", "failed")

COURSE_TYPE = "http://adlnet.gov/expapi/activities/course"
LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson"
QUIZ_TYPE = "http://adlnet.gov/expapi/activities/assessment"
QUESTION_TYPE = "http://adlnet.gov/expapi/activities/question"

COURSE = f"{NS}/extensions/course"
COURSE_VERSION = f"{NS}/extensions/course-version"
LESSON = f"{NS}/extensions/lesson"
ATTEMPT = f"{NS}/extensions/attempt"
TRY = f"{NS}/extensions/try"
MASTERY = f"{NS}/extensions/mastery"
# The order a question's choices (single, multiple), items (order) or right-hand sides
# (match) were shown in, as their numbers in the quiz file: a new order at every attempt.
SHOWN_ORDER = f"{NS}/extensions/shown-order"
# Quiz answers and results are evidence of what a learner knows ("known"), for the
# competences of the course (docs/competence-scoring.md); the same IRI as the self-check's.
EVIDENCE_KIND = f"{NS}/extensions/evidence-kind"
KNOWN = "known"


def course_iri(pack: CoursePack) -> str:
    """The course as an xAPI activity id."""
    return f"{NS}/courses/{pack.id}"


def lesson_iri(pack: CoursePack, lesson: Lesson) -> str:
    """A lesson as an xAPI activity id."""
    return f"{course_iri(pack)}/lessons/{lesson.id}"


def course_object(pack: CoursePack) -> dict[str, Any]:
    """The course activity."""
    return activity(course_iri(pack), COURSE_TYPE, pack.title)


def lesson_object(pack: CoursePack, lesson: Lesson) -> dict[str, Any]:
    """The lesson activity."""
    return activity(lesson_iri(pack, lesson), LESSON_TYPE, lesson.title)


def quiz_object(pack: CoursePack, lesson: Lesson) -> dict[str, Any]:
    """The quiz at the end of a lesson."""
    return activity(f"{lesson_iri(pack, lesson)}/quiz", QUIZ_TYPE, f"Quiz: {lesson.title}")


def question_object(pack: CoursePack, lesson: Lesson, question: Question) -> dict[str, Any]:
    """One quiz question."""
    iri = f"{lesson_iri(pack, lesson)}/quiz/questions/{question.id}"
    return activity(iri, QUESTION_TYPE, question.prompt[:200])


def where(pack: CoursePack, lesson: Lesson | None = None, **more: Any) -> dict[str, Any]:
    """Context extensions naming the course (and lesson) a statement belongs to."""
    extensions: dict[str, Any] = {COURSE: pack.id, COURSE_VERSION: pack.version_text}
    if lesson is not None:
        extensions[LESSON] = lesson.id
    extensions.update(more)
    return extensions
