"""The trainer's reports (the one list in ``core/reports/registry.py``), and checking a
certificate's code."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.languages import LANGUAGES
from skillsapp.core.reports import REPORTS, ReportRequest, make_report
from skillsapp.ui.messages import explain
from skillsapp.ui.paper_words import PaperWords, current_language
from skillsapp.ui.report_view import ReportView
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import FlowLayout, error_label, primary_button, show_error


def date_edit_format() -> str:
    """The screens' language's short date form, with the year in full (31.12.2026)."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def _field(label: QLabel, widget: QWidget, parent: QWidget) -> QWidget:
    """A label and its field side by side, kept together when the choices wrap."""
    field = QWidget(parent)
    row = QHBoxLayout(field)
    row.setContentsMargins(0, 0, 0, 0)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    return field


class ReportsTab(QWidget):
    """Choose a report, its details and its language; see it, save it, print it."""

    def __init__(self, centre: Centre, runner: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.runner = centre, runner
        words = PaperWords(current_language())
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Report"))
        for kind in REPORTS.values():
            self.kind.addItem(explain(kind.title), kind.name)
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group"))
        for group in words.sorted(centre.groups.list(), key=lambda g: g.name):
            self.group.addItem(group.name, group.id)
        self.learner = QComboBox(self)
        self.learner.setAccessibleName(self.tr("Learner"))
        learners = centre.learners.list(include_archived=True)
        for learner in words.sorted(learners, key=lambda x: x.first_name):
            self.learner.addItem(learner.first_name, learner.id)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the report"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), self)
        self.end = QDateEdit(today, self)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
        self.show_button = primary_button(self.tr("Show the report"), self)
        self.show_button.clicked.connect(self.make)
        self.message = error_label(self)
        self.view = ReportView(
            centre.profile.name,
            centre.now().date(),
            self,
            courses=centre.catalogue,
            language=self.language.currentData(),
        )
        self.language.currentIndexChanged.connect(
            lambda _: self.view.set_language(self.language.currentData())
        )
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Certificate code"))
        self.code.setPlaceholderText("ABCD-1234")
        self.code.setMaxLength(20)
        self.code.returnPressed.connect(self.check_certificate)
        self.check_button = QPushButton(self.tr("Check a certificate"), self)
        self.check_button.clicked.connect(self.check_certificate)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        # The choices flow onto as few rows as the width allows (one or two at 100 %, more at
        # 200 %), the report below them takes the rest of the height (its table scrolls, its
        # buttons stay in view), the certificate check is at the bottom.
        self.dates = QHBoxLayout()
        self.dates.setContentsMargins(0, 0, 0, 0)
        self.dates.addWidget(self.start)
        self.dates.addWidget(self.end)
        self.period = QWidget(self)
        self.period.setLayout(self.dates)
        self.details = {"group": self.group, "learner": self.learner, "period": self.period}
        self.detail_words = {
            "group": self.tr("Group"),
            "learner": self.tr("Learner"),
            "period": self.tr("Period"),
        }
        self.detail = QStackedWidget(self)
        for widget in self.details.values():
            self.detail.addWidget(widget)
        self.detail_label = QLabel(self)
        choices = QWidget(self)
        flow = FlowLayout(choices, spacing=12)
        flow.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (QLabel(self.tr("Report"), self), self.kind),
            (self.detail_label, self.detail),
            (QLabel(self.tr("Language of the report"), self), self.language),
        ):
            flow.addWidget(_field(label, widget, choices))
        flow.addWidget(self.show_button)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.code)
        certificate_row.addWidget(self.check_button)
        certificate_row.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(choices)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(certificate_row)
        self.kind.currentIndexChanged.connect(self._fields)
        self._fields()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_choices()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_choices()
        super().changeEvent(event)

    def _fit_choices(self) -> None:
        """Each list as wide as its longest choice at the text size in use, so a report's
        name is never cut off at 200 % (the combo box's own measure falls short there); the
        choices flow onto more rows instead."""
        for box in (self.kind, self.group, self.learner, self.language):
            widest = max(
                (box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count())),
                default=0,
            )
            # Room for the padding and the arrow beside the words, as the theme draws them.
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            field = box.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                box,
            )
            extra = max(box.width() - field.width(), 2 * box.fontMetrics().height())
            box.setMinimumWidth(widest + extra + box.fontMetrics().averageCharWidth())

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
                PaperWords(current_language()).date(found.completed_on),
            )
        )

    def _fields(self) -> None:
        kind = REPORTS.get(self.kind.currentData())
        asks = kind.asks if kind is not None else None
        shown = self.details.get(asks or "")
        self.detail.setVisible(shown is not None)
        self.detail_label.setVisible(shown is not None)
        if shown is not None:
            self.detail.setCurrentWidget(shown)
            self.detail_label.setText(self.detail_words[asks or ""])
            self.detail_label.setBuddy(self.start if shown is self.period else shown)

    def make(self) -> None:
        """Build the chosen report (off the UI thread) and show it."""
        show_error(self.message, "")
        name = self.kind.currentData()
        try:
            request = self._request(REPORTS[name].asks)
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        centre = self.centre
        self.runner.run(  # type: ignore[attr-defined]
            lambda: make_report(centre, name, request),
            done=self.view.show_report,
            failed=self._failed,
        )

    def _request(self, asks: str | None) -> ReportRequest:
        if asks == "period":
            return ReportRequest(
                self.start.date().toString("yyyy-MM-dd"), self.end.date().toString("yyyy-MM-dd")
            )
        if asks == "group":
            if self.group.currentIndex() < 0:
                raise Refused("There are no groups yet.")
            return ReportRequest(group=self.group.currentData())
        if asks == "learner":
            if self.learner.currentIndex() < 0:
                raise Refused("There are no learners yet.")
            return ReportRequest(learner=self.learner.currentData())
        return ReportRequest()

    def _failed(self, error: BaseException) -> None:
        show_error(self.message, explain(error))
