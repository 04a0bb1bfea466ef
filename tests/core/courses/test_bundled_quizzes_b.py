"""The rewritten quizzes of four bundled courses teach and cannot be passed by guessing.

Issue #17: every single and multiple choice question has at least four choices, each course
uses all six question types, and `skillsapp courses check` has nothing to say about them,
not even a warning (no missing feedback or hint, no favoured position, no longest-is-right).
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from skillsapp.core.courses import CoursePack, Problem, check_pack, load_pack
from skillsapp.core.courses.model import QUESTION_TYPES
from skillsapp.resources import bundled_courses

COURSES = [
    "public-services-online",
    "selling-local-products",
    "social-media-for-associations",
    "video-calls",
]

# An explanation is shown after a wrong answer too, so it never opens with a verdict.
VERDICT = re.compile(
    r"^(That's right|Exactly|Correct|Right|Richtig|Genau|Stimmt|Así es|Exacto|Correcto|"
    r"Přesně|Správně|Dokładnie|Zgadza się|Tieši tā|Pareizi|Exatamente|Isso mesmo|Certo|"
    r"Esatto|Giusto|Pontosan|Így van|Helyes|Așa este|Exact|Corect)\b\W",
    re.IGNORECASE,
)


@cache
def _pack(course: str) -> CoursePack:
    return load_pack(bundled_courses() / course)


@cache
def _problems(course: str) -> tuple[Problem, ...]:
    return tuple(check_pack(bundled_courses() / course))


@pytest.mark.parametrize("course", COURSES)
def test_courses_check_finds_neither_problems_nor_warnings(course: str) -> None:
    assert [str(problem) for problem in _problems(course)] == []


@pytest.mark.parametrize("course", COURSES)
def test_every_course_uses_all_six_question_types_in_its_quizzes(course: str) -> None:
    pack = _pack(course)
    used = {
        question.type
        for lesson in pack.lessons
        for quiz in [lesson.quiz(pack.language)]
        if quiz is not None
        for question in quiz.questions
    }
    assert used == set(QUESTION_TYPES)


@pytest.mark.parametrize("course", COURSES)
def test_no_choice_question_has_fewer_than_four_choices_in_any_language(course: str) -> None:
    pack = _pack(course)
    few = [
        f"{quiz.source}: {question.id}"
        for lesson in pack.lessons
        for quiz in lesson.quizzes.values()
        for question in quiz.questions
        if question.type in ("single", "multiple") and len(question.choices) < 4
    ]
    assert few == []


@pytest.mark.parametrize("course", COURSES)
def test_every_question_points_to_the_lesson_part_that_explains_it(course: str) -> None:
    pack = _pack(course)
    without = [
        f"{quiz.source}: {question.id}"
        for lesson in pack.lessons
        for quiz in lesson.quizzes.values()
        for question in quiz.questions
        if question.part is None
    ]
    assert without == []


@pytest.mark.parametrize("course", COURSES)
def test_no_explanation_opens_with_a_verdict_in_any_language(course: str) -> None:
    pack = _pack(course)
    verdicts = [
        f"{quiz.source}: {question.id}: {question.explanation[:30]}"
        for lesson in pack.lessons
        for quiz in lesson.quizzes.values()
        for question in quiz.questions
        if VERDICT.match(question.explanation)
    ]
    assert verdicts == []
