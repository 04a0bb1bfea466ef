"""Trainers sign in with their name and password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.trainer_screen import style_trainer_screen
from skillsapp.ui.widgets import error_label, primary_button, show_error, title_label


class TrainerSignIn(QWidget):
    """Choose your name, type your password."""

    signed_in = Signal(object)  # Trainer
    back = Signal()

    def __init__(self, centre: Centre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.centre = centre
        self.trainer = QComboBox(self)
        self.trainer.setAccessibleName(self.tr("Trainer"))
        for trainer in centre.trainers.list():
            self.trainer.addItem(trainer.name, trainer.id)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        self.message = error_label(self)
        self.ok_button = primary_button(self.tr("Sign in"), self)
        self.ok_button.clicked.connect(self.submit)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        form = QFormLayout()
        form.addRow(self.tr("Trainer"), self.trainer)
        form.addRow(self.tr("Password"), self.password)
        column = QVBoxLayout()
        column.addWidget(title_label(self.tr("Trainer sign-in"), self))
        column.addLayout(form)
        column.addWidget(self.message)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addLayout(column, 3)
        layout.addStretch(1)
        # Reading order: the name, the password, then the row of buttons from the left
        # (Enter in the password field signs in at once).
        QWidget.setTabOrder(self.trainer, self.password)
        QWidget.setTabOrder(self.password, self.back_button)
        QWidget.setTabOrder(self.back_button, self.ok_button)
        style_trainer_screen(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.password.setFocus()

    def submit(self) -> None:
        """Check the password."""
        trainer = self.centre.signin.trainer_with_password(
            self.trainer.currentData(), self.password.text()
        )
        self.password.clear()
        if trainer is None:
            show_error(self.message, self.tr("That password is not right. Please try again."))
            self.password.setFocus()
            return
        self.signed_in.emit(trainer)
