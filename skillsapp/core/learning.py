"""A resident working through courses: opening lessons, answering, passing quizzes.

Each action is one transaction holding its statement(s); progress tables follow through the
``CourseProgressProjection`` registered on the event log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core import learning_events as le
from skillsapp.core.ids import new_id
from skillsapp.core.progress import CourseProgress, learner_progress

if TYPE_CHECKING:
    from skillsapp.core.catalogue import Catalogue
    from skillsapp.core.centre import Centre
    from skillsapp.core.courses import CoursePack, Lesson, Question, Quiz


@dataclass(frozen=True)
class QuizOutcome:
    """The end of one go at a quiz."""

    passed: bool
    right_first_time: int
    questions: int
    course_completed: bool = False


@dataclass(frozen=True)
class ResumePoint:
    """Where "Continue where I left off" takes the resident."""

    course: CoursePack
    lesson: Lesson


class Learning:
    """The learning actions of residents, recorded as statements."""

    def __init__(self, centre: Centre, catalogue: Catalogue) -> None:
        self.centre = centre
        self.catalogue = catalogue

    def language_for(self, pack: CoursePack, preferred: str) -> str:
        """The learner's language when the course is complete in it, else the course's own."""
        return preferred if preferred in pack.languages else pack.language

    def open_lesson(self, learner_id: str, pack: CoursePack, lesson: Lesson, language: str):
        """Record that the learner opened a lesson."""
        with self.centre.db.transaction():
            self.centre.record(
                learner_id,
                le.EXPERIENCED,
                le.lesson_object(pack, lesson),
                language=language,
                extensions=le.where(pack, lesson),
            )

    def complete_lesson(
        self, learner_id: str, pack: CoursePack, lesson: Lesson, language: str
    ) -> bool:
        """Record a finished lesson (and the course, if it was the last); True if the course
        is now complete."""
        with self.centre.db.transaction():
            return self._complete_lesson(learner_id, pack, lesson, language)

    def answer(
        self,
        learner_id: str,
        pack: CoursePack,
        lesson: Lesson,
        question: Question,
        given: object,
        attempt_id: str,
        try_number: int,
        language: str,
    ) -> bool:
        """Check and record one answer; the statement is stored before feedback is shown."""
        from skillsapp.core.courses import check_answer

        right = check_answer(question, given)
        with self.centre.db.transaction():
            self.centre.record(
                learner_id,
                le.ANSWERED,
                le.question_object(pack, lesson, question),
                result={
                    "success": right,
                    "response": le.response_text(question, given),
                    "extensions": {le.TRY: try_number},
                },
                language=language,
                extensions=le.where(pack, lesson, **{le.ATTEMPT: attempt_id}),
            )
        return right

    def finish_quiz(
        self,
        learner_id: str,
        pack: CoursePack,
        lesson: Lesson,
        quiz: Quiz,
        attempt_id: str,
        first_try_results: Sequence[bool],
        language: str,
    ) -> QuizOutcome:
        """Apply the quiz's mastery rule and record passed/failed (and the lesson if passed)."""
        from skillsapp.core.courses import is_mastered

        passed = is_mastered(quiz.mastery, first_try_results)
        right = sum(1 for ok in first_try_results if ok)
        total = len(quiz.questions)
        course_done = False
        with self.centre.db.transaction():
            self.centre.record(
                learner_id,
                le.PASSED if passed else le.FAILED,
                le.quiz_object(pack, lesson),
                result={
                    "success": passed,
                    "completion": True,
                    "score": {
                        "scaled": round(right / total, 4) if total else 0.0,
                        "raw": right,
                        "min": 0,
                        "max": total,
                    },
                    "extensions": {le.MASTERY: f"{quiz.mastery.rule} {quiz.mastery.value}"},
                },
                language=language,
                extensions=le.where(pack, lesson, **{le.ATTEMPT: attempt_id}),
            )
            if passed:
                course_done = self._complete_lesson(learner_id, pack, lesson, language)
        return QuizOutcome(passed, right, total, course_done)

    @staticmethod
    def new_attempt() -> str:
        """An id tying together the answers of one go at a quiz."""
        return new_id()

    def progress(self, learner_id: str) -> dict[str, CourseProgress]:
        """The learner's started courses, most recent first."""
        with self.centre.db.reading() as conn:
            return learner_progress(conn, learner_id)

    def resume_point(self, learner_id: str) -> ResumePoint | None:
        """The lesson to continue: in the latest unfinished course, the last lesson opened if
        it is not finished, else the first lesson not finished yet."""
        for course_id, progress in self.progress(learner_id).items():
            pack = self.catalogue.get(course_id)
            if pack is None or progress.completed:
                continue
            lesson = next_lesson(pack, progress)
            if lesson is not None:
                return ResumePoint(pack, lesson)
        return None

    def _complete_lesson(
        self, learner_id: str, pack: CoursePack, lesson: Lesson, language: str
    ) -> bool:
        self.centre.record(
            learner_id,
            le.COMPLETED,
            le.lesson_object(pack, lesson),
            result={"completion": True},
            language=language,
            extensions=le.where(pack, lesson),
        )
        with self.centre.db.reading() as conn:  # inside the action's transaction: the writer
            progress = learner_progress(conn, learner_id).get(pack.id)
        all_done = progress is not None and {x.id for x in pack.lessons} <= set(
            progress.lessons_completed
        )
        if all_done and progress is not None and not progress.completed:
            self.centre.record(
                learner_id,
                le.COMPLETED,
                le.course_object(pack),
                result={"completion": True},
                language=language,
                extensions=le.where(pack),
            )
            return True
        return False


def next_lesson(pack: CoursePack, progress: CourseProgress | None) -> Lesson | None:
    """The lesson a learner should take next in ``pack``."""
    if progress is None:
        return pack.lessons[0]
    done = progress.lessons_completed
    if progress.last_lesson_id and progress.last_lesson_id not in done:
        try:
            return pack.lesson(progress.last_lesson_id)
        except KeyError:
            pass  # a newer version dropped that lesson
    return next((lesson for lesson in pack.lessons if lesson.id not in done), None)
