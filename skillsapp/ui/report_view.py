"""A report on screen, with buttons to save exactly the same table as CSV or print it as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.errors import Refused
from skillsapp.core.reports import Report, display_value, write_csv
from skillsapp.ui.messages import explain
from skillsapp.ui.report_pdf import write_report_pdf
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import error_label, show_error


class ReportView(QWidget):
    """Shows a ``Report``; saves it as CSV or PDF."""

    def __init__(self, centre_name: str, made_on: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre_name, self.made_on = centre_name, made_on
        self.report: Report | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.csv_button.clicked.connect(self.ask_csv)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.message = error_label(self)
        self.saved = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_report(None)

    def show_report(self, report: Report | None) -> None:
        """Put a report (or nothing) on screen."""
        self.report = report
        self.csv_button.setEnabled(report is not None)
        self.pdf_button.setEnabled(report is not None)
        self.saved.setText("")
        show_error(self.message, "")
        if report is None:
            self.title.setText("")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.notes.setText("")
            return
        self.title.setText(report.title)
        self.table.setColumnCount(len(report.columns))
        self.table.setHorizontalHeaderLabels([c.replace("_", " ") for c in report.columns])
        self.table.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(display_value(value)))
        self.table.resizeColumnsToContents()
        self.notes.setText("\n".join(report.notes))

    def ask_csv(self) -> None:
        """Choose where to save the CSV."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as CSV"), str(Path.home() / "report.csv"), "CSV (*.csv)"
        )
        if path:
            self.save_csv(Path(path))

    def ask_pdf(self) -> None:
        """Choose where to save the PDF."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / "report.pdf"), "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(Path(path))

    def save_csv(self, path: Path) -> None:
        """Write the CSV, or say plainly why not."""
        if self.report is None:
            return
        try:
            write_csv(self.report, path)
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        self.saved.setText(fill(self.tr("Saved as %1"), str(path)))

    def save_pdf(self, path: Path) -> None:
        """Write the PDF, or say plainly why not."""
        if self.report is None:
            return
        try:
            write_report_pdf(self.report, path, self.centre_name, self.made_on)
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        self.saved.setText(fill(self.tr("Saved as %1"), str(path)))
