"""The "Competences" tab of a learner's page: the levels the learner gave themselves beside
the levels a trainer observed, and where the two differ enough to talk it over."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from skillsapp.core.centre import Centre
from skillsapp.core.people import Learner


class LearnerCompetences(QWidget):
    """A learner's competence levels, for their trainer."""

    def __init__(self, centre: Centre, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.learner = centre, learner
        self.levels = QTreeWidget(self)
        self.levels.setAccessibleName(self.tr("Competence levels"))
        self.levels.setHeaderLabels(
            [self.tr("Competence"), self.tr("Self-assessed"), self.tr("Trainer"), ""]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.levels)
        self.refresh()

    def refresh(self) -> None:
        """Show the levels as they are now."""
        self.levels.clear()
        profile = self.centre.competences.profile(self.learner.id)
        for entry in profile.entries.values():
            flag = self.tr("differ by 2 or more: talk it over") if entry.flagged else ""
            own, observed = entry.self_level, entry.trainer_level
            self.levels.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        entry.code,
                        self._level(own),
                        self._level(observed),
                        flag,
                    ]
                )
            )

    def _level(self, level: int | None) -> str:
        if level is None:
            return ""
        return self.tr("not yet") if level == 0 else str(level)
