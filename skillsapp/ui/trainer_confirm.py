"""A trainer confirms, with their password, an action a resident may only take with them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.people import Trainer
from skillsapp.ui.trainer_screen import style_trainer_screen
from skillsapp.ui.widgets import error_label, show_error


class TrainerConfirm(QDialog):
    """Choose a trainer, type the password; ``trainer`` is set when it was right."""

    def __init__(self, centre: Centre, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.trainer: Trainer | None = None
        self.setWindowTitle(self.tr("A trainer confirms"))
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Trainer"))
        for trainer in centre.trainers.list():
            self.who.addItem(trainer.name, trainer.id)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Trainer's password"))
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Trainer"), self.who)
        form.addRow(self.tr("Password"), self.password)
        text = QLabel(reason, self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        style_trainer_screen(self)
        self.password.setFocus()

    def check(self) -> None:
        """Accept only with the right password."""
        self.trainer = self.centre.signin.trainer_with_password(
            self.who.currentData(), self.password.text()
        )
        self.password.clear()
        if self.trainer is None:
            show_error(self.error, self.tr("That password is not right. Please try again."))
            self.password.setFocus()
            return
        self.accept()
