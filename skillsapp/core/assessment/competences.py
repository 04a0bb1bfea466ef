"""The front object for competences: self-assessment, trainer assessment, the profile.

The profile tables it reads are the "competences" projection's, which the centre's log keeps
from the moment it opens (``core/projections.py``); making this object attaches nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.core.assessment.bank import (
    Checklist,
    ItemBank,
    default_checklists,
    default_item_bank,
    default_knowledge,
)
from skillsapp.core.assessment.knowledge import KnowledgeBank
from skillsapp.core.assessment.profile import (
    CompetenceProfile,
    change_since_last_time,
    latest_self_assessment,
    learner_profile,
    self_assessment_history,
)
from skillsapp.core.assessment.recommend import Recommendation, recommend
from skillsapp.core.assessment.self_assessment import SelfAssessmentResult, SelfAssessments
from skillsapp.core.assessment.trainer_assessment import TrainerAssessments

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre


class Competences:
    """Everything about a learner's DigComp competences at this centre."""

    def __init__(
        self,
        centre: Centre,
        bank: ItemBank | None = None,
        checklists: tuple[Checklist, ...] | None = None,
        knowledge: KnowledgeBank | None = None,
    ) -> None:
        self.centre = centre
        self.bank = bank or default_item_bank()
        self.knowledge = knowledge if knowledge is not None else default_knowledge()
        self.self_assessments = SelfAssessments(centre, self.bank, self.knowledge)
        self.trainer_assessments = TrainerAssessments(
            centre, checklists if checklists is not None else default_checklists()
        )

    def profile(self, learner_id: str) -> CompetenceProfile:
        """The learner's evidence and concluded level per competence."""
        packs = self.centre.catalogue.packs()
        with self.centre.db.reading() as conn:
            return learner_profile(conn, learner_id, packs)

    def history(self, learner_id: str) -> list[SelfAssessmentResult]:
        """The learner's finished self-assessments, oldest first."""
        with self.centre.db.reading() as conn:
            return self_assessment_history(conn, learner_id)

    def latest(self, learner_id: str) -> SelfAssessmentResult | None:
        """The learner's most recent finished self-assessment."""
        with self.centre.db.reading() as conn:
            return latest_self_assessment(conn, learner_id)

    def change_since_last_time(self, learner_id: str) -> dict[str, tuple[int, int]]:
        """Per area of the latest self-assessment: (level last time, level now)."""
        with self.centre.db.reading() as conn:
            return change_since_last_time(conn, learner_id)

    def recommendations(
        self, learner_id: str, language: str = "en", most: int = 5
    ) -> list[Recommendation]:
        """Courses that close the learner's gaps, leaving out courses already completed."""
        done = [
            course_id
            for course_id, progress in self.centre.learning.progress(learner_id).items()
            if progress.completed
        ]
        levels = self.profile(learner_id).levels
        return recommend(levels, self.centre.catalogue.packs(), done, most, language)

    def rebuild(self) -> None:
        """Recompute the profile tables from the log."""
        self.centre.log.rebuild(["competences"])
