"""The four kinds of evidence per competence, side by side, and the level the app concludes.

One wrapped sentence per competence, so it reads at any width and at 200 % text: for the
resident ("Protecting your devices – You said: level 6 · The questions showed: level 4 ·
Your level: level 4") and for the trainer's calibration view, with the code, the kinds named
shortly and how far the self-rating is from the evidence ("3 above · talk it over"). Only the
kinds there are appear. The rule is in ``core/assessment/evidence.py``; this only shows it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from skillsapp.core.assessment.profile import CompetenceEntry, CompetenceProfile
from skillsapp.core.framework.model import Framework
from skillsapp.ui.text import fill


class EvidenceList(QWidget):
    """One sentence per competence with evidence; ``for_trainer`` adds code and calibration."""

    def __init__(
        self, fw: Framework, for_trainer: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fw, self.for_trainer = fw, for_trainer
        self.setAccessibleName(
            self.tr("Calibration: self-rating and evidence")
            if for_trainer
            else self.tr("Your levels, and what they rest on")
        )
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

    def show_profile(
        self,
        profile: CompetenceProfile,
        codes: Iterable[str] | None = None,
        only_disagreeing: bool = False,
    ) -> None:
        """One sentence per competence of ``codes`` (all with evidence when None); trainers
        may keep only those where two kinds of evidence differ by 2 levels or more."""
        for label in self.lines.values():
            label.deleteLater()
        self.lines = {}
        for code in codes if codes is not None else list(profile.entries):
            entry = profile.entries.get(code)
            if entry is None or entry.level is None or (only_disagreeing and not entry.flagged):
                continue
            label = QLabel(self._sentence(entry), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.column.addWidget(label)
            self.lines[code] = label

    def _sentence(self, entry: CompetenceEntry) -> str:
        competence = self.fw.competence(entry.code)
        known = None if entry.known_level is None else self._level(entry.known_level)
        if self.for_trainer and known and entry.course_level == entry.known_level:
            known = fill(self.tr("%1 (course quizzes)"), known)
        if self.for_trainer:
            name = f"{entry.code} {competence.heading}"
            words = (self.tr("Said"), self.tr("Known"), self.tr("Did"), self.tr("Observed"))
            concluded = self.tr("Concluded")
        else:
            name = competence.heading
            words = (
                self.tr("You said"),
                self.tr("The questions showed"),
                self.tr("Practice showed"),
                self.tr("Your trainer saw"),
            )
            concluded = self.tr("Your level")
        values = (
            None if entry.self_level is None else self._level(entry.self_level),
            known,
            None if entry.did_level is None else self._level(entry.did_level),
            None if entry.trainer_level is None else self._level(entry.trainer_level),
        )
        parts = [fill(self.tr("%1: %2"), w, v) for w, v in zip(words, values, strict=True) if v]
        if entry.level is not None:
            parts.append(fill(self.tr("%1: %2"), concluded, self._level(entry.level)))
        if self.for_trainer and (calibration := self._calibration(entry)):
            parts.append(calibration)
        return fill(self.tr("%1 – %2"), name, " · ".join(parts))

    def _calibration(self, entry: CompetenceEntry) -> str:
        difference = entry.evidence.calibration
        flag = self.tr("talk it over") if entry.flagged else ""
        if not difference:
            return flag
        if difference > 0:
            words = fill(self.tr("%1 below"), abs(difference))
        else:
            words = fill(self.tr("%1 above"), abs(difference))
        return f"{words} · {flag}" if flag else words

    def _level(self, level: int) -> str:
        return self.tr("not yet") if level == 0 else fill(self.tr("level %1"), level)
