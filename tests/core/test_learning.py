"""Learning in courses: statements for every step, progress projected from them."""

from __future__ import annotations

import random

import pytest

from skillsapp.core import learning_events as le
from skillsapp.core.centre import Centre
from skillsapp.core.progress import TABLES
from skillsapp.storage.database import Database
from tests.conftest import assert_valid_xapi
from tests.quiz_helpers import right_answer


def take_course(centre: Centre, learner_id: str, course_id: str) -> None:
    """Open every lesson and pass every quiz with right answers."""
    pack = centre.catalogue.get(course_id)
    for lesson in pack.lessons:
        centre.learning.open_lesson(learner_id, pack, lesson, "en")
        quiz = lesson.quiz("en")
        if quiz is None:
            centre.learning.complete_lesson(learner_id, pack, lesson, "en")
            continue
        attempt = centre.learning.new_attempt()
        results = [
            centre.learning.answer(learner_id, pack, lesson, q, right_answer(q), attempt, 1, "en")
            for q in quiz.questions
        ]
        centre.learning.finish_quiz(learner_id, pack, lesson, quiz, attempt, results, "en")


@pytest.fixture
def email(centre):
    return centre.catalogue.get("email-basics")


def test_every_learning_statement_is_valid_xapi(centre, make_learner):
    learner = make_learner("Maria")
    take_course(centre, learner.id, "email-basics")
    statements = centre.log.for_actor(learner.id)
    verbs = {s["verb"]["id"] for s in statements}
    assert {le.EXPERIENCED[0], le.ANSWERED[0], le.PASSED[0], le.COMPLETED[0]} <= verbs
    for statement in statements:
        assert_valid_xapi(statement)


def test_finishing_every_lesson_completes_the_course_once(centre, make_learner, email):
    learner = make_learner("Maria")
    take_course(centre, learner.id, "email-basics")
    progress = centre.learning.progress(learner.id)["email-basics"]
    assert progress.completed
    assert progress.lessons_completed == {lesson.id for lesson in email.lessons}
    course_done = [
        s
        for s in centre.log.for_actor(learner.id, le.COMPLETED[0])
        if s["object"]["definition"]["type"] == le.COURSE_TYPE
    ]
    assert len(course_done) == 1
    # Passing a quiz again later does not complete the course a second time.
    lesson = email.lessons[0]
    quiz = lesson.quiz("en")
    attempt = centre.learning.new_attempt()
    results = [True] * len(quiz.questions)
    assert not centre.learning.finish_quiz(
        learner.id, email, lesson, quiz, attempt, results, "en"
    ).course_completed


def test_a_failed_quiz_does_not_complete_the_lesson(centre, make_learner, email):
    learner = make_learner("Maria")
    lesson = email.lessons[0]
    quiz = lesson.quiz("en")
    outcome = centre.learning.finish_quiz(
        learner.id, email, lesson, quiz, "a1", [False] * len(quiz.questions), "en"
    )
    assert not outcome.passed
    progress = centre.learning.progress(learner.id)["email-basics"]
    assert progress.lessons_completed == frozenset() and progress.quiz_failures == 1
    [failed] = centre.log.for_actor(learner.id, le.FAILED[0])
    assert failed["result"]["extensions"][le.MASTERY] == f"percent {quiz.mastery.value}"


def test_a_wrong_answer_is_recorded_with_its_response(centre, make_learner, email):
    learner = make_learner("Maria")
    lesson = email.lessons[0]
    question = next(q for q in lesson.quiz("en").questions if q.type == "single")
    wrong = next(n for n in range(1, len(question.choices) + 1) if n != question.answer)
    assert not centre.learning.answer(learner.id, email, lesson, question, wrong, "a1", 1, "en")
    [answer] = centre.log.for_actor(learner.id, le.ANSWERED[0])
    assert answer["result"] == {
        "success": False,
        "response": str(wrong),
        "extensions": {le.TRY: 1},
    }


def test_continue_takes_the_resident_to_the_lesson_they_left(centre, make_learner, email):
    learner = make_learner("Maria")
    assert centre.learning.resume_point(learner.id) is None
    first, second = email.lessons[0], email.lessons[1]
    centre.learning.open_lesson(learner.id, email, first, "en")
    assert centre.learning.resume_point(learner.id).lesson == first
    centre.learning.complete_lesson(learner.id, email, first, "en")
    assert centre.learning.resume_point(learner.id).lesson == second


def test_rebuilding_the_projections_gives_the_same_tables(centre, make_learner):
    for name in ("Maria", "Jonas"):
        take_course(centre, make_learner(name).id, "email-basics")
    before = _tables(centre.db)
    centre.log.rebuild()
    assert _tables(centre.db) == before


def test_statements_merged_in_any_order_give_the_same_progress(centre, make_learner, clock):
    learner = make_learner("Maria")
    take_course(centre, learner.id, "passwords-and-scams")
    statements = centre.log.for_actor(learner.id)
    expected = _tables(centre.db)
    random.Random(7).shuffle(statements)
    other = Centre(Database.in_memory(), clock=clock)
    other.log.merge(statements, "2026-03-02T10:00:00.000Z")
    assert _tables(other.db) == expected


def _tables(db: Database) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2, 3")] for t in TABLES}
