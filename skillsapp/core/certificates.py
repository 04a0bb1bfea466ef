"""Certificates of completed courses, and checking a certificate's code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core import events

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre


@dataclass(frozen=True)
class CertifiedCompetence:
    """A DigComp competence the course trained, and the level the course brings a learner to."""

    code: str
    title: str
    level: int
    band: str


@dataclass(frozen=True)
class Certificate:
    """Everything printed on a certificate."""

    code: str
    learner_id: str
    learner_name: str
    course_id: str
    course_title: str
    completed_on: str  # ISO date
    centre: str
    trainer: str
    framework: str  # "DigComp 2.2"
    competences: tuple[CertifiedCompetence, ...]


class Certificates:
    """Certificates are projected from course-completed statements."""

    def __init__(self, centre: Centre) -> None:
        self.centre = centre

    def of_learner(self, learner_id: str) -> list[Certificate]:
        """The learner's certificates, newest first."""
        rows = self.centre.db.query(
            "SELECT code FROM certificates WHERE learner_id = ? ORDER BY completed_at DESC",
            (learner_id,),
        )
        return [c for (code,) in rows if (c := self.find(code)) is not None]

    def find(self, code: str) -> Certificate | None:
        """The certificate with this code (as typed: case and dashes do not matter)."""
        cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
        if len(cleaned) != 8:
            return None
        row = self.centre.db.one(
            "SELECT code, learner_id, course_id, completed_at FROM certificates WHERE code = ?",
            (f"{cleaned[:4]}-{cleaned[4:]}",),
        )
        if row is None:
            return None
        code, learner_id, course_id, completed_at = row
        try:
            learner = self.centre.learners.get(learner_id)
        except LookupError:
            return None  # the learner's data was erased
        pack = self.centre.catalogue.get(course_id)
        language = learner.language if pack and learner.language in pack.languages else None
        title = pack.title_in(language or pack.language) if pack else course_id
        return Certificate(
            code,
            learner_id,
            learner.first_name,
            course_id,
            title,
            completed_at[:10],
            self.centre.profile.name,
            self._trainer_of(learner_id),
            *self._competences(pack),
        )

    def _trainer_of(self, learner_id: str) -> str:
        # The trainer who registered the learner signs for the centre.
        for statement in self.centre.log.for_actor(learner_id, events.Verb.REGISTERED[0]):
            instructor = statement.get("context", {}).get("instructor")
            if instructor:
                try:
                    return self.centre.trainers.get(instructor["account"]["name"]).name
                except LookupError:
                    break
        trainers = self.centre.trainers.list()
        return trainers[0].name if trainers else ""

    @staticmethod
    def _competences(pack) -> tuple[str, tuple[CertifiedCompetence, ...]]:
        from skillsapp.core.framework.model import framework

        if pack is None:
            return "DigComp", ()
        digcomp = framework(pack.digcomp_version)
        found = []
        for competence in pack.competences:
            level = digcomp.level(competence.target_level)
            found.append(
                CertifiedCompetence(
                    competence.code,
                    digcomp.competence(competence.code).title,
                    competence.target_level,
                    level.band,
                )
            )
        return digcomp.name, tuple(found)
