"""What a course pack is once loaded: the course, its lessons, quizzes and questions.

Everything here is immutable and free of I/O, so the rules about answers and mastery can be
used by the lesson player, the reports and the tests alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

QuestionType = Literal["single", "multiple", "true-false", "order", "match", "text"]
QUESTION_TYPES: tuple[QuestionType, ...] = (
    "single",
    "multiple",
    "true-false",
    "order",
    "match",
    "text",
)
MasteryRule = Literal["percent", "streak"]
Audience = Literal["residents", "small-businesses", "everyone"]
AUDIENCES: tuple[Audience, ...] = ("residents", "small-businesses", "everyone")
# The fewest choices a single or multiple choice question should offer, so that guessing
# rarely passes (fewer is allowed where the content has no more, with a warning).
ADVISED_CHOICES = 4


@dataclass(frozen=True)
class Competence:
    """A DigComp competence a course trains, from the level it expects to the level it reaches."""

    code: str
    entry_level: int
    target_level: int


@dataclass(frozen=True)
class Question:
    """One quiz question.

    Which fields matter depends on `type`:
    - single: `choices`, `answer` is the 1-based number of the right choice (int);
    - multiple: `choices`, `answer` is the frozenset of 1-based numbers of the right choices;
    - true-false: `answer` is a bool;
    - order: `items` in the right order (the player shuffles them);
    - match: `pairs` of (left, right);
    - text: `accepted` answers.

    Choice questions carry `choice_feedback`, one hint per choice (as written, "" where the
    author gave none): shown when a learner picks a wrong choice (or, in multiple choice,
    misses a right one), without giving the answer away. The other types carry one `hint`
    for a wrong first try. `right_feedback` and `wrong_feedback` are the author's own short
    verdicts; empty means the interface's own words. `part` is the lesson part (counting its
    ``##`` headings from 1) that explains the question, or None for the whole lesson.
    """

    id: str
    type: QuestionType
    prompt: str
    explanation: str
    choices: tuple[str, ...] = ()
    answer: int | bool | frozenset[int] | None = None
    items: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    accepted: tuple[str, ...] = ()
    choice_feedback: tuple[str, ...] = ()
    hint: str = ""
    part: int | None = None
    right_feedback: str = ""
    wrong_feedback: str = ""

    @property
    def answer_key(self) -> tuple[object, ...]:
        """What must stay the same in every translation: type, answer and number of options."""
        answer: object = sorted(self.answer) if isinstance(self.answer, frozenset) else self.answer
        if self.type == "text":
            answer = None  # accepted words are translated too
        return (self.type, answer, len(self.choices), len(self.items), len(self.pairs), self.part)


def right_answer(question: Question) -> object:
    """An answer ``check_answer`` accepts (for the demo's history and for tests)."""
    match question.type:
        case "single" | "true-false":
            return question.answer
        case "multiple":
            return set(question.answer) if isinstance(question.answer, frozenset) else set()
        case "order":
            return list(question.items)
        case "match":
            return dict(question.pairs)
        case _:
            return question.accepted[0]


def normalise_text_answer(text: str) -> str:
    """Fold case and collapse spaces, so " At  Sign" and "at sign" count as the same answer."""
    return " ".join(text.split()).casefold()


def check_answer(question: Question, given: object) -> bool:
    """Tell whether `given` is a right answer to `question`; a wrongly shaped answer is wrong.

    given is: single -> int (1-based choice); multiple -> iterable of ints; true-false -> bool;
    order -> sequence of the item texts; match -> mapping left -> right; text -> str.
    """
    match question.type:
        case "single":
            return type(given) is int and given == question.answer
        case "multiple":
            if isinstance(given, str | bytes) or not isinstance(given, Iterable):
                return False
            chosen = list(given)
            if not all(type(n) is int for n in chosen):
                return False
            return frozenset(chosen) == question.answer
        case "true-false":
            return type(given) is bool and given == question.answer
        case "order":
            if isinstance(given, str | bytes) or not isinstance(given, Sequence):
                return False
            return tuple(given) == question.items
        case "match":
            if not isinstance(given, Mapping):
                return False
            return dict(given) == dict(question.pairs)
        case "text":
            if not isinstance(given, str):
                return False
            wanted = normalise_text_answer(given)
            return bool(wanted) and any(
                wanted == normalise_text_answer(ok) for ok in question.accepted
            )
    return False


@dataclass(frozen=True)
class Mastery:
    """When a quiz counts as passed.

    percent: at least `value` % of the questions answered right at the first try.
    streak: `value` right first-try answers in a row.
    """

    rule: MasteryRule = "percent"
    value: int = 80


def is_mastered(mastery: Mastery, first_try_results: Sequence[bool]) -> bool:
    """Decide from the first-try results (one per question, in order) whether the quiz is passed."""
    if not first_try_results:
        return False
    if mastery.rule == "percent":
        right = sum(1 for result in first_try_results if result)
        # Integers only, so 4 of 5 at 80 % passes without rounding surprises.
        return right * 100 >= mastery.value * len(first_try_results)
    run = 0
    for result in first_try_results:
        run = run + 1 if result else 0
        if run >= mastery.value:
            return True
    return False


@dataclass(frozen=True)
class Quiz:
    """The quiz that ends a lesson, in one language."""

    title: str
    mastery: Mastery
    questions: tuple[Question, ...]
    source: str  # path of the quiz file inside the pack, e.g. "quizzes/welcome.pt.yaml"


@dataclass(frozen=True)
class LessonText:
    """A lesson's words in one language."""

    title: str
    markdown: str
    source: str  # path of the lesson file inside the pack, e.g. "lessons/welcome.md"


@dataclass(frozen=True)
class Lesson:
    """One lesson: its words in every language of the pack, and its quiz if it has one."""

    id: str
    minutes: int
    language: str  # the language it was written in
    texts: Mapping[str, LessonText] = field(hash=False)
    quizzes: Mapping[str, Quiz] = field(default_factory=dict, hash=False)

    @property
    def title(self) -> str:
        """The title in the language the lesson was written in."""
        return self.texts[self.language].title

    @property
    def source(self) -> str:
        """The original lesson file inside the pack."""
        return self.texts[self.language].source

    def text(self, language: str) -> LessonText:
        """The lesson in `language`, or in its own language when it has no such translation."""
        return self.texts.get(language) or self.texts[self.language]

    def quiz(self, language: str) -> Quiz | None:
        """The quiz in `language` (falling back to the original), or None without a quiz."""
        return self.quizzes.get(language) or self.quizzes.get(self.language)


@dataclass(frozen=True)
class CoursePack:
    """A whole course as found in a pack folder."""

    id: str
    version: tuple[int, int, int]
    language: str
    languages: tuple[str, ...]
    titles: Mapping[str, str] = field(hash=False)
    summaries: Mapping[str, str] = field(hash=False)
    estimated_minutes: int
    audience: Audience
    digcomp_version: str
    competences: tuple[Competence, ...]
    lessons: tuple[Lesson, ...]
    path: Path

    @property
    def version_text(self) -> str:
        """The version as authors write it, e.g. "1.2.0"."""
        return ".".join(str(part) for part in self.version)

    @property
    def title(self) -> str:
        """The title in the language the course was written in."""
        return self.titles[self.language]

    def title_in(self, language: str) -> str:
        """The title in `language`, or in the original language."""
        return self.titles.get(language) or self.titles[self.language]

    def summary_in(self, language: str) -> str:
        """The summary in `language`, or in the original language."""
        return self.summaries.get(language) or self.summaries[self.language]

    def lesson(self, lesson_id: str) -> Lesson:
        """The lesson with this id; KeyError if the course has none."""
        for lesson in self.lessons:
            if lesson.id == lesson_id:
                return lesson
        raise KeyError(lesson_id)
