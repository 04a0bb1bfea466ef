"""The result of a self-assessment: the chart, a plain summary, the change since last time,
and the courses that close the largest gaps (one click to start)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from skillsapp.core.assessment.competence_events import KNOWN
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.evidence import Evidence, calibration_notes
from skillsapp.core.assessment.recommend import summarise
from skillsapp.core.framework import framework
from skillsapp.ui.competence_chart import CompetenceChart
from skillsapp.ui.evidence_table import EvidenceList
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import FlowLayout, hint_label, primary_button, title_label

SHOWN_COURSES = 5


class AssessmentResultScreen(QWidget):
    """What the resident sees after a check (or when opening their profile)."""

    course_chosen = Signal(str)  # course id
    done = Signal()

    def __init__(
        self,
        competences: Competences,
        learner_id: str,
        language: str = "en",
        high_contrast: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.done.emit())
        self.competences, self.learner_id, self.language = competences, learner_id, language
        profile = competences.profile(learner_id)
        latest = competences.latest(learner_id)
        version = latest.version if latest else competences.bank.framework_version
        self.fw = framework(version, language)
        scores = {c: e.self_score or 0 for c, e in profile.entries.items()}
        changes = competences.change_since_last_time(learner_id)

        self.summary = title_label(self._summary_text(profile.levels, scores), self)
        self.chart = CompetenceChart(self.fw, high_contrast, self)
        self.chart.set_data(
            profile.area_levels,
            profile.levels,
            before={area: old for area, (old, _) in changes.items()},
            validated=frozenset(c for c, e in profile.entries.items() if e.validated),
        )
        self.change = hint_label(self._change_text(changes), self)
        self.change.setVisible(bool(changes))
        # The four kinds of evidence side by side, for the competences of the latest check
        # (all the profile has when there is none), and kind words where they differ.
        codes = list(latest.competences) if latest else list(profile.entries)
        evidence = {c: profile.entries[c].evidence for c in codes if c in profile.entries}
        self.calibration = hint_label(self._calibration_text(evidence), self)
        self.calibration.setVisible(bool(self.calibration.text()))
        self.evidence = EvidenceList(self.fw, parent=self)
        self.evidence.show_profile(profile, codes)
        self.evidence.setVisible(bool(self.evidence.codes))

        # Everything but "Done" scrolls, so "Done" stays in view however long the words grow
        # (200 % text, a summary of three lines, several notes).
        content = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.change)
        column.addWidget(self.chart, 1)
        column.addWidget(self.calibration)
        column.addWidget(self.evidence)
        self.course_buttons: list[QPushButton] = []
        recommended = competences.recommendations(learner_id, language, SHOWN_COURSES)
        if recommended:
            column.addWidget(hint_label(self.tr("Courses that help you with the next step:"), self))
            row = FlowLayout(spacing=8)
            for rec in recommended:
                button = QPushButton(rec.title, self)
                button.setAccessibleName(fill(self.tr("Start the course %1"), rec.title))
                button.clicked.connect(
                    lambda _=False, cid=rec.course_id: self.course_chosen.emit(cid)
                )
                row.addWidget(button)
                self.course_buttons.append(button)
            column.addLayout(row)
        self.done_button = primary_button(self.tr("Done"), self)
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.clicked.connect(self.done)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        outer.addLayout(bottom)

    def _summary_text(self, levels: dict[str, int], scores: dict[str, int]) -> str:
        if not levels:
            return self.tr("You have not done a self-assessment yet.")
        summary = summarise(levels, scores)
        parts = []
        if summary.strongest:
            short = self.fw.competence(summary.strongest).short
            parts.append(fill(self.tr("You are confident with %1."), short))
        else:
            parts.append(self.tr("You have made a start, and that is what counts."))
        # An area, or in a check of one area another competence than the one praised.
        if summary.next_step:
            heading = self.fw.area(summary.next_step).heading
            parts.append(fill(self.tr("%1 is the next step."), heading))
        elif summary.next_competence:
            heading = self.fw.competence(summary.next_competence).heading
            parts.append(fill(self.tr("%1 is the next step."), heading))
        return " ".join(parts)

    def _calibration_text(self, evidence: dict[str, Evidence]) -> str:
        """Kind words where the answers, tasks or a trainer show more (or less) than the
        resident said."""
        lines = []
        for note in calibration_notes(evidence):
            short = self.fw.competence(note.code).short
            if note.more and note.kind == KNOWN:
                lines.append(fill(self.tr("You know more about %1 than you thought."), short))
            elif note.more:
                lines.append(fill(self.tr("You can do more with %1 than you thought."), short))
            else:
                lines.append(
                    fill(
                        self.tr("%1 is worth another look: a course can help you feel sure."),
                        self.fw.competence(note.code).heading,
                    )
                )
        return "\n".join(lines)

    def _change_text(self, changes: dict[str, tuple[int, int]]) -> str:
        # What the resident said, as the levels above may rest on other evidence (the questions,
        # a trainer); see docs/competence-scoring.md.
        lines = [self.tr("What you said of yourself, since last time:")]
        for area, (before, now) in changes.items():
            name = self.fw.area(area).heading
            lines.append(
                fill(
                    self.tr("%1: %2 before, %3 now"),
                    name,
                    self._level_words(before),
                    self._level_words(now),
                )
            )
        return "\n".join(lines)

    def _level_words(self, level: int) -> str:
        """ "level 3", or "not yet" for level 0 (below Foundation)."""
        return self.tr("not yet") if level == 0 else fill(self.tr("level %1"), level)
