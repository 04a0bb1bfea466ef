"""A learner's page for the trainer: courses, quiz answers, competence levels and history in
the trainer's language; assign a course, add to a group; export or erase the learner's data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.groups import Group
from skillsapp.core.history import (
    Answer,
    EventKind,
    HistoryEvent,
    Titles,
    answer_words,
    learner_history,
    quiz_goes,
)
from skillsapp.core.learner_courses import LearnerCourse, learner_courses, seconds_learning
from skillsapp.core.my_data import erase, export_json, facts
from skillsapp.core.people import Learner, Trainer
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.learner_competences import LearnerCompetences
from skillsapp.ui.messages import explain
from skillsapp.ui.my_data_text import lrs_note, my_data_text
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_screen import FittingTabs, page_holder, style_trainer_screen
from skillsapp.ui.trainer_words import current_language, day_text, sorted_by_words, when_text
from skillsapp.ui.widgets import FlowLayout, error_label, show_error, title_label


class LearnerPage(QWidget):
    """Everything a trainer may see about one learner."""

    closed = Signal()
    erased = Signal()
    observe_requested = Signal()

    def __init__(
        self, centre: Centre, trainer: Trainer, learner: Learner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.centre, self.trainer, self.learner = centre, trainer, learner
        self.titles = Titles(centre.catalogue, current_language())
        self.heading = title_label(learner.first_name, self)
        self.groups_line = QLabel(self)
        self.groups_line.setWordWrap(True)
        self.courses = _table(
            self,
            self.tr("Courses"),
            [
                self.tr("Course"),
                self.tr("Where they are"),
                self.tr("Lessons finished"),
                self.tr("Finish by"),
                self.tr("Started"),
                self.tr("Quizzes not passed"),
            ],
        )
        self.time_spent = QLabel(self)
        self.time_spent.setWordWrap(True)
        courses_page = QWidget(self)
        courses_layout = QVBoxLayout(courses_page)
        courses_layout.addWidget(self.courses, 1)
        courses_layout.addWidget(self.time_spent)
        self.answers = _table(
            self,
            self.tr("Quiz answers"),
            [self.tr("Question"), self.tr("Answer"), self.tr("Result")],
        )
        self.competences = LearnerCompetences(centre, learner, self)
        self.history = _table(
            self, self.tr("History"), [self.tr("When"), self.tr("What"), self.tr("Course")]
        )
        self.tabs = FittingTabs(self)
        self.tabs.addTab(courses_page, self.tr("Courses"))
        self.tabs.addTab(self.answers, self.tr("Quiz answers"))
        self.tabs.addTab(self.competences, self.tr("Competences"))
        self.tabs.addTab(self.history, self.tr("History"))
        # Room for a few rows of any tab; the page scrolls above its buttons when it is more.
        self.tabs.setMinimumHeight(10 * self.fontMetrics().height())
        self.message = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setAccessibleName(self.tr("What was done"))
        self.done.hide()
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.closed)
        self.observe_button = QPushButton(self.tr("Record an observed level…"), self)
        self.observe_button.clicked.connect(self.observe_requested)
        self.assign_button = QPushButton(self.tr("Assign a course…"), self)
        self.assign_button.clicked.connect(self.assign)
        self.group_button = QPushButton(self.tr("Add to a group…"), self)
        self.group_button.clicked.connect(self.add_to_group)
        self.certificates_button = QPushButton(self.tr("Certificates…"), self)
        self.certificates_button.clicked.connect(self.show_certificates)
        self.export_button = QPushButton(self.tr("Export this learner's data…"), self)
        self.export_button.clicked.connect(self.ask_export)
        self.erase_button = QPushButton(self.tr("Erase this learner's data…"), self)
        self.erase_button.clicked.connect(self.ask_erase)
        # The actions wrap onto more rows at large text sizes.
        button_row = QWidget(self)
        buttons = FlowLayout(button_row, spacing=8)
        for button in (
            self.back_button,
            self.observe_button,
            self.assign_button,
            self.group_button,
            self.certificates_button,
        ):
            buttons.addWidget(button)
        # The learner's own data, asked for now and then, sits below the tabs and scrolls.
        data_row = QWidget(self)
        data_buttons = FlowLayout(data_row, spacing=8)
        for button in (self.export_button, self.erase_button):
            data_buttons.addWidget(button)
        # What the page says scrolls when large text makes it taller than the window; the
        # row of actions stays in view below it.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.groups_line)
        column.addWidget(self.tabs, 1)
        column.addWidget(data_row)
        layout = QVBoxLayout(self)
        layout.addWidget(page_holder(content, self), 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addWidget(button_row)
        # Reading order: the tabs and what they show, the data buttons, then the actions.
        QWidget.setTabOrder(self.tabs, self.export_button)
        QWidget.setTabOrder(self.export_button, self.erase_button)
        QWidget.setTabOrder(self.erase_button, self.back_button)
        go_back_on_escape(self, self.closed.emit)
        style_trainer_screen(self)
        self.refresh()

    def refresh(self) -> None:
        """Show the learner's groups, courses, answers and history as they are now."""
        groups = sorted_by_words(self.centre.groups.of_learner(self.learner.id), lambda g: g.name)
        names = ", ".join(g.name for g in groups)
        self.groups_line.setText(fill(self.tr("Groups: %1"), names or self.tr("none")))
        self._fill_courses()
        self._fill_answers()
        self._fill_history()

    # -- what the tabs show ------------------------------------------------------------------

    def _fill_courses(self) -> None:
        self.courses.setRowCount(0)
        found = learner_courses(self.centre, self.learner.id)
        for course in sorted_by_words(found, lambda c: self.titles.course(c.course_id, c.name)):
            _add_row(
                self.courses,
                [
                    self.titles.course(course.course_id, course.name),
                    self.course_state(course),
                    self.lessons_text(course),
                    day_text(course.due) if course.due else "",
                    day_text(course.started_at) if course.started_at else "",
                    str(course.quiz_failures) if course.started else "",
                ],
            )
        if not found:
            _add_row(self.courses, [self.tr("No courses assigned or started yet.")], heading=True)
        _fit_columns(self.courses, stretch=0)
        hours = seconds_learning(self.centre, self.learner.id) / 3600
        self.time_spent.setText(
            fill(
                self.tr("Time spent learning at the centre: %1 hours."),
                QLocale().toString(hours, "f", 1),
            )
        )

    def course_state(self, course: LearnerCourse) -> str:
        """Where the learner is in a course, in words."""
        if course.completed_at:
            return fill(self.tr("Finished on %1"), day_text(course.completed_at))
        if course.started:
            return self.tr("Learning")
        return self.tr("Not started yet")

    def lessons_text(self, course: LearnerCourse) -> str:
        """ "3 of 5" lessons finished."""
        if course.lessons is None:
            return str(course.lessons_done)
        return fill(self.tr("%1 of %2"), course.lessons_done, course.lessons)

    def _fill_answers(self) -> None:
        self.answers.setRowCount(0)
        true_false = (self.tr("True"), self.tr("False"))
        for go in quiz_goes(self.centre, self.learner.id):
            heading = fill(
                self.tr("%1 · quiz of “%2” · %3"),
                self.titles.course(go.course_id),
                self.titles.lesson(go.course_id, go.lesson_id),
                when_text(go.started_at),
            )
            _add_row(self.answers, [heading], heading=True)
            for answer in go.answers:
                prompt, words = self.answer_texts(answer, true_false)
                _add_row(self.answers, [prompt, words, self.result_text(answer)])
        if self.answers.rowCount() == 0:
            _add_row(self.answers, [self.tr("No quiz answers yet.")], heading=True)
        _fit_columns(self.answers)

    def answer_texts(self, answer: Answer, true_false: tuple[str, str]) -> tuple[str, str]:
        """The question and the words the learner chose, in the trainer's language where the
        course has it (else in the language the learner took the quiz in)."""
        question = self.titles.question(answer)
        if question is None:
            return answer.prompt, answer.response
        return question.prompt, answer_words(question, answer.response, true_false)

    def result_text(self, answer: Answer) -> str:
        """Right or not, and at which try."""
        if answer.right:
            return fill(self.tr("right (try %1)"), answer.try_number)
        return fill(self.tr("not right (try %1)"), answer.try_number)

    def _fill_history(self) -> None:
        self.history.setRowCount(0)
        for event in learner_history(self.centre, self.learner.id):
            course = self.titles.course(event.course_id) if event.course_id else ""
            _add_row(self.history, [when_text(event.at), self.event_text(event), course])
        _fit_columns(self.history)

    def event_text(self, event: HistoryEvent) -> str:
        """One event as a plain sentence in the trainer's language."""
        lesson = self.titles.lesson(event.course_id, event.lesson_id, event.name)
        course = self.titles.course(event.course_id, event.name)
        score = (
            fill(self.tr("%1 of %2 right the first time"), event.right, event.questions)
            if event.questions
            else ""
        )
        match event.kind:
            case EventKind.REGISTERED:
                return self.tr("Was registered at the centre")
            case EventKind.SIGNED_IN:
                return self.tr("Signed in")
            case EventKind.SIGNED_OUT:
                if event.idle:
                    return self.tr("Was signed out after a while without activity")
                return self.tr("Signed out")
            case EventKind.OPENED_LESSON:
                return fill(self.tr("Opened the lesson “%1”"), lesson)
            case EventKind.FINISHED_LESSON:
                return fill(self.tr("Finished the lesson “%1”"), lesson)
            case EventKind.FINISHED_COURSE:
                return fill(self.tr("Finished the course “%1”"), course)
            case EventKind.PASSED_QUIZ:
                text = fill(self.tr("Passed the quiz of “%1”"), lesson)
                return fill(self.tr("%1 (%2)"), text, score) if score else text
            case EventKind.FAILED_QUIZ:
                text = fill(self.tr("Did not pass the quiz of “%1” yet"), lesson)
                return fill(self.tr("%1 (%2)"), text, score) if score else text
            case EventKind.STARTED_SELF_CHECK:
                if event.area:
                    return fill(self.tr("Started a quick self-check: %1"), self._area(event.area))
                return self.tr("Started the full self-check")
            case EventKind.FINISHED_SELF_CHECK:
                if event.area:
                    return fill(self.tr("Finished a quick self-check: %1"), self._area(event.area))
                return self.tr("Finished the full self-check")
            case EventKind.KNOWLEDGE_RESULT:
                return fill(
                    self.tr("Answered %1 of %2 knowledge questions of the self-check right"),
                    event.right if event.right is not None else "",
                    event.questions if event.questions is not None else "",
                )
            case EventKind.OBSERVED:
                if event.level == 0:
                    return fill(
                        self.tr("A trainer watched “%1” and recorded “not yet”"),
                        self._competence(event.competence or ""),
                    )
                return fill(
                    self.tr("A trainer watched “%1” and recorded level %2"),
                    self._competence(event.competence or ""),
                    event.level if event.level is not None else "",
                )
            case EventKind.ANSWERED_QUESTION:
                return fill(self.tr("Answered a question in the quiz of “%1”"), lesson)
            case EventKind.ANSWERED_SELF_CHECK:
                return self.tr("Answered a statement of the self-check")
        return fill(self.tr("Something a newer SkillsApp recorded (%1)"), event.verb)

    def _area(self, code: str) -> str:
        from skillsapp.core.framework.model import framework

        try:
            return framework(language=self.titles.language).area(code).heading
        except KeyError:
            return code

    def _competence(self, code: str) -> str:
        from skillsapp.core.framework.model import framework

        try:
            return framework(language=self.titles.language).competence(code).heading
        except KeyError:
            return code

    # -- actions -----------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Confirm what was done, in words (and clear an earlier problem)."""
        show_error(self.message, "")
        self.done.setText(text)
        self.done.setVisible(bool(text))

    def complain(self, text: str) -> None:
        """Say what went wrong (and clear an earlier confirmation)."""
        self.done.setText("")
        self.done.hide()
        show_error(self.message, text)

    def assign(self) -> None:
        """Assign one course to this learner, with a day to finish by if wanted."""
        dialog = AssignDialog(self.centre, self.trainer, self.learner, self.titles, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.assigned(dialog)

    def assigned(self, dialog: AssignDialog) -> None:
        """Say what the dialog assigned, and show it in the courses."""
        title = self.titles.course(dialog.course_id())
        due = dialog.due_day()
        if due:
            text = fill(
                self.tr("Assigned “%1” to %2, to finish by %3."),
                title,
                self.learner.first_name,
                day_text(due),
            )
        else:
            text = fill(self.tr("Assigned “%1” to %2."), title, self.learner.first_name)
        self.refresh()
        self.say(text)

    def add_to_group(self) -> None:
        """Put this learner into one more group."""
        dialog = GroupDialog(self.centre, self.trainer, self.learner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.group is not None:
            self.refresh()
            self.say(
                fill(
                    self.tr("%1 is now in the group “%2”."),
                    self.learner.first_name,
                    dialog.group.name,
                )
            )

    def show_certificates(self) -> QDialog:
        """The learner's certificates, to print or save (in the learner's language)."""
        from skillsapp.ui.certificates_screen import LearnerCertificates

        dialog = LearnerCertificates(
            self.centre.certificates.of_learner(self.learner.id),
            self.learner.first_name,
            self,
            self.centre.catalogue,
        )
        dialog.open()
        return dialog

    def ask_export(self) -> None:
        """Choose a folder; write the learner's data as JSON and PDF."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to save"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> list[Path]:
        """Write ``<name>-data.json`` and ``<name>-data.pdf`` into ``folder``."""
        from skillsapp.core.reports import Report
        from skillsapp.core.reports.model import Column
        from skillsapp.ui.report_pdf import write_report_pdf

        base = folder / f"{self.learner.first_name}-{self.learner.id[:8]}-data"
        try:
            base.with_suffix(".json").write_text(export_json(self.centre, self.learner), "utf-8")
            pairs = my_data_text(facts(self.centre, self.learner))
            write_report_pdf(
                Report(
                    fill(self.tr("Data about %1"), self.learner.first_name),
                    (
                        Column("what", self.tr("What is kept")),
                        Column("stored", self.tr("What this PC holds")),
                    ),
                    tuple(pairs),
                    (lrs_note(),),
                ),
                base.with_suffix(".pdf"),
                self.centre.profile.name,
                self.centre.now().date(),
            )
        except (OSError, Refused) as error:
            self.complain(
                fill(self.tr("Nothing was saved: %1"), error.strerror or str(error))
                if isinstance(error, OSError)
                else explain(error)
            )
            return []
        written = [base.with_suffix(".json"), base.with_suffix(".pdf")]
        self.say(
            fill(
                self.tr("Saved %1's data in %2: %3 and %4."),
                self.learner.first_name,
                str(folder),
                written[0].name,
                written[1].name,
            )
        )
        return written

    def ask_erase(self) -> None:
        """Erase after a clear warning (the trainer confirms with the resident present)."""
        answer = QMessageBox.warning(
            self,
            self.tr("Erase this learner's data?"),
            fill(
                self.tr(
                    "This removes %1's profile and every learning record from this PC and the "
                    "centre's other PCs. It cannot be undone.\n\n%2"
                ),
                self.learner.first_name,
                lrs_note(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            erase(self.centre, self.learner.id, by=self.trainer)
            self.erased.emit()


def _table(parent: QWidget, name: str, headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setMinimumHeight(4 * table.fontMetrics().height())
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    # Rows grow to the wrapped words whenever a column gets narrower or wider.
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def _add_row(table: QTableWidget, values: list[str], heading: bool = False) -> None:
    """A row of words; a heading row spans every column, in bold."""
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if heading:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, column, item)
    if heading and table.columnCount() > 1:
        table.setSpan(row, 0, 1, table.columnCount())


def _fit_columns(table: QTableWidget, stretch: int = 1) -> None:
    # Every column as wide as its words (the first at most 450 pixels); column ``stretch``
    # takes the room left and wraps its words, so nothing is cut off.
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        table.resizeColumnToContents(column)
        mode = QHeaderView.ResizeMode.Interactive
        if column == stretch:
            mode = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    table.setColumnWidth(0, min(table.columnWidth(0), 450))
    table.resizeRowsToContents()


class AssignDialog(QDialog):
    """Choose a course and, if wanted, a day to finish by, picked from a calendar.

    The course is assigned when OK is pressed and everything is right; otherwise the dialog
    stays open and says why, in plain words.
    """

    def __init__(
        self,
        centre: Centre,
        trainer: Trainer,
        learner: Learner,
        titles: Titles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.centre, self.trainer, self.learner = centre, trainer, learner
        self.setWindowTitle(fill(self.tr("Assign a course to %1"), learner.first_name))
        self.course = QComboBox(self)
        self.course.setAccessibleName(self.tr("Course"))
        packs = sorted_by_words(centre.catalogue.packs(), lambda p: titles.course(p.id))
        for pack in packs:
            self.course.addItem(titles.course(pack.id), pack.id)
        self.has_due = QCheckBox(self.tr("Finish by a day"), self)
        self.has_due.setChecked(True)
        self.due = due_date_field(centre, self)
        self.due.setAccessibleName(self.tr("Day to finish by"))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.assign)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        # Words above their fields: a long course title gets the dialog's whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Course"), self.course)
        form.addRow("", self.has_due)
        form.addRow(self.tr("Day to finish by"), self.due)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        style_trainer_screen(self)

    def course_id(self) -> str:
        """The chosen course."""
        return str(self.course.currentData())

    def due_day(self) -> str | None:
        """The chosen day (ISO), or None without one."""
        if not self.has_due.isChecked():
            return None
        return self.due.date().toString("yyyy-MM-dd")

    def assign(self) -> None:
        """Assign, or say why not and stay open."""
        try:
            self.centre.groups.assign(
                self.learner.id, self.course_id(), self.due_day(), by=self.trainer
            )
        except Refused as refusal:
            show_error(self.error, explain(refusal))
            return
        self.accept()


def due_date_field(centre: Centre, parent: QWidget | None = None) -> QDateEdit:
    """A day picked from a calendar, written the language's way; no day before today (the
    centre's today) can be typed or picked."""
    from skillsapp.ui.trainer_words import day_format

    today = centre.now().astimezone().date()
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setLocale(QLocale())  # the trainer's language, not the PC's
    field.setDisplayFormat(day_format())
    first = QDate(today.year, today.month, today.day)
    field.setMinimumDate(first)
    field.setDate(first.addMonths(1))
    return field


class GroupDialog(QDialog):
    """Choose a group to put the learner into; stays open with the reason when it cannot."""

    def __init__(
        self, centre: Centre, trainer: Trainer, learner: Learner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.centre, self.trainer, self.learner = centre, trainer, learner
        self.group: Group | None = None
        self.setWindowTitle(fill(self.tr("Add %1 to a group"), learner.first_name))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Group"))
        for group in sorted_by_words(centre.groups.list(), lambda g: g.name):
            self.choice.addItem(group.name, group.id)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Group"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.windowTitle(), self))
        if self.choice.count() == 0:
            layout.addWidget(QLabel(self.tr("No groups yet. Make one in the Groups tab."), self))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        style_trainer_screen(self)

    def add(self) -> None:
        """Add the learner, or say why not and stay open."""
        group_id = self.choice.currentData()
        if group_id is None:
            return
        try:
            self.group = self.centre.groups.add_member(group_id, self.learner.id, by=self.trainer)
        except Refused as refusal:
            show_error(self.error, explain(refusal))
            return
        self.accept()
