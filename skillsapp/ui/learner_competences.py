"""The "Competences" tab of a learner's page, the trainer's calibration view: per competence
what the learner said, knew, did and what a trainer observed, the level concluded, and how far
the learner's own rating is from the evidence; a tick keeps only the competences where the
kinds of evidence disagree enough to talk it over."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QScrollArea, QVBoxLayout, QWidget

from skillsapp.core.centre import Centre
from skillsapp.core.framework import framework
from skillsapp.core.people import Learner
from skillsapp.ui.evidence_table import EvidenceList
from skillsapp.ui.trainer_words import current_language
from skillsapp.ui.widgets import hint_label


class LearnerCompetences(QWidget):
    """A learner's evidence and levels per competence, for their trainer."""

    def __init__(self, centre: Centre, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.learner = centre, learner
        fw = framework(language=current_language())
        self.only_disagreeing = QCheckBox(
            self.tr("Only where self-rating and evidence disagree"), self
        )
        self.only_disagreeing.toggled.connect(self.refresh)
        self.levels = EvidenceList(fw, for_trainer=True)
        self.rule = hint_label(
            self.tr(
                "The level concluded rests on the strongest evidence: observed, then did, "
                "then known (questions and course quizzes), then said."
            ),
            self,
        )
        # The tab is short at large text: its sentences scroll inside it.
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.levels)
        column.addWidget(self.rule)
        column.addStretch(1)
        self.sentences = QScrollArea(self)
        self.sentences.setWidgetResizable(True)
        self.sentences.setFrameShape(QScrollArea.Shape.NoFrame)
        self.sentences.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.only_disagreeing)
        layout.addWidget(self.sentences, 1)
        self.refresh()

    def refresh(self) -> None:
        """Show the evidence as it is now."""
        profile = self.centre.competences.profile(self.learner.id)
        self.levels.show_profile(profile, only_disagreeing=self.only_disagreeing.isChecked())
