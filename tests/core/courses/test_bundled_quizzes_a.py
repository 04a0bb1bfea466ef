"""The bundled quizzes of five courses teach and cannot be passed by guessing (issue #17).

For email-basics, finding-information, first-steps, online-banking and passwords-and-scams,
in every language: all six question types somewhere in the course, at least four choices in
every choice question, a lesson part for every question, explanations that read well after a
wrong answer too, and `courses check` without a single problem or warning.
"""

from __future__ import annotations

import re

import pytest

from skillsapp.core.courses import CoursePack, Question, check_pack, load_pack
from skillsapp.core.courses.model import ADVISED_CHOICES, QUESTION_TYPES
from skillsapp.resources import bundled_courses

COURSES = [
    "email-basics",
    "finding-information",
    "first-steps",
    "online-banking",
    "passwords-and-scams",
]

# Words that give a verdict. The explanation is shown after a wrong answer too, so it must
# not open with one (in any of the ten languages).
VERDICT_OPENING = re.compile(
    r"^(that'?s right|that is right|exactly|correct|well done|richtig|genau|stimmt|"
    r"správně|přesně|así es|exacto|correcto|dobrze|właśnie|tak jest|pareizi|tieši tā|"
    r"isso mesmo|exatamente|certo|esatto|giusto|pontosan|helyes|így van|așa este|"
    r"exact|corect)\b",
    re.IGNORECASE,
)


def course(course_id: str) -> CoursePack:
    return load_pack(bundled_courses() / course_id)


def every_question(pack: CoursePack) -> list[tuple[str, str, Question]]:
    """(quiz file, language, question) for every quiz of the pack in every language."""
    return [
        (quiz.source, language, question)
        for lesson in pack.lessons
        for language, quiz in lesson.quizzes.items()
        for question in quiz.questions
    ]


@pytest.mark.parametrize("course_id", COURSES)
def test_courses_check_finds_no_problem_and_no_warning(course_id: str) -> None:
    problems = check_pack(bundled_courses() / course_id)
    assert [f"{p.file}:{p.line}: {p.message}" for p in problems] == []


@pytest.mark.parametrize("course_id", COURSES)
def test_the_course_uses_all_six_question_types(course_id: str) -> None:
    pack = course(course_id)
    for language in pack.languages:
        used = {q.type for _, lang, q in every_question(pack) if lang == language}
        assert used == set(QUESTION_TYPES), (
            f"{course_id} ({language}) lacks {set(QUESTION_TYPES) - used}"
        )


@pytest.mark.parametrize("course_id", COURSES)
def test_every_choice_question_offers_at_least_four_choices(course_id: str) -> None:
    few = [
        f"{source}: {q.id} has {len(q.choices)}"
        for source, _, q in every_question(course(course_id))
        if q.type in ("single", "multiple") and len(q.choices) < ADVISED_CHOICES
    ]
    assert few == []


@pytest.mark.parametrize("course_id", COURSES)
def test_every_question_points_to_the_lesson_part_that_explains_it(course_id: str) -> None:
    missing = [
        f"{source}: {q.id}" for source, _, q in every_question(course(course_id)) if q.part is None
    ]
    assert missing == []


@pytest.mark.parametrize("course_id", COURSES)
def test_no_explanation_opens_with_a_verdict(course_id: str) -> None:
    verdicts = [
        f"{source}: {q.id}: {q.explanation[:30]}"
        for source, _, q in every_question(course(course_id))
        if VERDICT_OPENING.match(q.explanation.strip())
    ]
    assert verdicts == []
