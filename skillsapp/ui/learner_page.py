"""A learner's page for the trainer: courses, quiz answers, time spent, competence levels,
history; assign a course; export or erase the learner's data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core import learning_events as le
from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.my_data import erase, export_json, facts
from skillsapp.core.people import Learner, Trainer
from skillsapp.core.reports import learner_record
from skillsapp.ui.learner_competences import LearnerCompetences
from skillsapp.ui.messages import explain
from skillsapp.ui.my_data_text import lrs_note, my_data_text
from skillsapp.ui.report_view import ReportView
from skillsapp.ui.text import fill
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
        self.record = ReportView(centre.profile.name, centre.now().date().isoformat(), self)
        self.record.show_report(learner_record(centre, learner))
        self.answers = QTreeWidget(self)
        self.answers.setAccessibleName(self.tr("Quiz answers"))
        self.answers.setHeaderLabels([self.tr("Question"), self.tr("Answer"), self.tr("Result")])
        self.competences = LearnerCompetences(centre, learner, self)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("History"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.record, self.tr("Courses"))
        self.tabs.addTab(self.answers, self.tr("Quiz answers"))
        self.tabs.addTab(self.competences, self.tr("Competences"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.observe_button = QPushButton(self.tr("Record an observed level…"), self)
        self.observe_button.clicked.connect(self.observe_requested)
        self.assign_button = QPushButton(self.tr("Assign a course…"), self)
        self.assign_button.clicked.connect(self.assign)
        self.certificates_button = QPushButton(self.tr("Certificates…"), self)
        self.certificates_button.clicked.connect(self.show_certificates)
        self.export_button = QPushButton(self.tr("Export this learner's data…"), self)
        self.export_button.clicked.connect(self.ask_export)
        self.erase_button = QPushButton(self.tr("Erase this learner's data…"), self)
        self.erase_button.clicked.connect(self.ask_erase)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.closed)
        self.message = error_label(self)
        # The actions wrap onto more rows at large text sizes.
        button_row = QWidget(self)
        buttons = FlowLayout(button_row, spacing=8)
        for button in (
            self.back_button,
            self.observe_button,
            self.assign_button,
            self.certificates_button,
            self.export_button,
            self.erase_button,
        ):
            buttons.addWidget(button)
        groups = ", ".join(g.name for g in centre.groups.of_learner(learner.id))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(learner.first_name, self))
        layout.addWidget(QLabel(fill(self.tr("Groups: %1"), groups or self.tr("none"))))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(button_row)
        self._fill_answers()
        self._fill_history()

    def _fill_answers(self) -> None:
        attempts: dict[str, QTreeWidgetItem] = {}
        for statement in reversed(self.centre.log.for_actor(self.learner.id, le.ANSWERED[0])):
            extensions = statement["context"]["extensions"]
            attempt = extensions.get(le.ATTEMPT)
            if attempt is None:
                continue  # a self-assessment answer, shown under Competences
            if attempt not in attempts:
                head = QTreeWidgetItem(
                    [
                        f"{extensions.get(le.COURSE)} · {extensions.get(le.LESSON)} · "
                        f"{statement['timestamp'][:16].replace('T', ' ')}"
                    ]
                )
                attempts[attempt] = head
                self.answers.addTopLevelItem(head)
            result = statement["result"]
            QTreeWidgetItem(
                attempts[attempt],
                [
                    statement["object"]["definition"]["name"]["en"],
                    result.get("response", ""),
                    fill(
                        self.tr("right (try %1)")
                        if result.get("success")
                        else self.tr("not right (try %1)"),
                        str(result.get("extensions", {}).get(le.TRY, 1)),
                    ),
                ],
            )
        self.answers.expandToDepth(0)
        self.answers.resizeColumnToContents(0)

    def _fill_history(self) -> None:
        for statement in reversed(self.centre.log.for_actor(self.learner.id)[-200:]):
            what = statement["object"].get("definition", {}).get("name", {}).get("en", "")
            verb = statement["verb"].get("display", {}).get("en", "")
            when = statement["timestamp"][:16].replace("T", " ")
            self.history.addItem(f"{when}  {verb}  {what}")

    def assign(self) -> None:
        """Assign one course to this learner, with an optional due date."""
        dialog = AssignDialog(self.centre, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.centre.groups.assign(
                self.learner.id,
                dialog.course.currentData(),
                dialog.due.text().strip() or None,
                by=self.trainer,
            )
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        show_error(self.message, "")

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
        from skillsapp.ui.report_pdf import write_report_pdf

        base = folder / f"{self.learner.first_name}-{self.learner.id[:8]}-data"
        try:
            base.with_suffix(".json").write_text(export_json(self.centre, self.learner), "utf-8")
            pairs = my_data_text(facts(self.centre, self.learner))
            write_report_pdf(
                Report(
                    fill(self.tr("Data about %1"), self.learner.first_name),
                    ("what", "stored"),
                    tuple(pairs),
                    (lrs_note(),),
                ),
                base.with_suffix(".pdf"),
                self.centre.profile.name,
                self.centre.now().date().isoformat(),
            )
        except (OSError, Refused) as error:
            show_error(self.message, explain(error))
            return []
        show_error(self.message, "")
        return [base.with_suffix(".json"), base.with_suffix(".pdf")]

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


class AssignDialog(QDialog):
    """Choose a course and, if wanted, a due date."""

    def __init__(self, centre: Centre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign a course"))
        self.course = QComboBox(self)
        self.course.setAccessibleName(self.tr("Course"))
        for pack in centre.catalogue.packs():
            self.course.addItem(pack.title, pack.id)
        self.due = QLineEdit(self)
        self.due.setAccessibleName(self.tr("Due date (optional)"))
        self.due.setPlaceholderText(self.tr("for example 2026-06-30, or leave empty"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Course"), self.course)
        form.addRow(self.tr("Due date (optional)"), self.due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
