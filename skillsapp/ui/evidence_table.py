"""The four kinds of evidence per competence, side by side, and the level the app concludes.

For the trainer's calibration view a table (``EvidenceTable``, with how far the self-rating
is from the evidence); for the resident's result screen a list of plain sentences that wrap
at large text (``EvidenceList``: "You said: level 6 · Your answers: level 4 · Your level:
level 4"). The rule is in ``core/assessment/evidence.py``; these only show it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
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
                self.tr("Calibration"),
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
        # The competence takes the room left; the short level cells fit their words, so
        # the table needs no sideways scroll at 200 % text.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
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
        # Short, so the column stays narrow: "3 above · talk it over".
        difference = entry.evidence.calibration
        flag = self.tr("talk it over") if entry.flagged else ""
        if not difference:
            return flag
        if difference > 0:
            words = fill(self.tr("%1 below"), abs(difference))
        else:
            words = fill(self.tr("%1 above"), abs(difference))
        return f"{words} · {flag}" if flag else words

    def _level(self, level: int | None) -> str:
        if level is None:
            return "–"
        return self.tr("not yet") if level == 0 else fill(self.tr("level %1"), level)


class EvidenceList(QWidget):
    """For the resident: one wrapped sentence per competence, only the kinds there are."""

    def __init__(self, fw: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fw = fw
        self.setAccessibleName(self.tr("Your levels, and what they rest on"))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[str, QLabel] = {}

    @property
    def codes(self) -> list[str]:
        """The competences listed, in order."""
        return list(self.lines)

    def text_of(self, code: str) -> str:
        """The sentence of one competence."""
        return self.lines[code].text()

    def show_profile(self, profile: CompetenceProfile, codes: Iterable[str]) -> None:
        """One sentence per competence of ``codes`` that has evidence."""
        for label in self.lines.values():
            label.deleteLater()
        self.lines = {}
        for code in codes:
            entry = profile.entries.get(code)
            if entry is None or entry.level is None:
                continue
            label = QLabel(self._sentence(entry), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.column.addWidget(label)
            self.lines[code] = label

    def _sentence(self, entry: CompetenceEntry) -> str:
        kinds = (
            (self.tr("You said"), entry.self_level),
            (self.tr("The questions showed"), entry.known_level),
            (self.tr("Practice showed"), entry.did_level),
            (self.tr("Your trainer saw"), entry.trainer_level),
            (self.tr("Your level"), entry.level),
        )
        parts = [
            fill(self.tr("%1: %2"), kind, self._level(level))
            for kind, level in kinds
            if level is not None
        ]
        heading = self.fw.competence(entry.code).heading
        return fill(self.tr("%1 – %2"), heading, " · ".join(parts))

    def _level(self, level: int) -> str:
        return self.tr("not yet") if level == 0 else fill(self.tr("level %1"), level)
