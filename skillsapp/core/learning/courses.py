"""A resident working through courses: opening lessons, answering, passing quizzes.

Each action is one transaction holding its statement(s); progress tables follow through the
``CourseProgressProjection`` registered on the event log.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core import learning_events as le
from skillsapp.core.events import extension_path
from skillsapp.core.ids import new_id
from skillsapp.core.learning.quiz import QuizAttempt, QuizOutcome, pass_mark
from skillsapp.core.learning.responses import response_text
from skillsapp.core.progress import CourseProgress, learner_progress

if TYPE_CHECKING:
    from sqlite3 import Connection

    from skillsapp.core.catalogue import Catalogue
    from skillsapp.core.centre import Centre
    from skillsapp.core.courses import CoursePack, Lesson, Question, Quiz


@dataclass(frozen=True)
class ResumePoint:
    """Where "Continue where I left off" takes the resident."""

    course: CoursePack
    lesson: Lesson


class Learning:
    """The learning actions of residents, recorded as statements."""

    def __init__(
        self, centre: Centre, catalogue: Catalogue, chance: random.Random | None = None
    ) -> None:
        self.centre = centre
        self.catalogue = catalogue
        # Where the order of choices, items and pairs comes from; tests put a seeded one here.
        self.chance = chance or random.Random()

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

    def start_quiz(
        self,
        learner_id: str,
        pack: CoursePack,
        lesson: Lesson,
        language: str,
        chance: random.Random | None = None,
    ) -> QuizAttempt:
        """A new go at the lesson's quiz in ``language``, with choices, items and pairs in a
        new order (drawn from ``chance``, else from this service's own source)."""
        return QuizAttempt(
            self, learner_id, pack, lesson, language, self.new_attempt(), chance or self.chance
        )

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
        shown: Sequence[int] = (),
    ) -> bool:
        """Check and record one answer; the statement is stored before feedback is shown.

        ``shown``: the order the choices, items or right-hand sides were on screen (their
        numbers in the quiz file), kept with the answer so that it can be read back.
        """
        from skillsapp.core.courses import check_answer

        right = check_answer(question, given)
        extensions: dict[str, object] = {le.ATTEMPT: attempt_id, le.EVIDENCE_KIND: le.KNOWN}
        if shown:
            extensions[le.SHOWN_ORDER] = list(shown)
        with self.centre.db.transaction():
            self.centre.record(
                learner_id,
                le.ANSWERED,
                le.question_object(pack, lesson, question),
                result={
                    "success": right,
                    "response": response_text(question, given),
                    "extensions": {le.TRY: try_number},
                },
                language=language,
                extensions=le.where(pack, lesson, **extensions),
            )
        return right

    def finish_quiz(
        self,
        learner_id: str,
        pack: CoursePack,
        lesson: Lesson,
        quiz: Quiz,
        attempt_id: str,
        language: str,
    ) -> QuizOutcome:
        """Apply the quiz's mastery rule to the first tries logged for ``attempt_id`` and
        record passed/failed (and the lesson, if passed). A question without a logged first
        try counts as not right."""
        from skillsapp.core.courses import is_mastered

        total = len(quiz.questions)
        course_done = False
        with self.centre.db.transaction() as conn:
            first = first_tries(conn, learner_id, attempt_id)
            results = [first.get(question.id, False) for question in quiz.questions]
            passed = is_mastered(quiz.mastery, results)
            right = sum(results)
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
                extensions=le.where(
                    pack, lesson, **{le.ATTEMPT: attempt_id, le.EVIDENCE_KIND: le.KNOWN}
                ),
            )
            if passed:
                course_done = self._complete_lesson(learner_id, pack, lesson, language)
        missed = tuple(q for q, ok in zip(quiz.questions, results, strict=True) if not ok)
        return QuizOutcome(
            passed, right, total, course_done, missed, pass_mark(quiz.mastery, total)
        )

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


def first_tries(conn: Connection, learner_id: str, attempt_id: str) -> dict[str, bool]:
    """Whether each question of an attempt was right at the first try, from the log
    (question id -> right); the earliest first try counts should one be there twice."""
    rows = conn.execute(
        "SELECT body FROM statements WHERE actor_id = ? AND verb = ? "
        "AND json_extract(body, ?) = ? ORDER BY timestamp, rowid",
        (learner_id, le.ANSWERED[0], extension_path(le.ATTEMPT), attempt_id),
    )
    found: dict[str, bool] = {}
    for (body,) in rows:
        statement = json.loads(body)
        result = statement.get("result", {})
        if result.get("extensions", {}).get(le.TRY, 1) != 1:
            continue
        question_id = str(statement["object"]["id"]).rsplit("/", 1)[-1]
        found.setdefault(question_id, bool(result.get("success")))
    return found
