"""A trainer records the level they observed while a learner did a real task, with evidence.

The evidence is the task's checklist (which steps the learner did), a note and the day. It is
one statement with the learner as actor and the trainer as instructor; the learner's profile
then shows this validated level instead of the self-assessed one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.bank import Checklist
from skillsapp.core.errors import Refused
from skillsapp.core.framework.model import (
    DEFAULT_VERSION,
    HIGHEST_LEVEL,
    NOT_YET,
    VERSIONS,
    framework,
)

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

NOTE_MAX = 1000


@dataclass(frozen=True)
class TrainerAssessment:
    """One observation, as recorded."""

    statement_id: str
    learner_id: str
    trainer_id: str
    code: str
    level: int
    observed_on: str  # ISO date
    version: str
    checklist_id: str | None
    steps_observed: tuple[int, ...]  # 1-based step numbers the learner did
    note: str
    recorded_at: str


class TrainerAssessments:
    """Recording and reading trainer assessments."""

    def __init__(self, centre: Centre, checklists: Sequence[Checklist]) -> None:
        self.centre = centre
        self.checklists = {c.id: c for c in checklists}

    def checklists_for(self, code: str) -> list[Checklist]:
        """The checklists of tasks that show this competence."""
        return [c for c in self.checklists.values() if c.competence == code]

    def record(
        self,
        trainer_id: str,
        learner_id: str,
        code: str,
        level: int,
        observed_on: date,
        checklist_id: str | None = None,
        steps_observed: Sequence[int] = (),
        note: str = "",
        version: str = DEFAULT_VERSION,
    ) -> TrainerAssessment:
        """Check everything, then store the observation as one statement.

        Refused (nothing stored) for a learner or trainer not of this centre, an unknown
        competence, a level outside 0-8 (0 is "not yet"), a day in the future or evidence that
        does not fit.
        """
        learner, trainer = self._people(learner_id, trainer_id)
        if version not in VERSIONS:
            raise Refused("DigComp version {version} is not known.", version=version)
        try:
            competence = framework(version).competence(code)
        except KeyError:
            raise Refused("“{code}” is not a DigComp competence.", code=code) from None
        if type(level) is not int or not NOT_YET <= level <= HIGHEST_LEVEL:
            raise Refused(
                "The level must be a whole number from {low} to {high}.",
                low=NOT_YET,
                high=HIGHEST_LEVEL,
            )
        today = self.centre.now().astimezone().date()
        if observed_on > today:
            raise Refused("The day you watched the task cannot be in the future.")
        steps = self._evidence(code, checklist_id, steps_observed)
        note = note.strip()
        if len(note) > NOTE_MAX:
            raise Refused("Please keep the note under {limit} characters.", limit=NOTE_MAX)
        result_extensions: dict[str, object] = {ce.OBSERVED_LEVEL: level}
        if checklist_id:
            result_extensions[ce.CHECKLIST] = checklist_id
            result_extensions[ce.STEPS_OBSERVED] = list(steps)
        if note:
            result_extensions[ce.NOTE] = note
        with self.centre.db.transaction():
            statement = self.centre.record(
                learner,
                ce.DEMONSTRATED,
                ce.competence_object(version, code, competence.title),
                result={
                    "score": {"raw": level, "min": NOT_YET, "max": HIGHEST_LEVEL},
                    "extensions": result_extensions,
                },
                instructor_id=trainer,
                extensions={
                    ce.DIGCOMP_VERSION: version,
                    ce.COMPETENCE: code,
                    ce.OBSERVED_ON: observed_on.isoformat(),
                    ce.EVIDENCE_KIND: ce.OBSERVED,
                },
            )
        return TrainerAssessment(
            statement["id"],
            learner,
            trainer,
            code,
            level,
            observed_on.isoformat(),
            version,
            checklist_id or None,
            steps,
            note,
            statement["timestamp"],
        )

    def history(self, learner_id: str) -> list[TrainerAssessment]:
        """Every observation of this learner, oldest first (from the log)."""
        found = []
        for s in self.centre.log.for_actor(learner_id, ce.DEMONSTRATED[0]):
            extensions = s["context"]["extensions"]
            result = s["result"]["extensions"]
            found.append(
                TrainerAssessment(
                    s["id"],
                    learner_id,
                    s["context"]["instructor"]["account"]["name"],
                    extensions[ce.COMPETENCE],
                    int(result[ce.OBSERVED_LEVEL]),
                    extensions[ce.OBSERVED_ON],
                    extensions[ce.DIGCOMP_VERSION],
                    result.get(ce.CHECKLIST),
                    tuple(result.get(ce.STEPS_OBSERVED, ())),
                    result.get(ce.NOTE, ""),
                    s["timestamp"],
                )
            )
        return found

    def _people(self, learner_id: str, trainer_id: str) -> tuple[str, str]:
        try:
            learner = self.centre.learners.get(learner_id)
        except LookupError:
            raise Refused("This learner is not registered at this centre.") from None
        if learner.archived:
            raise Refused("This learner's profile is archived; restore it first.")
        try:
            trainer = self.centre.trainers.get(trainer_id)
        except LookupError:
            raise Refused("Only a trainer of this centre can record an assessment.") from None
        if trainer.archived:
            raise Refused("This trainer account is archived.")
        return learner.id, trainer.id

    def _evidence(
        self, code: str, checklist_id: str | None, steps_observed: Sequence[int]
    ) -> tuple[int, ...]:
        if not checklist_id:
            if steps_observed:
                raise Refused("Please choose the task you watched before ticking its steps.")
            return ()
        checklist = self.checklists.get(checklist_id)
        if checklist is None:
            raise Refused("That task is not in the list of tasks.")
        if checklist.competence != code:
            raise Refused("That task shows a different competence.")
        count = len(checklist.steps_in())
        steps = tuple(sorted(set(steps_observed)))
        if any(type(n) is not int or not 1 <= n <= count for n in steps):
            raise Refused("The steps of this task are numbered 1 to {count}.", count=count)
        return steps
