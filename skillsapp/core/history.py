"""A learner's history as events a trainer can read: what each of their statements means.

A statement is stored as xAPI (a verb IRI, an object, context extensions); a trainer wants
"Opened the lesson 'Safe passwords'". This module decides what kind of event a statement
is and which course, lesson, quiz or competence it names; the screen only puts the kind
into words of its language and the names into the titles of that language
(:class:`Titles`). Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from skillsapp.core import learning_events as le
from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.events import Extension, Verb
from skillsapp.core.learning.responses import describe_response, given_from_response

if TYPE_CHECKING:
    from skillsapp.core.catalogue import Catalogue
    from skillsapp.core.centre import Centre
    from skillsapp.core.courses import Question

# How many of a learner's latest events the history shows (older ones stay in the log).
HISTORY_SIZE = 300


class EventKind(StrEnum):
    """What a statement of a learner means, in a trainer's terms."""

    REGISTERED = "registered"
    SIGNED_IN = "signed-in"
    SIGNED_OUT = "signed-out"
    OPENED_LESSON = "opened-lesson"
    FINISHED_LESSON = "finished-lesson"
    FINISHED_COURSE = "finished-course"
    ANSWERED_QUESTION = "answered-question"
    PASSED_QUIZ = "passed-quiz"
    FAILED_QUIZ = "failed-quiz"
    STARTED_SELF_CHECK = "started-self-check"
    ANSWERED_SELF_CHECK = "answered-self-check"
    FINISHED_SELF_CHECK = "finished-self-check"
    KNOWLEDGE_RESULT = "knowledge-result"  # the knowledge questions of a check, right of asked
    OBSERVED = "observed"  # a trainer recorded the level they watched
    OTHER = "other"  # a statement of a kind this version does not know (from a newer PC)


# Answers have their own tab on the learner's page; in the history they would drown the rest.
ANSWERS = frozenset({EventKind.ANSWERED_QUESTION, EventKind.ANSWERED_SELF_CHECK})


@dataclass(frozen=True)
class HistoryEvent:
    """One thing a learner did (or a trainer recorded about them), with what it names."""

    kind: EventKind
    at: str  # when, as the statement's ISO timestamp (UTC)
    statement_id: str
    course_id: str | None = None
    lesson_id: str | None = None
    competence: str | None = None  # DigComp code of an observation
    area: str | None = None  # the area of a quick self-check (None: the full check)
    level: int | None = None  # the level a trainer observed
    right: int | None = None  # quiz: questions right the first time (self-check: right)
    questions: int | None = None  # quiz: how many questions (self-check: how many asked)
    idle: bool = False  # signed out because nobody touched the PC
    name: str = ""  # the activity's own (English) name, for what this PC no longer has
    verb: str = ""  # the verb's own display word, for OTHER


def describe(statement: dict[str, Any]) -> HistoryEvent:
    """The kind of event a statement is, and the course, lesson or competence it names."""
    verb = statement.get("verb", {}).get("id", "")
    obj = statement.get("object", {})
    kind_of_object = obj.get("definition", {}).get("type")
    context = statement.get("context", {}).get("extensions", {})
    result = statement.get("result", {})
    base: dict[str, Any] = {
        "at": statement.get("timestamp", ""),
        "statement_id": statement.get("id", ""),
        "course_id": context.get(le.COURSE),
        "lesson_id": context.get(le.LESSON),
        "name": obj.get("definition", {}).get("name", {}).get("en", ""),
    }
    kind = _kind(verb, kind_of_object)
    if kind in (EventKind.PASSED_QUIZ, EventKind.FAILED_QUIZ, EventKind.KNOWLEDGE_RESULT):
        score = result.get("score", {})
        if "raw" in score and "max" in score:
            base.update(right=int(score["raw"]), questions=int(score["max"]))
    elif kind is EventKind.SIGNED_OUT:
        base["idle"] = context.get(Extension.REASON) == "idle"
    elif kind is EventKind.OBSERVED:
        base["competence"] = context.get(ce.COMPETENCE)
        level = result.get("extensions", {}).get(ce.OBSERVED_LEVEL)
        base["level"] = int(level) if level is not None else None
    elif kind in (EventKind.STARTED_SELF_CHECK, EventKind.FINISHED_SELF_CHECK):
        base["area"] = context.get(ce.CHECK_AREA)
    elif kind is EventKind.OTHER:
        base["verb"] = statement.get("verb", {}).get("display", {}).get("en", "")
    return HistoryEvent(kind, **base)


def _kind(verb: str, object_type: str | None) -> EventKind:
    simple = {
        Verb.REGISTERED[0]: EventKind.REGISTERED,
        Verb.LOGGED_IN[0]: EventKind.SIGNED_IN,
        Verb.LOGGED_OUT[0]: EventKind.SIGNED_OUT,
        le.PASSED[0]: EventKind.PASSED_QUIZ,
        le.FAILED[0]: EventKind.FAILED_QUIZ,
        ce.DEMONSTRATED[0]: EventKind.OBSERVED,
    }
    if verb in simple:
        return simple[verb]
    by_object = {
        (le.EXPERIENCED[0], le.LESSON_TYPE): EventKind.OPENED_LESSON,
        (le.COMPLETED[0], le.LESSON_TYPE): EventKind.FINISHED_LESSON,
        (le.COMPLETED[0], le.COURSE_TYPE): EventKind.FINISHED_COURSE,
        (le.ANSWERED[0], le.QUESTION_TYPE): EventKind.ANSWERED_QUESTION,
        (ce.ATTEMPTED[0], ce.SELF_ASSESSMENT_TYPE): EventKind.STARTED_SELF_CHECK,
        (ce.COMPLETED[0], ce.SELF_ASSESSMENT_TYPE): EventKind.FINISHED_SELF_CHECK,
        (ce.COMPLETED[0], ce.KNOWLEDGE_CHECK_TYPE): EventKind.KNOWLEDGE_RESULT,
    }
    found = by_object.get((verb, object_type or ""))
    if found is not None:
        return found
    if verb == le.ANSWERED[0]:
        # Self-check statements are question activities too; they carry the check's kind.
        return EventKind.ANSWERED_SELF_CHECK
    return EventKind.OTHER


