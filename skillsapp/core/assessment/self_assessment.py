"""A resident's self-assessment: a quick check of one area or the full check of all areas.

Every answer is a statement stored at once, so a check can be paused (or the power cut) and
resumed later, also on another PC of the centre; going back and answering again adds a new
answer statement, and the latest answer of each statement counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.bank import Item, ItemBank
from skillsapp.core.assessment.scoring import (
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


@dataclass
class CheckSession:
    """One go at a self-assessment while the resident answers, one statement per screen."""

    id: str  # the xAPI registration tying its statements together
    learner_id: str
    kind: CheckKind
    area: str | None
    version: str
    language: str
    items: tuple[Item, ...]
    answers: dict[str, int] = field(default_factory=dict)  # item id -> answer (0-3)
    position: int = 0
    answers_given: int = 0  # answer statements so far, including changed answers

    @property
    def current(self) -> Item | None:
        """The statement on screen; None once past the last one."""
        return self.items[self.position] if self.position < len(self.items) else None

    @property
    def answered(self) -> int:
        """How many statements have an answer."""
        return len(self.answers)

    @property
    def total(self) -> int:
        """How many statements this check has."""
        return len(self.items)

    @property
    def complete(self) -> bool:
        """True when every statement has an answer."""
        return all(item.id in self.answers for item in self.items)

    def current_answer(self) -> int | None:
        """The answer already given to the statement on screen (after going back)."""
        item = self.current
        return None if item is None else self.answers.get(item.id)


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

    @property
    def levels(self) -> dict[str, int]:
        """Competence code -> level 1-6."""
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

    def __init__(self, centre: Centre, bank: ItemBank) -> None:
        self.centre = centre
        self.bank = bank

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
        session = CheckSession(
            id=new_id(),
            learner_id=learner_id,
            kind=kind,
            area=area if kind == "quick" else None,
            version=self.bank.framework_version,
            language=language,
            items=self._items(kind, area),
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
        """Record the answer (0-3) to the statement on screen, then move to the next one."""
        item = session.current
        if item is None:
            raise Refused("Every statement has been answered.")
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
                    **{ce.COMPETENCE: item.competence, ce.ANSWER_NUMBER: number},
                ),
            )
        session.answers[item.id] = answer
        session.answers_given = number
        session.position += 1

    @staticmethod
    def back(session: CheckSession) -> None:
        """Go back one statement to change its answer (nothing is recorded)."""
        session.position = max(0, session.position - 1)

    def paused(self, learner_id: str) -> CheckSession | None:
        """The learner's latest unfinished check, rebuilt from the log; None when there is none.

        It opens at the first statement without an answer.
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
        kind = extensions[ce.CHECK_KIND]
        area = extensions.get(ce.CHECK_AREA)
        session = CheckSession(
            id=registration,
            learner_id=learner_id,
            kind=kind,
            area=area,
            version=extensions[ce.DIGCOMP_VERSION],
            language=latest["context"].get("language", "en"),
            items=self._items(kind, area),
        )
        known = {item.id for item in session.items}
        answers = [
            s
            for s in self.centre.log.for_actor(learner_id, ce.ANSWERED[0])
            if s.get("context", {}).get("registration") == registration
        ]
        answers.sort(key=lambda s: s["context"]["extensions"][ce.ANSWER_NUMBER])
        for statement in answers:
            item_id = statement["object"]["id"].rsplit("/", 1)[-1]
            if item_id in known:
                session.answers[item_id] = int(statement["result"]["response"])
        session.answers_given = len(answers)
        session.position = next(
            (i for i, item in enumerate(session.items) if item.id not in session.answers),
            len(session.items),
        )
        return session

    def finish(self, session: CheckSession) -> SelfAssessmentResult:
        """Score the check and record the result with its levels and the framework version."""
        if not session.complete:
            raise Refused("Please answer every statement before finishing.")
        by_item = {item: session.answers[item.id] for item in session.items}
        competences = score_competences(by_item)
        levels = {code: r.level for code, r in competences.items()}
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
                        ce.DIGCOMP_VERSION: session.version,
                    },
                },
                language=session.language,
                registration=session.id,
                extensions=ce.check_context(session.version, session.kind, session.area),
            )
        return SelfAssessmentResult(
            statement["id"],
            session.learner_id,
            statement["timestamp"],
            session.kind,
            session.area,
            session.version,
            competences,
        )

    def _items(self, kind: str, area: str | None) -> tuple[Item, ...]:
        items = self.bank.items if kind == "full" else self.bank.for_area(area or "")
        # Easiest first within each competence, competences in framework order.
        order = {code: i for i, code in enumerate(framework(self.bank.framework_version).codes)}
        return tuple(sorted(items, key=lambda item: (order[item.competence], item.level)))


def _type(statement: dict[str, Any]) -> str | None:
    return statement["object"].get("definition", {}).get("type")
