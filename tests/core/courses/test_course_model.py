"""Answers are judged and quizzes passed by pure rules, the same everywhere."""

from __future__ import annotations

import pytest

from skillsapp.core.courses import Mastery, Question, check_answer, is_mastered

SINGLE = Question("q", "single", "?", "why", choices=("a", "b", "c"), answer=2)
MULTIPLE = Question("q", "multiple", "?", "why", choices=("a", "b", "c"), answer=frozenset({1, 3}))
TRUE_FALSE = Question("q", "true-false", "?", "why", answer=False)
ORDER = Question("q", "order", "?", "why", items=("open", "write", "send"))
MATCH = Question("q", "match", "?", "why", pairs=(("Inbox", "new mail"), ("Bin", "deleted")))
TEXT = Question("q", "text", "?", "why", accepted=("@", "at sign"))


@pytest.mark.parametrize(
    ("question", "given", "right"),
    [
        (SINGLE, 2, True),
        (SINGLE, 1, False),
        (SINGLE, True, False),  # True == 1 in Python, but it is not a choice number
        (SINGLE, "2", False),
        (MULTIPLE, [3, 1], True),
        (MULTIPLE, {1, 3}, True),
        (MULTIPLE, [1], False),
        (MULTIPLE, [1, 2, 3], False),
        (MULTIPLE, "13", False),
        (TRUE_FALSE, False, True),
        (TRUE_FALSE, True, False),
        (TRUE_FALSE, 0, False),
        (ORDER, ["open", "write", "send"], True),
        (ORDER, ("open", "write", "send"), True),
        (ORDER, ["write", "open", "send"], False),
        (ORDER, ["open", "write"], False),
        (MATCH, {"Inbox": "new mail", "Bin": "deleted"}, True),
        (MATCH, {"Inbox": "deleted", "Bin": "new mail"}, False),
        (MATCH, {"Inbox": "new mail"}, False),
        (TEXT, "  AT   Sign ", True),
        (TEXT, "@", True),
        (TEXT, "at", False),
        (TEXT, "   ", False),
        (TEXT, None, False),
    ],
)
def test_check_answer_follows_the_rule_of_each_question_type(
    question: Question, given: object, right: bool
) -> None:
    assert check_answer(question, given) is right


@pytest.mark.parametrize(
    ("mastery", "results", "passed"),
    [
        (Mastery("percent", 80), [True, True, True, True, False], True),
        (Mastery("percent", 80), [True, True, True, False, False], False),
        (Mastery("percent", 100), [True, True], True),
        (Mastery("percent", 50), [], False),
        (Mastery("streak", 3), [False, True, True, True, False], True),
        (Mastery("streak", 3), [True, True, False, True, True], False),
        (Mastery("streak", 1), [False, False, True], True),
    ],
)
def test_is_mastered_follows_percent_and_streak_rules(
    mastery: Mastery, results: list[bool], passed: bool
) -> None:
    assert is_mastered(mastery, results) is passed
