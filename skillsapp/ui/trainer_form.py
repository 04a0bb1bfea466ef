"""The form for adding another trainer account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.people import Trainer
from skillsapp.ui.messages import explain
from skillsapp.ui.trainer_screen import style_trainer_screen
from skillsapp.ui.widgets import error_label, show_error, title_label


class TrainerForm(QDialog):
    """Name and password (typed twice) of a new trainer."""

    def __init__(self, centre: Centre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.saved: Trainer | None = None
        self.setWindowTitle(self.tr("New trainer"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setAccessibleName(self.tr("Password again"))
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        style_trainer_screen(self)
        self.name.setFocus()

    def save(self) -> None:
        """Create the account, or say why not."""
        if self.password.text() != self.password_again.text():
            show_error(self.error, self.tr("The two passwords are not the same."))
            return
        try:
            self.saved = self.centre.trainers.create(self.name.text(), self.password.text())
        except Refused as refusal:
            show_error(self.error, explain(refusal))
            return
        self.accept()
