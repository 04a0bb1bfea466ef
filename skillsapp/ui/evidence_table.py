"""The four kinds of evidence per competence, side by side, and the level the app concludes.

One table for both readers: the resident's result screen ("You said", "Your answers", ...)
and the trainer's calibration view (with how far the self-rating is from the evidence, and
a filter to show only the competences where they disagree). The rule is in
``core/assessment/evidence.py``; this only shows it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from skillsapp.core.assessment.profile import CompetenceEntry, CompetenceProfile
from skillsapp.core.framework.model import Framework
from skillsapp.ui.text import fill


class EvidenceTable(QTableWidget):
    """Competence | said | known | did | observed | concluded (| calibration, for trainers)."""

    def __init__(self, fw: Framework, for_trainer: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fw, self.for_trainer = fw, for_trainer
        if for_trainer:
            headers = [
                self.tr("Competence"),
                self.tr("Said"),
                self.tr("Known"),
                self.tr("Did"),
                self.tr("Observed"),
                self.tr("Concluded"),
                self.tr("Self-rating against the evidence"),
            ]
            self.setAccessibleName(self.tr("Calibration: self-rating and evidence"))
        else:
            headers = [
                self.tr("Skill"),
                self.tr("You said"),
                self.tr("Your answers"),
                self.tr("Practice"),
                self.tr("Your trainer saw"),
                self.tr("Your level"),
            ]
            self.setAccessibleName(self.tr("Your levels, and what they rest on"))
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.codes: list[str] = []

    def show_profile(
        self,
        profile: CompetenceProfile,
        codes: Iterable[str] | None = None,
        only_disagreeing: bool = False,
    ) -> None:
        """One row per competence of ``codes`` (all with evidence when None); trainers may
        keep only the rows where two kinds of evidence differ by 2 levels or more."""
        wanted = list(codes) if codes is not None else list(profile.entries)
        entries = [profile.entries[c] for c in wanted if c in profile.entries]
        if only_disagreeing:
            entries = [e for e in entries if e.flagged]
        self.codes = [e.code for e in entries]
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
        # Tall enough for every row: the screen around it scrolls, not the table.
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMinimumHeight(min(height, 2000))

    def row_texts(self, code: str) -> list[str]:
        """The cells of a competence's row (for tests and reading aloud)."""
        row = self.codes.index(code)
        return [self.item(row, c).text() for c in range(self.columnCount())]  # type: ignore[union-attr]

    def _cells(self, entry: CompetenceEntry) -> list[str]:
        competence = self.fw.competence(entry.code)
        name = f"{entry.code} {competence.heading}" if self.for_trainer else competence.heading
        known = self._level(entry.known_level)
        if entry.known_level is not None and entry.course_level == entry.known_level:
            known = fill(self.tr("%1 (course quizzes)"), known)
        cells = [
            name,
            self._level(entry.self_level),
            known,
            self._level(entry.did_level),
            self._level(entry.trainer_level),
            self._level(entry.level),
        ]
        if self.for_trainer:
            cells.append(self._calibration(entry))
        return cells

    def _calibration(self, entry: CompetenceEntry) -> str:
        difference = entry.evidence.calibration
        flag = self.tr("differ by 2 or more: talk it over") if entry.flagged else ""
        if not difference:
            return flag
        if difference > 0:
            words = fill(self.tr("%1 below the evidence"), abs(difference))
        else:
            words = fill(self.tr("%1 above the evidence"), abs(difference))
        return f"{words}; {flag}" if flag else words

    def _level(self, level: int | None) -> str:
        if level is None:
            return "–"
        return self.tr("not yet") if level == 0 else fill(self.tr("level %1"), level)
