"""A resident's self-assessment: a quick check of one area or the full check of all areas.

Every answer is a statement stored at once, so a check can be paused (or the power cut) and
resumed later, also on another PC of the centre; going back and answering again adds a new
answer statement, and the latest answer of each statement counts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.bank import Item, ItemBank
from skillsapp.core.assessment.knowledge import KnowledgeBank, KnowledgeQuestion, known_levels
from skillsapp.core.assessment.scoring import (
    GATING_SCALES,
    HOLDS_AT,
    MAX_POINTS,
    CompetenceResult,
    area_levels,
    score_competences,
)
from skillsapp.core.errors import Refused
from skillsapp.core.framework.model import framework
from skillsapp.core.ids import new_id

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

CheckKind = Literal["quick", "full"]
Step = Item | KnowledgeQuestion  # what one screen of the check asks


@dataclass
class CheckSession:
    """One go at a self-assessment while the resident answers, one step per screen.

    The steps are each competence's statements, easiest first, then its knowledge
    questions, easiest first. Once a level does not hold (its skills and knowledge
    statements average under 2 points) the higher statements of that competence are not
    asked; once a question is answered wrong, the higher questions are not asked. A beginner
    therefore meets a short check; ``steps`` is worked out again after every answer.
    """

    id: str  # the xAPI registration tying its statements together
    learner_id: str
    kind: CheckKind
    area: str | None
    version: str
    language: str
    items: tuple[Item, ...]
    questions: tuple[KnowledgeQuestion, ...] = ()
    answers: dict[str, int] = field(default_factory=dict)  # item id -> answer (0-3)
    responses: dict[str, bool | int] = field(default_factory=dict)  # question id -> response
    shown: dict[str, tuple[int, ...]] = field(default_factory=dict)  # question -> choices shown
    position: int = 0
    answers_given: int = 0  # answer statements so far, including changed answers
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def steps(self) -> list[Step]:
        """Every step this check asks given the answers so far, in the order asked."""
        found: list[Step] = []
        for code in _codes_in_order(self.items, self.questions):
            failed_level: int | None = None
            for item in (i for i in self.items if i.competence == code):
                gating = item.scale in GATING_SCALES
                if gating and failed_level is not None and item.level > failed_level:
                    continue
                found.append(item)
                if item.scale in GATING_SCALES and failed_level is None:
                    failed_level = self._failed_level(code, item.level)
            for question in (q for q in self.questions if q.competence == code):
                found.append(question)
                response = self.responses.get(question.id)
                if response is None or not question.is_right(response):
                    break  # unanswered: nothing after it yet; wrong: the climb stops
        return found

    def _failed_level(self, code: str, level: int) -> int | None:
        """``level`` when all its gating statements are answered and average under 2."""
        group = [
            i
            for i in self.items
            if i.competence == code and i.level == level and i.scale in GATING_SCALES
        ]
        if any(i.id not in self.answers for i in group):
            return None
        total = sum(self.answers[i.id] for i in group)
        return level if total < HOLDS_AT * len(group) else None

    @property
    def current(self) -> Step | None:
        """The step on screen; None once past the last one."""
        steps = self.steps()
        return steps[self.position] if self.position < len(steps) else None

    @property
    def answered(self) -> int:
        """How many of the steps asked have an answer."""
        return sum(1 for step in self.steps() if self._has_answer(step))

    @property
    def total(self) -> int:
        """How many steps this check asks, as far as the answers so far tell."""
        return len(self.steps())

    @property
    def complete(self) -> bool:
        """True when every step asked has an answer."""
        return all(self._has_answer(step) for step in self.steps())

    def current_answer(self) -> bool | int | None:
        """The answer already given to the step on screen (after going back)."""
        step = self.current
        return None if step is None else self.current_answer_of(step)

    def current_answer_of(self, step: Step) -> bool | int | None:
        """The answer given to ``step``, None when it has none."""
        if isinstance(step, Item):
            return self.answers.get(step.id)
        return self.responses.get(step.id)

    def shown_order(self, question: KnowledgeQuestion) -> tuple[int, ...]:
        """The choice numbers (1-based, as in the file) in the order shown, shuffled once per
        check; () for a true-false question."""
        if question.type != "single":
            return ()
        if question.id not in self.shown:
            order = list(range(1, len(question.choices_in("en")) + 1))
            self.rng.shuffle(order)
            self.shown[question.id] = tuple(order)
        return self.shown[question.id]

    def _has_answer(self, step: Step) -> bool:
        if isinstance(step, Item):
            return step.id in self.answers
        return step.id in self.responses


def _codes_in_order(items: tuple[Item, ...], questions: tuple[KnowledgeQuestion, ...]) -> list[str]:
    codes = {i.competence for i in items} | {q.competence for q in questions}
    return sorted(codes, key=lambda c: tuple(int(p) for p in c.split(".")))


@dataclass(frozen=True)
class SelfAssessmentResult:
    """A finished self-assessment, as recorded."""

    statement_id: str
    learner_id: str
    finished_at: str
    kind: str
    area: str | None
    version: str
    competences: dict[str, CompetenceResult]
    known: dict[str, int] = field(default_factory=dict)  # code -> known level (questions)

    @property
    def levels(self) -> dict[str, int]:
        """Competence code -> self-assessed level, 0 ("not yet") to 6."""
        return {code: result.level for code, result in self.competences.items()}

    @property
    def scores(self) -> dict[str, int]:
        """Competence code -> score 0-100."""
        return {code: result.score for code, result in self.competences.items()}

    @property
    def area_levels(self) -> dict[str, int]:
        """Area code -> level, by the documented rule."""
        return area_levels(self.levels)


class SelfAssessments:
    """Starting, answering, pausing, resuming and finishing self-assessments."""

    def __init__(
        self, centre: Centre, bank: ItemBank, knowledge: KnowledgeBank | None = None
    ) -> None:
        self.centre = centre
        self.bank = bank
        self.knowledge = knowledge or KnowledgeBank()

    def start(
        self,
        learner_id: str,
        kind: CheckKind = "full",
        area: str | None = None,
        language: str = "en",
    ) -> CheckSession:
        """Begin a new check (any paused one is left behind) and record that it started."""
        self.centre.learners.get(learner_id)  # LookupError for someone not of this centre
        if kind not in ("quick", "full"):
            raise Refused("Please choose the quick check or the full check.")
        if kind == "quick" and not self.bank.for_area(area or ""):
            raise Refused("Please choose one of the five areas for the quick check.")
        session = self._session(
            new_id(), learner_id, kind, area, self.bank.framework_version, language
        )
        with self.centre.db.transaction():
            self.centre.record(
                learner_id,
                ce.ATTEMPTED,
                ce.check_object(session.kind, session.area),
                language=language,
                registration=session.id,
                extensions=ce.check_context(session.version, session.kind, session.area),
            )
        return session

    def answer(self, session: CheckSession, answer: int) -> None:
        """Record the answer (0-3) to the statement on screen, then move to the next step."""
        item = session.current
        if item is None:
            raise Refused("Every statement has been answered.")
        if not isinstance(item, Item):
            raise Refused("Please choose one of the answers.")
        if type(answer) is not int or not 0 <= answer <= MAX_POINTS:
            raise Refused("Please choose one of the four answers.")
        number = session.answers_given + 1
        with self.centre.db.transaction():
            self.centre.record(
                session.learner_id,
                ce.ANSWERED,
                ce.item_object(item.id, item.text("en")),
                result={
                    "response": str(answer),
                    "score": {"raw": answer, "min": 0, "max": MAX_POINTS},
                    "extensions": {ce.COMPETENCE: item.competence, ce.ITEM_LEVEL: item.level},
                },
                language=session.language,
                registration=session.id,
                extensions=ce.check_context(
                    session.version,
                    session.kind,
                    session.area,
                    **{
                        ce.COMPETENCE: item.competence,
                        ce.ANSWER_NUMBER: number,
                        ce.EVIDENCE_KIND: ce.SAID,
                    },
                ),
            )
        session.answers[item.id] = answer
        session.answers_given = number
        session.position += 1

    def answer_question(self, session: CheckSession, response: bool | int) -> bool:
        """Record the answer to the knowledge question on screen (True/False, or the number
        of the chosen choice as in the file), move on, and say whether it was right."""
        question = session.current
        if question is None:
            raise Refused("Every statement has been answered.")
        if not isinstance(question, KnowledgeQuestion):
            raise Refused("Please choose one of the four answers.")
        choices = len(question.choices_in("en"))
        if question.type == "true-false" and type(response) is not bool:
            raise Refused("Please choose one of the answers.")
        if question.type == "single" and (
            type(response) is not int or not 1 <= response <= choices
        ):
            raise Refused("Please choose one of the answers.")
        right = question.is_right(response)
        number = session.answers_given + 1
        shown = session.shown_order(question)
        result_extensions: dict[str, Any] = {
            ce.COMPETENCE: question.competence,
            ce.ITEM_LEVEL: question.level,
        }
        if shown:
            result_extensions[ce.SHOWN_ORDER] = list(shown)
        with self.centre.db.transaction():
            self.centre.record(
                session.learner_id,
                ce.ANSWERED,
                ce.question_object(question.id, question.prompt("en")),
                result={
                    "success": right,
                    "response": _response_text(response),
                    "score": {"raw": int(right), "min": 0, "max": 1},
                    "extensions": result_extensions,
                },
                language=session.language,
                registration=session.id,
                extensions=ce.check_context(
                    session.version,
                    session.kind,
                    session.area,
                    **{
                        ce.COMPETENCE: question.competence,
                        ce.ANSWER_NUMBER: number,
                        ce.EVIDENCE_KIND: ce.KNOWN,
                    },
                ),
            )
        session.responses[question.id] = response
        session.answers_given = number
        session.position += 1
        return right

    @staticmethod
    def back(session: CheckSession) -> None:
        """Go back one step to change its answer (nothing is recorded)."""
        session.position = max(0, session.position - 1)

    def paused(self, learner_id: str) -> CheckSession | None:
        """The learner's latest unfinished check, rebuilt from the log; None when there is none.

        It opens at the first step without an answer.
        """
        started = [
            s
            for s in self.centre.log.for_actor(learner_id, ce.ATTEMPTED[0])
            if _type(s) == ce.SELF_ASSESSMENT_TYPE
        ]
        if not started:
            return None
        latest = started[-1]
        registration = latest["context"]["registration"]
        finished = self.centre.log.for_actor(learner_id, ce.COMPLETED[0])
        if any(s.get("context", {}).get("registration") == registration for s in finished):
            return None
        extensions = latest["context"]["extensions"]
        session = self._session(
            registration,
            learner_id,
            extensions[ce.CHECK_KIND],
            extensions.get(ce.CHECK_AREA),
            extensions[ce.DIGCOMP_VERSION],
            latest["context"].get("language", "en"),
        )
        items = {item.id for item in session.items}
        questions = {q.id: q for q in session.questions}
        answers = [
            s
            for s in self.centre.log.for_actor(learner_id, ce.ANSWERED[0])
            if s.get("context", {}).get("registration") == registration
        ]
        answers.sort(key=lambda s: s["context"]["extensions"][ce.ANSWER_NUMBER])
        for statement in answers:
            step_id = statement["object"]["id"].rsplit("/", 1)[-1]
            response = statement["result"]["response"]
            if "/knowledge/" in statement["object"]["id"]:
                if step_id in questions:
                    session.responses[step_id] = _read_response(response)
                    shown = statement["result"].get("extensions", {}).get(ce.SHOWN_ORDER)
                    if shown:
                        session.shown[step_id] = tuple(int(n) for n in shown)
            elif step_id in items:
                session.answers[step_id] = int(response)
        session.answers_given = len(answers)
        steps = session.steps()
        session.position = next(
            (i for i, step in enumerate(steps) if not session._has_answer(step)), len(steps)
        )
        return session

    def finish(self, session: CheckSession) -> SelfAssessmentResult:
        """Score the check and record its results: the self-assessed levels (said) and, when
        knowledge questions were asked, the known levels in a statement of their own."""
        if not session.complete:
            raise Refused("Please answer every statement before finishing.")
        # A statement not asked (above a level that did not hold) counts 0 points.
        by_item = {item: session.answers.get(item.id, 0) for item in session.items}
        competences = score_competences(by_item)
        levels = {code: r.level for code, r in competences.items()}
        counts = {code: r.items for code, r in competences.items()}
        asked = {
            q: q.is_right(session.responses[q.id])
            for q in session.questions
            if q.id in session.responses
        }
        known = known_levels(asked)
        context = ce.check_context(session.version, session.kind, session.area)
        with self.centre.db.transaction():
            statement = self.centre.record(
                session.learner_id,
                ce.COMPLETED,
                ce.check_object(session.kind, session.area),
                result={
                    "completion": True,
                    "extensions": {
                        ce.COMPETENCE_LEVELS: levels,
                        ce.COMPETENCE_SCORES: {c: r.score for c, r in competences.items()},
                        ce.AREA_LEVELS: area_levels(levels),
                        ce.ITEM_COUNTS: counts,
                        ce.DIGCOMP_VERSION: session.version,
                    },
                },
                language=session.language,
                registration=session.id,
                extensions={**context, ce.EVIDENCE_KIND: ce.SAID},
            )
            if asked:
                tally: dict[str, list[int]] = {}
                for question, right in asked.items():
                    pair = tally.setdefault(question.competence, [0, 0])
                    pair[0] += int(right)
                    pair[1] += 1
                self.centre.record(
                    session.learner_id,
                    ce.COMPLETED,
                    ce.knowledge_check_object(session.kind, session.area),
                    after=statement["timestamp"],
                    result={
                        "completion": True,
                        "score": {
                            "raw": sum(p[0] for p in tally.values()),
                            "min": 0,
                            "max": sum(p[1] for p in tally.values()),
                        },
                        "extensions": {
                            ce.KNOWN_LEVELS: known,
                            ce.KNOWLEDGE_ANSWERS: tally,
                            ce.DIGCOMP_VERSION: session.version,
                        },
                    },
                    language=session.language,
                    registration=session.id,
                    extensions={**context, ce.EVIDENCE_KIND: ce.KNOWN},
                )
        return SelfAssessmentResult(
            statement["id"],
            session.learner_id,
            statement["timestamp"],
            session.kind,
            session.area,
            session.version,
            competences,
            known,
        )

    def _session(
        self, sid: str, learner_id: str, kind: str, area: str | None, version: str, language: str
    ) -> CheckSession:
        return CheckSession(
            id=sid,
            learner_id=learner_id,
            kind="quick" if kind == "quick" else "full",
            area=area if kind == "quick" else None,
            version=version,
            language=language,
            items=self._items(kind, area),
            questions=self._questions(kind, area),
        )

    def _items(self, kind: str, area: str | None) -> tuple[Item, ...]:
        items = self.bank.items if kind == "full" else self.bank.for_area(area or "")
        # Easiest first within each competence, competences in framework order.
        order = {code: i for i, code in enumerate(framework(self.bank.framework_version).codes)}
        return tuple(sorted(items, key=lambda item: (order[item.competence], item.level)))

    def _questions(self, kind: str, area: str | None) -> tuple[KnowledgeQuestion, ...]:
        chosen = [q for q in self.knowledge.questions if kind == "full" or q.area == area]
        return tuple(sorted(chosen, key=lambda q: (_code_key(q.competence), q.level, q.id)))


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))


def _response_text(response: bool | int) -> str:
    """As xAPI writes responses: "true"/"false", or the choice's number in the file."""
    if type(response) is bool:
        return "true" if response else "false"
    return str(response)


def _read_response(text: str) -> bool | int:
    if text in ("true", "false"):
        return text == "true"
    return int(text)


def _type(statement: dict[str, Any]) -> str | None:
    return statement["object"].get("definition", {}).get("type")