def learner_history(
    centre: Centre, learner_id: str, size: int = HISTORY_SIZE, with_answers: bool = False
) -> list[HistoryEvent]:
    """The learner's latest events, newest first (answers left out unless asked for)."""
    events = [describe(s) for s in centre.log.for_actor(learner_id)]
    if not with_answers:
        events = [e for e in events if e.kind not in ANSWERS]
    return list(reversed(events[-size:])) if size else []


@dataclass(frozen=True)
class Answer:
    """One answer to a quiz question, as the learner gave it."""

    course_id: str
    lesson_id: str
    question_id: str
    response: str  # as stored in the statement (see ``answer_words`` for the words)
    right: bool
    try_number: int
    language: str  # the language the learner took the quiz in
    at: str
    prompt: str  # the question as stored (English, at most 200 characters)
    statement: dict[str, Any]  # the whole statement, for readers of newer fields


@dataclass(frozen=True)
class QuizGo:
    """The answers of one go at a quiz, in the order they were given."""

    attempt: str
    course_id: str
    lesson_id: str
    started_at: str
    answers: tuple[Answer, ...]


def quiz_goes(centre: Centre, learner_id: str) -> list[QuizGo]:
    """Every go at a quiz the learner made, newest first, each with its answers."""
    goes: dict[str, list[Answer]] = {}
    for statement in centre.log.for_actor(learner_id, le.ANSWERED[0]):
        context = statement.get("context", {})
        extensions = context.get("extensions", {})
        attempt = extensions.get(le.ATTEMPT)
        if attempt is None:
            continue  # a self-check answer, shown under Competences
        result = statement.get("result", {})
        goes.setdefault(attempt, []).append(
            Answer(
                course_id=extensions.get(le.COURSE, ""),
                lesson_id=extensions.get(le.LESSON, ""),
                question_id=statement["object"]["id"].rsplit("/", 1)[-1],
                response=str(result.get("response", "")),
                right=bool(result.get("success")),
                try_number=int(result.get("extensions", {}).get(le.TRY, 1)),
                language=context.get("language", ""),
                at=statement.get("timestamp", ""),
                prompt=statement["object"].get("definition", {}).get("name", {}).get("en", ""),
                statement=statement,
            )
        )
    made = [
        QuizGo(attempt, found[0].course_id, found[0].lesson_id, found[0].at, tuple(found))
        for attempt, found in goes.items()
    ]
    return sorted(made, key=lambda go: go.started_at, reverse=True)


class Titles:
    """Names of courses, lessons and questions in one language, from the courses on this PC
    (a course that is gone keeps the name its statements carry)."""

    def __init__(self, catalogue: Catalogue, language: str) -> None:
        self.catalogue, self.language = catalogue, language

    def course(self, course_id: str | None, fallback: str = "") -> str:
        """The course's title in this language (or its own), else ``fallback`` or its id."""
        pack = self.catalogue.get(course_id) if course_id else None
        if pack is not None:
            return pack.title_in(self.language)
        return fallback or course_id or ""

    def lesson(self, course_id: str | None, lesson_id: str | None, fallback: str = "") -> str:
        """The lesson's title in this language (or its own), else ``fallback`` or its id."""
        pack = self.catalogue.get(course_id) if course_id else None
        if pack is not None and lesson_id:
            try:
                return pack.lesson(lesson_id).text(self.language).title
            except KeyError:
                pass  # a newer version of the course dropped that lesson
        return _quiz_name(fallback) or lesson_id or ""

    def question(self, answer: Answer) -> Question | None:
        """The question answered, in this language where the course has it, else in the
        language the learner took the quiz in; None when the course no longer has it."""
        pack = self.catalogue.get(answer.course_id)
        if pack is None:
            return None
        try:
            lesson = pack.lesson(answer.lesson_id)
        except KeyError:
            return None
        for language in (self.language, answer.language):
            quiz = lesson.quizzes.get(language)
            found = quiz and next((q for q in quiz.questions if q.id == answer.question_id), None)
            if found and _fits(found, answer.response):
                return found
        return None


def _quiz_name(name: str) -> str:
    # A quiz's stored name is "Quiz: <lesson title>"; the lesson's title is what is wanted.
    return name.removeprefix("Quiz: ")


def _fits(question: Question, response: str) -> bool:
    """Whether a stored response can be read with this question's words (order and match
    answers of older statements name the items by their words, in the quiz's language)."""
    return given_from_response(question, response) is not None


# The learner's answers are read back by the quiz's own rules (one reading for the result
# screen, the learner page and reports).
answer_words = describe_response
