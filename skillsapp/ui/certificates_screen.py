"""The resident's certificates, one per finished course, saved as PDF to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from skillsapp.core.certificates import Certificate
from skillsapp.core.errors import Refused
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.messages import explain
from skillsapp.ui.report_pdf import write_certificate_pdf
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import error_label, hint_label, local_date, show_error, title_label


class CertificatesScreen(QWidget):
    """A button per certificate; each saves that certificate as an A4 PDF."""

    back = Signal()

    def __init__(self, certificates: list[Certificate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.certificates = certificates
        self.message = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(title_label(self.tr("My certificates"), self))
        if not certificates:
            layout.addWidget(
                hint_label(self.tr("When you finish a course, its certificate appears here."), self)
            )
        for certificate in certificates:
            button = QPushButton(
                fill(
                    self.tr("%1 (finished %2) – save as PDF"),
                    certificate.course_title,
                    local_date(certificate.completed_on),
                ),
                self,
            )
            button.clicked.connect(lambda _=False, c=certificate: self.ask_save(c))
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)

    def ask_save(self, certificate: Certificate) -> None:
        """Choose where to save the certificate."""
        name = f"certificate-{certificate.course_id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificate"), str(Path.home() / name), "PDF (*.pdf)"
        )
        if path:
            self.save(certificate, Path(path))

    def save(self, certificate: Certificate, path: Path) -> None:
        """Write the PDF, or say plainly why not."""
        try:
            write_certificate_pdf(certificate, path)
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        show_error(self.message, "")
        self.done.setText(fill(self.tr("Saved as %1. You can print it from there."), str(path)))
