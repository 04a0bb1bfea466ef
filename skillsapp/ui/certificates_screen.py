"""Certificates: the resident's own ("My certificates"), and any learner's for a trainer.

Each certificate prints with one press, or is saved as a PDF; both are in the learner's
language (``certificate_paper.py``), whatever language the screens speak.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.certificates import Certificate
from skillsapp.core.languages import LANGUAGES
from skillsapp.ui.certificate_paper import CertificatePaper
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.paper import PaperActions
from skillsapp.ui.paper_words import PaperWords, current_language
from skillsapp.ui.report_table import Courses
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import error_label, hint_label, show_error, title_label


class CertificateList(QWidget):
    """One line per certificate: what and when, "Print…" and "Save as PDF…"."""

    def __init__(
        self,
        certificates: list[Certificate],
        empty: str,
        parent: QWidget | None = None,
        titles: dict[str, str] | None = None,
    ) -> None:
        """``titles`` name the courses in the screens' language (default: as printed)."""
        super().__init__(parent)
        self.certificates = certificates
        self.paper = PaperActions(self)
        self.message = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setAccessibleName(self.tr("What was saved"))
        self.done.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paper.done.connect(self._said)
        self.paper.failed.connect(self._failed)
        self.rows: list[QLabel] = []
        self.print_buttons: list[QPushButton] = []
        self.save_buttons: list[QPushButton] = []
        words = PaperWords(current_language())
        lines = QVBoxLayout()
        if not certificates:
            lines.addWidget(hint_label(empty, self))
        for certificate in certificates:
            title = (titles or {}).get(certificate.course_id, certificate.course_title)
            what = fill(self.tr("%1, finished on %2"), title, words.date(certificate.completed_on))
            label = QLabel(what, self)
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: bold;")
            print_button = QPushButton(self.tr("Print…"), self)
            print_button.setAccessibleName(fill(self.tr("Print the certificate: %1"), what))
            print_button.clicked.connect(lambda _=False, c=certificate: self.print_certificate(c))
            save_button = QPushButton(self.tr("Save as PDF…"), self)
            save_button.setAccessibleName(fill(self.tr("Save the certificate as PDF: %1"), what))
            save_button.clicked.connect(lambda _=False, c=certificate: self.ask_save(c))
            # The words above their buttons: nothing is squeezed at 200 % text.
            row = QHBoxLayout()
            row.addWidget(print_button)
            row.addWidget(save_button)
            row.addStretch(1)
            lines.addWidget(label)
            lines.addLayout(row)
            lines.addSpacing(8)
            self.rows.append(label)
            self.print_buttons.append(print_button)
            self.save_buttons.append(save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(lines)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addStretch(1)

    def print_certificate(self, certificate: Certificate) -> bool:
        """Print the certificate (the PC's print dialog first)."""
        return self.paper.send_to_printer(CertificatePaper(certificate))

    def ask_save(self, certificate: Certificate) -> None:
        """Choose where to save the certificate as PDF, then save it."""
        self.paper.ask_pdf(CertificatePaper(certificate))

    def save(self, certificate: Certificate, path: Path) -> bool:
        """Write the certificate's PDF at ``path``, or say plainly why not."""
        return self.paper.save(CertificatePaper(certificate), path)

    def _said(self, text: str) -> None:
        show_error(self.message, "")
        self.done.setText(text)

    def _failed(self, text: str) -> None:
        self.done.setText("")
        show_error(self.message, text)


def _scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class CertificatesScreen(QWidget):
    """The resident's certificates, one per finished course, to print or save."""

    back = Signal()

    def __init__(self, certificates: list[Certificate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.certificates = certificates
        self.list = CertificateList(
            certificates, self.tr("When you finish a course, its certificate appears here."), self
        )
        self.buttons = self.list.save_buttons
        self.message, self.done = self.list.message, self.list.done
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(title_label(self.tr("My certificates"), self))
        layout.addWidget(_scrolling(self.list, self), 1)
        layout.addLayout(row)
        if self.list.print_buttons:
            self.setFocusProxy(self.list.print_buttons[0])

    def save(self, certificate: Certificate, path: Path) -> bool:
        """Write the certificate's PDF at ``path``, or say plainly why not."""
        return self.list.save(certificate, path)


class LearnerCertificates(QDialog):
    """A learner's certificates for the trainer: print or save any of them. Each is printed
    in the learner's language, which the dialog names; the courses are named in the screens'
    language (from ``courses``, the catalogue)."""

    def __init__(
        self,
        certificates: list[Certificate],
        learner_name: str,
        parent: QWidget | None = None,
        courses: Courses | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Certificates of %1"), learner_name))
        language = current_language()
        titles = {
            c.course_id: pack.title_in(language)
            for c in certificates
            if courses is not None and (pack := courses.get(c.course_id)) is not None
        }
        self.list = CertificateList(
            certificates,
            fill(self.tr("%1 has not finished a course yet."), learner_name),
            self,
            titles,
        )
        languages = sorted({LANGUAGES.get(c.language, c.language) for c in certificates})
        note = hint_label(
            fill(
                self.tr("Certificates are printed in the learner's language: %1."),
                ", ".join(languages),
            ),
            self,
        )
        note.setVisible(bool(certificates))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addWidget(note)
        layout.addWidget(_scrolling(self.list, self), 1)
        layout.addLayout(row)
        # As large as its words need at the text size in use, within the window.
        wanted = self.list.sizeHint() + QSize(80, 240)
        if parent is not None:
            wanted = wanted.boundedTo(parent.window().size() * 0.9)
        self.resize(wanted.expandedTo(QSize(560, 320)))
        first = self.list.print_buttons[0] if self.list.print_buttons else self.close_button
        first.setFocus()
