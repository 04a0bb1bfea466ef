"""The resident's own data in plain words; export or erase it together with a trainer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.my_data import facts
from skillsapp.core.people import Learner
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.learner_page import LearnerPage
from skillsapp.ui.my_data_text import lrs_note, my_data_text
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_confirm import TrainerConfirm
from skillsapp.ui.widgets import FlowLayout, hint_label, title_label


class MyDataScreen(QWidget):
    """Everything SkillsApp keeps about the signed-in resident, and what they can do about it."""

    back = Signal()
    erased = Signal()

    def __init__(self, centre: Centre, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.centre, self.learner = centre, learner
        form = QFormLayout()
        for heading, text in my_data_text(facts(centre, learner)):
            label = QLabel(text)
            label.setWordWrap(True)
            form.addRow(QLabel(f"<b>{heading}</b>"), label)
        self.export_button = QPushButton(self.tr("Save a copy of my data (with a trainer)"), self)
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("Erase my data (with a trainer)"), self)
        self.erase_button.clicked.connect(self.erase)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        # The buttons wrap onto more rows when their words are long (200 % text, Romanian).
        buttons_row = QWidget(self)
        buttons = FlowLayout(buttons_row, spacing=12)
        for button in (self.back_button, self.export_button, self.erase_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(title_label(self.tr("My data"), self))
        layout.addWidget(hint_label(self.tr("This is everything SkillsApp keeps about you."), self))
        layout.addLayout(form)
        layout.addWidget(hint_label(lrs_note(), self))
        layout.addWidget(self.done)
        layout.addStretch(1)
        layout.addWidget(buttons_row)

    def _trainer(self, reason: str):
        dialog = TrainerConfirm(self.centre, reason, self)
        return dialog.trainer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def export(self) -> None:
        """With a trainer: save the data as JSON and PDF in a folder (a USB stick)."""
        trainer = self._trainer(self.tr("A trainer helps you save a copy of your data."))
        if trainer is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to save"))
        if folder:
            page = LearnerPage(self.centre, trainer, self.learner)
            saved = page.export_to(Path(folder))
            self.done.setText(
                fill(self.tr("Saved: %1"), ", ".join(p.name for p in saved))
                if saved
                else page.message.text()
            )
            page.deleteLater()

    def erase(self) -> None:
        """With a trainer: erase everything, then sign out."""
        trainer = self._trainer(self.tr("A trainer helps you erase your data."))
        if trainer is None:
            return
        page = LearnerPage(self.centre, trainer, self.learner)
        page.erased.connect(self.erased)
        page.ask_erase()
        page.deleteLater()
