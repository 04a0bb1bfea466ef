"""A report on screen, with one press each to save the same table as CSV or PDF, or print it.

The table is the report in the chosen language (``report_table``): the CSV for people is
exactly this table, and the PDF prints it. The CSV for other programs (codes and ISO dates,
the same bytes on any PC) is the second choice of the CSV dialog. Only the table scrolls:
the buttons stay in view at any window size.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.errors import Refused
from skillsapp.core.reports import Report, write_csv, write_text
from skillsapp.ui.messages import explain
from skillsapp.ui.paper import PaperActions, ask_save_path, remember_folder, safe_file_name
from skillsapp.ui.paper_words import PaperWords, current_language
from skillsapp.ui.report_pdf import ReportPaper
from skillsapp.ui.report_table import Courses, ReportTable, report_table
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import error_label, show_error

MINIMUM_TABLE_HEIGHT = 120
VISIBLE_ROWS = 5  # rows of a report that stay in view at any text size


class ReportView(QWidget):
    """Shows a ``Report`` in one language; saves it as CSV or PDF, or prints it."""

    def __init__(
        self,
        centre_name: str,
        made_on: str | date,
        parent: QWidget | None = None,
        courses: Courses | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.centre_name = centre_name
        self.made_on = made_on if isinstance(made_on, date) else date.fromisoformat(made_on[:10])
        self.courses = courses
        self.language = language
        self.report: Report | None = None
        self.shown: ReportTable | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # Tab leaves the table for the buttons (arrows move between cells): no keyboard trap.
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(MINIMUM_TABLE_HEIGHT)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.csv_button.clicked.connect(self.ask_csv)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_report)
        self.message = error_label(self)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setAccessibleName(self.tr("What was saved"))
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paper = PaperActions(self)
        self.paper.done.connect(self._said)
        self.paper.failed.connect(self._failed)
        self.buttons = QHBoxLayout()
        for button in (self.csv_button, self.pdf_button, self.print_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addWidget(self.saved)
        layout.addLayout(self.buttons)
        self.show_report(None)

    def words(self) -> PaperWords:
        """The words of the report's language (the screens' language unless one was chosen)."""
        return PaperWords(self.language or current_language())

    def set_language(self, language: str | None) -> None:
        """Show the report in ``language`` (None: the screens' language)."""
        self.language = language
        if self.report is not None:
            self.show_report(self.report)

    def show_report(self, report: Report | None) -> None:
        """Put a report (or nothing) on screen."""
        self.report = report
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(report is not None)
        self.saved.setText("")
        show_error(self.message, "")
        if report is None:
            self.shown = None
            self.title.setText("")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.notes.setText("")
            return
        shown = self.shown = report_table(report, self.words(), self.courses)
        self.title.setText(shown.title)
        self.table.setColumnCount(len(shown.headings))
        self.table.setHorizontalHeaderLabels(list(shown.headings))
        self.table.setRowCount(len(shown.rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(shown.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if shown.kinds[c] == "number":
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._keep_rows_in_view()
        self.notes.setText("\n".join(shown.notes))

    def _keep_rows_in_view(self) -> None:
        """At least a few rows stay readable, however large the text: the page around the
        table scrolls instead (the theme's least height for fields is one line)."""
        shown = min(self.table.rowCount(), VISIBLE_ROWS)
        rows = sum(self.table.rowHeight(r) for r in range(shown))
        frame = 2 * self.table.frameWidth() + self.table.horizontalScrollBar().sizeHint().height()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(max(MINIMUM_TABLE_HEIGHT, header + rows + frame))

    def ask_csv(self) -> None:
        """Choose where to save the CSV, and which: the table as shown, or with codes."""
        if self.shown is None:
            return
        people = self.tr("Table as on screen (*.csv)")
        programs = self.tr("Data with codes, for other programs (*.csv)")
        path, chosen = ask_save_path(
            self,
            self.tr("Save as CSV"),
            safe_file_name(self.shown.title, ".csv"),
            f"{people};;{programs}",
        )
        if path is not None:
            if path.suffix.lower() != ".csv":
                path = path.with_name(path.name + ".csv")
            self.save_csv(path, codes=chosen == programs)

    def ask_pdf(self) -> None:
        """Choose where to save the PDF, then save it."""
        paper = self._paper()
        if paper is not None:
            self.paper.ask_pdf(paper)

    def print_report(self) -> None:
        """Print the report, one press (the PC's print dialog first)."""
        paper = self._paper()
        if paper is not None:
            self.paper.send_to_printer(paper)

    def save_csv(self, path: Path, codes: bool = False) -> None:
        """Write the CSV (the table as shown; with ``codes``, the one for other programs),
        or say plainly why not."""
        if self.report is None or self.shown is None:
            return
        try:
            if codes:
                write_csv(self.report, path)
            else:
                write_text(self.shown.csv_text(), path)
        except Refused as refusal:
            self._failed(explain(refusal))
            return
        remember_folder(path)
        self._said(fill(self.tr("Saved as %1"), str(path)))

    def save_pdf(self, path: Path) -> None:
        """Write the PDF, or say plainly why not."""
        paper = self._paper()
        if paper is not None:
            self.paper.save(paper, path)

    def _paper(self) -> ReportPaper | None:
        if self.shown is None:
            return None
        return ReportPaper(self.shown, self.centre_name, self.made_on)

    def _said(self, text: str) -> None:
        show_error(self.message, "")
        self.saved.setText(text)

    def _failed(self, text: str) -> None:
        self.saved.setText("")
        show_error(self.message, text)
