"""The trainer's reports: group progress, a learner's record, programme indicators."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.reports import group_progress, learner_record, programme_indicators
from skillsapp.ui.messages import explain
from skillsapp.ui.report_view import ReportView
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import error_label, primary_button, show_error


class ReportsTab(QWidget):
    """Choose a report and its details, see it, save it."""

    def __init__(self, centre: Centre, runner: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.runner = centre, runner
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Report"))
        self.kind.addItem(self.tr("Programme indicators"), "indicators")
        self.kind.addItem(self.tr("Group progress"), "group")
        self.kind.addItem(self.tr("A learner's record"), "learner")
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        for group in centre.groups.list():
            self.group.addItem(group.name, group.id)
        self.learner = QComboBox(self)
        self.learner.setAccessibleName(self.tr("Learner"))
        for learner in centre.learners.list(include_archived=True):
            self.learner.addItem(learner.first_name, learner.id)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), self)
        self.end = QDateEdit(today, self)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.show_button = primary_button(self.tr("Show the report"), self)
        self.show_button.clicked.connect(self.make)
        self.message = error_label(self)
        self.view = ReportView(centre.profile.name, centre.now().date().isoformat(), self)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Certificate code"))
        self.code.setPlaceholderText("ABCD-1234")
        self.code.setMaxLength(20)
        self.code.returnPressed.connect(self.check_certificate)
        self.check_button = QPushButton(self.tr("Check a certificate"), self)
        self.check_button.clicked.connect(self.check_certificate)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Report"), self.kind)
        self.form.addRow(self.tr("Group"), self.group)
        self.form.addRow(self.tr("Learner"), self.learner)
        self.dates = QHBoxLayout()
        self.dates.addWidget(self.start)
        self.dates.addWidget(self.end)
        self.dates.addStretch(1)
        self.form.addRow(self.tr("Period"), self.dates)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.code)
        certificate_row.addWidget(self.check_button)
        certificate_row.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(certificate_row)
        layout.addLayout(self.form)
        layout.addWidget(self.show_button)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.kind.currentIndexChanged.connect(self._fields)
        self._fields()

    def check_certificate(self) -> None:
        """Look a printed certificate's code up in this centre's own records."""
        found = self.centre.certificates.find(self.code.text())
        if found is None:
            self.verdict.setText(
                self.tr("No certificate of this centre has that code. Check the letters again.")
            )
            return
        self.verdict.setText(
            fill(
                self.tr("Genuine: %1 finished “%2” on %3."),
                found.learner_name,
                found.course_title,
                found.completed_on,
            )
        )

    def _fields(self) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.group, kind == "group")
        self.form.setRowVisible(self.learner, kind == "learner")
        self.form.setRowVisible(self.dates, kind == "indicators")

    def make(self) -> None:
        """Build the chosen report (off the UI thread) and show it."""
        show_error(self.message, "")
        kind = self.kind.currentData()
        try:
            job = self._job(kind)
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        self.runner.run(job, done=self.view.show_report, failed=self._failed)  # type: ignore[attr-defined]

    def _job(self, kind: str):
        centre = self.centre
        if kind == "indicators":
            start = self.start.date().toString("yyyy-MM-dd")
            end = self.end.date().toString("yyyy-MM-dd")
            return lambda: programme_indicators(centre, start, end)
        if kind == "group":
            if self.group.currentIndex() < 0:
                raise Refused(self.tr("There are no groups yet."))
            group = centre.groups.get(self.group.currentData())
            return lambda: group_progress(centre, group, centre.now())
        if self.learner.currentIndex() < 0:
            raise Refused(self.tr("There are no learners yet."))
        learner = centre.learners.get(self.learner.currentData())
        return lambda: learner_record(centre, learner)

    def _failed(self, error: BaseException) -> None:
        show_error(self.message, explain(error))
