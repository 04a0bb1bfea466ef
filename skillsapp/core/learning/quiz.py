"""One go at a lesson's quiz: the rules the quiz screen shows.

An attempt holds the questions in the quiz's order, the order in which each question's
choices, items or pairs are shown (new at every attempt), which try an answer is, what a
wrong first try says, and whether a retry is offered. Each answer is recorded as a statement
before its feedback is shown, and the result is decided from the answers logged for the
attempt, not from anything a screen kept.

The rules, as ``docs/course-format.md`` tells authors:
- a question has two tries: the first, and after a wrong first try one retry;
- a wrong first try shows what was wrong (the feedback of the choices picked, or the hint,
  and for order and match how many places or pairs were right), never the explanation;
- the explanation comes after a right answer, or after the retry whether right or wrong;
- only first tries count for mastery (``is_mastered``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core.courses.model import Mastery, MasteryRule, Question, Quiz

if TYPE_CHECKING:
    from skillsapp.core.courses import CoursePack, Lesson
    from skillsapp.core.learning.courses import Learning

TRIES = 2  # the first try and one retry


@dataclass(frozen=True)
class PassMark:
    """What a quiz asks for, in numbers a sentence can hold.

    percent: ``needed`` of ``questions`` right at the first try;
    streak: ``needed`` right in a row at the first try.
    """

    rule: MasteryRule
    needed: int
    questions: int


def pass_mark(mastery: Mastery, questions: int) -> PassMark:
    """The pass mark of a quiz with ``questions`` questions, exactly as ``is_mastered`` decides."""
    if mastery.rule == "percent":
        # right * 100 >= value * questions, so the fewest right answers is the ceiling.
        return PassMark("percent", -(-mastery.value * questions // 100), questions)
    return PassMark("streak", mastery.value, questions)


@dataclass(frozen=True)
class QuizOutcome:
    """The end of one go at a quiz."""

    passed: bool
    right_first_time: int
    questions: int
    course_completed: bool = False
    missed: tuple[Question, ...] = ()  # not right at the first try, in the quiz's order
    pass_mark: PassMark | None = None


@dataclass(frozen=True)
class Note:
    """One thing a wrong try says, in the author's words.

    ``picked`` is the choice the note is about when the learner ticked a wrong one (multiple
    choice); a note about a right choice left out names no choice, so it gives nothing away.
    """

    text: str
    picked: str = ""


@dataclass(frozen=True)
class Feedback:
    """What the quiz screen shows after an answer is checked."""

    right: bool
    try_number: int
    verdict: str  # the author's own verdict; "" means the interface's "That's right"/"Not quite"
    notes: tuple[Note, ...] = ()
    places_right: int | None = None  # order: items in the right place; match: pairs right
    places: int | None = None  # order: items; match: pairs
    retry_offered: bool = False
    explanation: str = ""  # empty while a retry is offered: it would give the answer away


def shown_order(question: Question, chance: random.Random) -> tuple[int, ...]:
    """A new order to show a question in: the numbers (1-based, as in the quiz file) of its
    choices (single, multiple), items (order) or right-hand sides (match); () for true-false
    and text, which have nothing to shuffle. Order items never start in the right order."""
    count = {
        "single": len(question.choices),
        "multiple": len(question.choices),
        "order": len(question.items),
        "match": len(question.pairs),
    }.get(question.type, 0)
    numbers = list(range(1, count + 1))
    chance.shuffle(numbers)
    while question.type == "order" and count > 1 and numbers == sorted(numbers):
        chance.shuffle(numbers)
    return tuple(numbers)


def feedback_for(
    question: Question, given: object, right: bool, try_number: int, shown: Sequence[int] = ()
) -> Feedback:
    """What to tell the learner after try ``try_number`` of ``question`` (notes in the order
    the choices were ``shown``)."""
    if right:
        return Feedback(True, try_number, question.right_feedback, explanation=question.explanation)
    if try_number >= TRIES:
        return Feedback(
            False, try_number, question.wrong_feedback, explanation=question.explanation
        )
    notes = _notes(question, given, shown)
    places_right, places = _places_right(question, given)
    return Feedback(
        False,
        try_number,
        question.wrong_feedback,
        notes,
        places_right,
        places,
        retry_offered=True,
    )


def _notes(question: Question, given: object, shown: Sequence[int]) -> tuple[Note, ...]:
    order = list(shown) or list(range(1, len(question.choices) + 1))
    feedback = dict(enumerate(question.choice_feedback, start=1))
    notes: list[Note] = []
    if question.type == "single" and type(given) is int and feedback.get(given):
        notes.append(Note(feedback[given], question.choices[given - 1]))
    elif question.type == "multiple" and isinstance(question.answer, frozenset):
        ticked = set(given) if isinstance(given, set | frozenset | list | tuple) else set()
        right = question.answer
        notes += [
            Note(feedback[n], question.choices[n - 1])
            for n in order
            if n in ticked and n not in right and feedback.get(n)
        ]
        notes += [Note(feedback[n]) for n in order if n in right - ticked and feedback.get(n)]
    if not notes and question.hint:
        notes.append(Note(question.hint))
    return tuple(notes)


def _places_right(question: Question, given: object) -> tuple[int | None, int | None]:
    if question.type == "order" and isinstance(given, Sequence):
        return sum(a == b for a, b in zip(given, question.items, strict=False)), len(question.items)
    if question.type == "match" and isinstance(given, dict):
        return sum(given.get(left) == right for left, right in question.pairs), len(question.pairs)
    return None, None


def part_title(markdown: str, part: int | None) -> str:
    """The words of the lesson's ``part``-th ``## `` heading (outside code blocks), without
    Markdown marks; "" when there is no such part."""
    if part is None:
        return ""
    found, fenced = 0, False
    for line in markdown.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and line.startswith("## "):
            found += 1
            if found == part:
                words = re.sub(r"[*_`]|\s#+\s*$", "", line[3:])
                return " ".join(words.split())
    return ""


class QuizAttempt:
    """One go at a quiz, question by question; the screen shows it and asks it what to do."""

    def __init__(
        self,
        learning: Learning,
        learner_id: str,
        pack: CoursePack,
        lesson: Lesson,
        language: str,
        attempt_id: str,
        chance: random.Random,
    ) -> None:
        quiz = lesson.quiz(language)
        if quiz is None:
            raise ValueError(f"the lesson {lesson.id!r} has no quiz")
        self.learning, self.learner_id = learning, learner_id
        self.pack, self.lesson, self.language = pack, lesson, language
        self.quiz: Quiz = quiz
        self.id = attempt_id
        # Drawn at the start: a retry shows the same order, so its feedback still fits.
        self.orders = {q.id: shown_order(q, chance) for q in quiz.questions}
        self.index = 0
        self.tries = 0  # tries given to the current question
        self.feedback: Feedback | None = None  # of the current question's latest try
        self.outcome: QuizOutcome | None = None

    @property
    def question(self) -> Question:
        """The question being asked."""
        return self.quiz.questions[self.index]

    @property
    def number(self) -> int:
        """The question's number, from 1."""
        return self.index + 1

    @property
    def is_last(self) -> bool:
        """True on the quiz's last question."""
        return self.index == len(self.quiz.questions) - 1

    def order(self, question: Question | None = None) -> tuple[int, ...]:
        """The order this attempt shows the question's choices, items or right-hand sides in."""
        return self.orders[(question or self.question).id]

    @property
    def may_answer(self) -> bool:
        """Whether the current question takes an answer now (a first try, or the retry)."""
        if self.outcome is not None:
            return False
        return self.feedback is None or self.feedback.retry_offered

    @property
    def in_progress(self) -> bool:
        """Started and not finished."""
        return self.outcome is None

    def answer(self, given: object) -> Feedback:
        """Check and record ``given`` as the next try of the current question."""
        if not self.may_answer:
            raise ValueError("this question takes no more answers in this attempt")
        self.tries += 1
        question = self.question
        right = self.learning.answer(
            self.learner_id,
            self.pack,
            self.lesson,
            question,
            given,
            self.id,
            self.tries,
            self.language,
            shown=self.order(question),
        )
        self.feedback = feedback_for(question, given, right, self.tries, self.order(question))
        return self.feedback

    def next(self) -> bool:
        """Go on to the next question; False when this was the last (then ``finish``)."""
        if self.is_last:
            return False
        self.index += 1
        self.tries, self.feedback = 0, None
        return True

    def finish(self) -> QuizOutcome:
        """Decide the result from the answers logged for this attempt, and record it."""
        if self.outcome is None:
            self.outcome = self.learning.finish_quiz(
                self.learner_id, self.pack, self.lesson, self.quiz, self.id, self.language
            )
        return self.outcome

    def part_title(self, question: Question) -> str:
        """The heading of the lesson part that explains ``question`` ("" for the whole lesson)."""
        return part_title(self.lesson.text(self.language).markdown, question.part)
