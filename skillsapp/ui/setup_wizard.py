"""First run: the centre's name, its default language and the first trainer account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.languages import LANGUAGES
from skillsapp.core.people import Trainer, check_password, clean_name
from skillsapp.ui.widgets import error_label, hint_label, primary_button, show_error, title_label


class SetupWizard(QWidget):
    """Two short steps; nothing is saved until the last one is confirmed."""

    finished = Signal(object)  # the first Trainer

    def __init__(self, centre: Centre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._centre_step())
        self.steps.addWidget(self._trainer_step())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.steps)

    def _centre_step(self) -> QWidget:
        page = QWidget()
        self.centre_name = QLineEdit(page)
        self.centre_name.setAccessibleName(self.tr("Name of the centre"))
        self.centre_name.setPlaceholderText(self.tr("for example: Village hall of Lindenau"))
        self.centre_name.setMaxLength(200)
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Default language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.centre_error = error_label(page)
        self.next_button = primary_button(self.tr("Next"), page)
        self.next_button.clicked.connect(self.next)
        self.centre_name.returnPressed.connect(self.next)
        form = QFormLayout()
        form.addRow(self.tr("Name of the centre"), self.centre_name)
        form.addRow(self.tr("Default language"), self.language)
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(self.tr("Welcome to SkillsApp"), page))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Let's set up this PC for your centre. Step 1 of 2: the centre. "
                    "You can change these later."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.centre_error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        return page

    def _trainer_step(self) -> QWidget:
        page = QWidget()
        self.trainer_name = QLineEdit(page)
        self.trainer_name.setAccessibleName(self.tr("Your name"))
        self.trainer_name.setMaxLength(200)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setAccessibleDescription(self.tr("At least 8 characters"))
        self.password_again = QLineEdit(page)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setAccessibleName(self.tr("Password again"))
        self.trainer_error = error_label(page)
        self.back_button = QPushButton(self.tr("Back"), page)
        self.back_button.clicked.connect(self.back)
        self.create_button = primary_button(self.tr("Create the centre"), page)
        self.create_button.clicked.connect(self.create)
        self.password_again.returnPressed.connect(self.create)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.trainer_name)
        form.addRow(self.tr("Password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(self.tr("The first trainer account"), page))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Step 2 of 2: you. Trainers sign in with this password to add learners "
                    "and follow their progress."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.trainer_error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        return page

    def next(self) -> None:
        """Check the centre step and go on to the trainer step."""
        try:
            clean_name(self.centre_name.text(), "centre name")
        except Refused as refusal:
            show_error(self.centre_error, str(refusal))
            self.centre_name.setFocus()
            return
        show_error(self.centre_error, "")
        self.steps.setCurrentIndex(1)
        self.trainer_name.setFocus()

    def back(self) -> None:
        """Return to the centre step."""
        self.steps.setCurrentIndex(0)
        self.centre_name.setFocus()

    def create(self) -> None:
        """Save the centre and its first trainer."""
        if self.password.text() != self.password_again.text():
            show_error(self.trainer_error, self.tr("The two passwords are not the same."))
            self.password_again.setFocus()
            return
        try:
            clean_name(self.trainer_name.text(), "trainer's name")
            check_password(self.password.text())
            trainer: Trainer = self.centre.set_up(
                self.centre_name.text(),
                self.language.currentData(),
                self.trainer_name.text(),
                self.password.text(),
            )
        except Refused as refusal:
            show_error(self.trainer_error, str(refusal))
            return
        self.password.clear()
        self.password_again.clear()
        self.finished.emit(trainer)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape goes back a step, from any field of this screen.
        if event.key() == Qt.Key.Key_Escape:
            self.back()
            return
        super().keyPressEvent(event)
