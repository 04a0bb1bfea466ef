"""Certificates of completed courses, and checking a certificate's code.

A certificate is in the learner's language unless another is asked for: the course title
comes from the course pack in that language; the interface prints the rest of its words
(``skillsapp/ui/certificate_paper.py``).
"""

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
    title: str  # the framework's own (English) title; the paper prints the translated name
    level: int
    band: str  # the framework's band name, a code of ``skillsapp.core.reports.words``


@dataclass(frozen=True)
class Certificate:
    """Everything printed on a certificate."""

    code: str
    learner_id: str
    learner_name: str  # as registered, in full
    course_id: str
    course_title: str
    completed_on: str  # ISO date
    centre: str
    trainer: str
    framework: str  # "DigComp 2.2"
    competences: tuple[CertifiedCompetence, ...]
    language: str = "en"  # the language the certificate is printed in
    framework_version: str = "2.2"


class Certificates:
    """Certificates are projected from course-completed statements."""

    def __init__(self, centre: Centre) -> None:
        self.centre = centre

    def of_learner(self, learner_id: str, language: str | None = None) -> list[Certificate]:
        """The learner's certificates, newest first (in ``language``, else the learner's)."""
        rows = self.centre.db.query(
            "SELECT code FROM certificates WHERE learner_id = ? ORDER BY completed_at DESC",
            (learner_id,),
        )
        return [c for (code,) in rows if (c := self.find(code, language)) is not None]

    def find(self, code: str, language: str | None = None) -> Certificate | None:
        """The certificate with this code (as typed: case and dashes do not matter), in
        ``language`` or, by default, the learner's language."""
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
        language = language or learner.language
        title = pack.title_in(language) if pack else course_id
        version, competences = self._competences(pack)
        return Certificate(
            code,
            learner_id,
            learner.first_name,
            course_id,
            title,
            completed_at[:10],
            self.centre.profile.name,
            self._trainer_of(learner_id),
            f"DigComp {version}",
            competences,
            language,
            version,
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
        from skillsapp.core.framework.model import DEFAULT_VERSION, framework

        if pack is None:
            return DEFAULT_VERSION, ()
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
        return digcomp.version, tuple(found)
