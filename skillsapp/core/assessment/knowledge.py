"""Knowledge questions of the self-check: short true/false and one-answer questions per
competence, scored right or wrong (as the EU's Europass self-test does).

The words live in ``data/knowledge.<lang>.yaml`` (read and checked by ``data_files``); this
module holds what they become and the rule that turns answers into a "known" level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from skillsapp.core.assessment.bank import ORIGINAL_LANGUAGE
from skillsapp.core.framework.model import NOT_YET, area_of

QuestionType = Literal["true-false", "single"]
QUESTION_TYPES: tuple[QuestionType, ...] = ("true-false", "single")


@dataclass(frozen=True)
class KnowledgeQuestion:
    """One question about one competence at one level, with its right answer.

    ``answer`` is True/False for a true-false question and the 1-based number of the right
    choice (in the file's order) for a single-answer question.
    """

    id: str
    competence: str
    level: int
    type: QuestionType
    answer: bool | int
    prompts: Mapping[str, str] = field(hash=False)
    choices: Mapping[str, tuple[str, ...]] = field(hash=False)  # empty for true-false
    explanations: Mapping[str, str] = field(hash=False)

    @property
    def area(self) -> str:
        """The area code of the question's competence."""
        return area_of(self.competence)

    def prompt(self, language: str) -> str:
        """The question in ``language`` (English when not translated)."""
        return self.prompts.get(language) or self.prompts[ORIGINAL_LANGUAGE]

    def choices_in(self, language: str) -> tuple[str, ...]:
        """The choices in ``language``, in the file's order (English when not translated)."""
        return self.choices.get(language) or self.choices.get(ORIGINAL_LANGUAGE, ())

    def explanation(self, language: str) -> str:
        """Why the right answer is right, shown after answering."""
        return self.explanations.get(language) or self.explanations[ORIGINAL_LANGUAGE]

    def is_right(self, response: bool | int) -> bool:
        """True when ``response`` (True/False, or a 1-based choice number) is the answer."""
        if self.type == "true-false":
            return type(response) is bool and response is self.answer
        return type(response) is int and response == self.answer


@dataclass(frozen=True)
class KnowledgeBank:
    """Every knowledge question (none at all is allowed: the self-check then has none)."""

    questions: tuple[KnowledgeQuestion, ...] = ()

    def question(self, question_id: str) -> KnowledgeQuestion:
        """One question by id; KeyError when there is none."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def for_competence(self, code: str) -> tuple[KnowledgeQuestion, ...]:
        """The questions of one competence, easiest first."""
        return tuple(
            sorted((q for q in self.questions if q.competence == code), key=lambda q: q.level)
        )


def known_level(answers: Iterable[tuple[KnowledgeQuestion, bool]]) -> int:
    """The highest question level answered right, climbing from the easiest question.

    Questions are taken level by level from the easiest; a level holds when every question
    of it was answered right, and the first level that does not hold stops the climb (the
    self-check does not ask further). With no level held the level is 0, "not yet".
    """
    by_level: dict[int, list[bool]] = {}
    for question, right in answers:
        by_level.setdefault(question.level, []).append(right)
    level = NOT_YET
    for question_level in sorted(by_level):
        if not all(by_level[question_level]):
            break
        level = question_level
    return level


def known_levels(answers: Mapping[KnowledgeQuestion, bool]) -> dict[str, int]:
    """Per competence that has answers, its known level (in code order)."""
    grouped: dict[str, list[tuple[KnowledgeQuestion, bool]]] = {}
    for question, right in answers.items():
        grouped.setdefault(question.competence, []).append((question, right))
    ordered = sorted(grouped, key=lambda code: tuple(int(p) for p in code.split(".")))
    return {code: known_level(grouped[code]) for code in ordered}
