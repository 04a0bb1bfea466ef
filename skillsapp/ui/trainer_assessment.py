"""The trainer records an observed level with evidence, and compares self and trainer levels.

The trainer picks a competence, the level they observed (1-8), the task they watched with
its checklist, a note and the day. The table shows self-assessed next to trainer-validated
levels and flags a difference of 2 levels or more. Exports: PDF, Europass text, Open Badges.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.exports import europass_digital_skills, open_badges
from skillsapp.core.assessment.profile import FLAG_DIFFERENCE
from skillsapp.core.errors import Refused
from skillsapp.core.framework import DEFAULT_VERSION, framework
from skillsapp.core.people import Learner, Trainer
from skillsapp.core.reports.words import word
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.messages import explain
from skillsapp.ui.profile_pdf import write_profile_pdf
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_words import current_language, day_format
from skillsapp.ui.widgets import (
    FlowLayout,
    error_label,
    hint_label,
    primary_button,
    show_error,
    title_label,
)


class TrainerAssessmentScreen(QWidget):
    """One learner's competences, as a trainer sees and records them."""

    saved = Signal(object)  # TrainerAssessment
    back = Signal()

    def __init__(
        self,
        competences: Competences,
        trainer: Trainer,
        learner: Learner,
        version: str = DEFAULT_VERSION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.competences, self.trainer, self.learner = competences, trainer, learner
        # The competences in the trainer's words (the framework's own titles are English).
        self.fw = framework(version, current_language())
        self.competence = QComboBox(self)
        self.competence.setAccessibleName(self.tr("Competence"))
        for c in self.fw.competences:
            self.competence.addItem(f"{c.code} {c.heading}", c.code)
        # A long name must not widen the screen: the closed box shows what fits, the open
        # list shows every name in full.
        self.competence.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.competence.setMinimumContentsLength(16)
        self.competence.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.competence.view().setMinimumWidth(self.competence.view().sizeHintForColumn(0) + 24)
        self.level = QSpinBox(self)
        self.level.setRange(0, 8)
        self.level.setValue(1)
        # 0 is "not yet": the learner could not do the task, even with help.
        self.level.setSpecialValueText(self.tr("Not yet"))
        self.level.setMinimumWidth(96)
        self.level.setAccessibleName(self.tr("Observed level, 0 (not yet) to 8"))
        self.level.valueChanged.connect(self._show_band)
        self.band = hint_label("", self)
        self.task = QComboBox(self)
        self.task.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.task.setMinimumContentsLength(16)
        self.task.setAccessibleName(self.tr("Task you watched"))
        self.steps_box = QVBoxLayout()
        self.step_boxes: list[QCheckBox] = []
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(90)
        self.day = QDateEdit(self)
        self.day.setAccessibleName(self.tr("Day you watched the task"))
        self.day.setCalendarPopup(True)
        # As the trainer's language writes a day, month names too (a widget keeps the locale
        # of the moment it was made, not the language in force).
        self.day.setLocale(QLocale())
        self.day.setDisplayFormat(day_format())
        today = competences.centre.now().astimezone().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(self.day.date())  # the core refuses future days too
        self.message = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setAccessibleName(self.tr("What was done"))
        self.done.hide()
        self.save_button = primary_button(self.tr("Save assessment"), self)
        self.save_button.setAccessibleName(self.tr("Save assessment"))
        self.save_button.clicked.connect(self.save)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Self-assessed and trainer levels"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Competence"), self.tr("Self"), self.tr("Trainer"), self.tr("Check")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        # The export buttons wrap onto more rows at large text sizes.
        exports_row = QWidget(self)
        exports = FlowLayout(exports_row, spacing=8)
        for text, slot in (
            (self.tr("Save profile as PDF"), self._ask_pdf),
            (self.tr("Save Europass text"), self._ask_europass),
            (self.tr("Save Open Badges"), self._ask_badges),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            exports.addWidget(button)
        self.competence.currentIndexChanged.connect(self._fill_tasks)
        self.task.currentIndexChanged.connect(self._fill_steps)

        form = QFormLayout()
        # The drop-downs take the whole width the form has, so long names show in full.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Competence"), self.competence)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level)
        level_row.addWidget(self.band, 1)
        form.addRow(self.tr("Observed level"), level_row)
        form.addRow(self.tr("Task watched"), self.task)
        form.addRow(self.tr("Steps done"), self.steps_box)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Day"), self.day)
        content = QWidget(self)
        left_panel = QWidget(content)
        left = QVBoxLayout(left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(title_label(fill(self.tr("Assess %1"), learner.first_name), self))
        left.addLayout(form)
        left.addStretch(1)
        right_panel = QWidget(content)
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(hint_label(self.tr("Flagged rows differ by 2 levels or more."), self))
        right.addWidget(self.table, 1)
        right.addWidget(exports_row)
        self.panels = (left_panel, right_panel)
        # Side by side when the window is wide enough, the side panel below the form when not
        # (large text on a laptop); the page scrolls down, never sideways.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(left_panel, 1)
        self.columns.addWidget(right_panel, 1)
        self.scrolling = QScrollArea(self)
        self.scrolling.setWidgetResizable(True)
        self.scrolling.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scrolling.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrolling.setWidget(content)
        # The outcome and the buttons stay in view below the scrolling part.
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scrolling, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addLayout(buttons)
        self._show_band(self.level.value())
        self._fill_tasks()
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the side panel below the form when both do not fit side by side."""
        # Side by side needs room for about 100 characters: at 100 % and 150 % text on a
        # laptop there is; at 200 % the levels table would be too narrow to read.
        needed = max(
            sum(panel.minimumSizeHint().width() for panel in self.panels),
            100 * self.fontMetrics().averageCharWidth(),
        )
        wide = event.size().width() >= needed
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        # Below the form the table needs rows of its own to be read; beside it, it stretches.
        rows = self.table.verticalHeader().defaultSectionSize() * 8
        self.table.setMinimumHeight(0 if wide else rows)
        super().resizeEvent(event)

    def _show_band(self, level: int) -> None:
        # Level 0 has its words in the box itself ("Not yet"); DigComp has no band for it.
        if level == 0:
            self.band.setText("")
            return
        band = self.fw.level(level).band
        term = word("band", band)
        self.band.setText(explain(str(term)) if term is not None else band)

    def _fill_tasks(self) -> None:
        self.task.clear()
        self.task.addItem(self.tr("No checklist"), None)
        for checklist in self.competences.trainer_assessments.checklists_for(self._code()):
            self.task.addItem(checklist.task(), checklist.id)
        self._fill_steps()

    def _fill_steps(self) -> None:
        for box in self.step_boxes:
            box.deleteLater()
        self.step_boxes = []
        checklist_id = self.task.currentData()
        if not checklist_id:
            return
        checklist = self.competences.trainer_assessments.checklists[checklist_id]
        for step in checklist.steps_in():
            box = QCheckBox(step, self)
            box.setAccessibleName(step)
            self.steps_box.addWidget(box)
            self.step_boxes.append(box)

    def _code(self) -> str:
        return str(self.competence.currentData())

    def save(self) -> None:
        """Record the assessment; a refusal is shown in plain words and nothing is stored."""
        day = self.day.date()
        try:
            recorded = self.competences.trainer_assessments.record(
                self.trainer.id,
                self.learner.id,
                self._code(),
                self.level.value(),
                date(day.year(), day.month(), day.day()),
                self.task.currentData(),
                [n for n, box in enumerate(self.step_boxes, start=1) if box.isChecked()],
                self.note.toPlainText(),
                self.fw.version,
            )
        except Refused as refusal:
            self.done.hide()
            show_error(self.message, explain(refusal))
            return
        self.note.clear()
        self.refresh()
        self.say(self._saved_text(recorded.code, recorded.level))
        self.saved.emit(recorded)

    def _saved_text(self, code: str, level: int) -> str:
        competence = f"{code} {self.fw.competence(code).short}"
        if level == 0:
            return fill(self.tr("Saved: “not yet” for %1."), competence)
        return fill(self.tr("Saved: level %1 for %2."), self._level_text(level), competence)

    def say(self, text: str) -> None:
        """Confirm what was saved, in words (and clear an earlier problem)."""
        show_error(self.message, "")
        self.done.setText(text)
        self.done.setVisible(bool(text))

    def refresh(self) -> None:
        """Fill the side-by-side table from the profile."""
        profile = self.competences.profile(self.learner.id)
        self.table.setRowCount(len(self.fw.competences))
        for row, c in enumerate(self.fw.competences):
            entry = profile.entries.get(c.code)
            own = self._level_text(None if entry is None else entry.self_level)
            seen = self._level_text(None if entry is None else entry.trainer_level)
            # This table shows self and trainer levels only, so its flag compares those two
            # (the learner page's calibration view compares every kind of evidence).
            apart = (
                entry is not None
                and entry.self_level is not None
                and entry.trainer_level is not None
                and abs(entry.self_level - entry.trainer_level) >= FLAG_DIFFERENCE
            )
            flag = self.tr("Differs by 2 or more") if apart else ""
            for column, text in enumerate((f"{c.code} {c.short}", own, seen, flag)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _level_text(self, level: int | None) -> str:
        if level is None:
            return ""
        return self.tr("not yet") if level == 0 else str(level)

    def flagged_codes(self) -> list[str]:
        """The competences the table flags (for tests and reports)."""
        return [
            self.fw.competences[row].code
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, 3)) is not None and item.text()
        ]

    def export_pdf(self, path: Path) -> None:
        """The one-page profile PDF."""
        centre = self.competences.centre
        write_profile_pdf(
            path,
            self.competences.profile(self.learner.id),
            self.fw,
            self.learner.first_name,
            centre.profile.name,
            centre.now().astimezone().date(),
        )

    def export_europass(self, path: Path) -> None:
        """The Europass CV digital-skills text."""
        profile = self.competences.profile(self.learner.id)
        text = europass_digital_skills(profile, self.fw, self.competences.centre.profile.name)
        path.write_text(text, encoding="utf-8")

    def export_badges(self, folder: Path) -> list[Path]:
        """One Open Badges 3.0 JSON file per trainer-validated competence."""
        centre = self.competences.centre
        badges = open_badges(
            self.competences.profile(self.learner.id),
            self.competences.trainer_assessments.history(self.learner.id),
            self.fw,
            self.learner.first_name,
            centre.profile.iri,
            centre.profile.name,
            self.competences.trainer_assessments.checklists,
        )
        written = []
        for badge in badges:
            code = badge["credentialSubject"]["achievement"]["alignment"][0]["targetCode"]
            path = folder / f"digcomp-{code}.json"
            path.write_text(json.dumps(badge, indent=2, ensure_ascii=False), encoding="utf-8")
            written.append(path)
        return written

    def _ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save profile as PDF"), "", "PDF (*.pdf)"
        )
        if name:
            self.export_pdf(Path(name))

    def _ask_europass(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Europass text"), "", "Text (*.txt)"
        )
        if name:
            self.export_europass(Path(name))

    def _ask_badges(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save Open Badges"))
        if folder:
            self.export_badges(Path(folder))
