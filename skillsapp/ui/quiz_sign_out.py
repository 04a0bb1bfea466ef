"""The question "Finish" asks during a quiz, so that no single key press ends a resident's
quiz: going on with the quiz is the default, Escape keeps the resident in the quiz too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from skillsapp.ui.widgets import FlowLayout, primary_button


class SignOutDuringQuiz(QDialog):
    """ "Your answers so far are saved. Sign out now?"; accepted means sign out.

    A dialog of its own rather than a message box: a message box keeps to a narrow width and
    cuts its buttons' words at large text sizes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finish"))
        self.setModal(True)
        self.question = QLabel(self.tr("Your answers so far are saved. Sign out now?"), self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.stay_button = primary_button(self.tr("No, go on with the quiz"), self)
        self.stay_button.clicked.connect(self.reject)
        self.leave_button = QPushButton(self.tr("Yes, sign out"), self)
        self.leave_button.clicked.connect(self.accept)
        self.stay_button.setDefault(True)
        row = QWidget(self)
        buttons = FlowLayout(row, spacing=12)  # side by side, or one under the other
        buttons.addWidget(self.stay_button)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.question)
        layout.addWidget(row)
        if parent is not None:
            self.setMinimumWidth(min(parent.width() * 2 // 3, 900))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.stay_button.setFocus()
        # As tall as the words and the (perhaps wrapped) buttons need, not more.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))
