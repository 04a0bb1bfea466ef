"""The self-assessment screen: one statement at a time, four big answers, back and pause.

Every answer is stored when it is given, so "Pause" only leaves the screen; the check can be
resumed later (``Competences.self_assessments.paused``), also on another PC.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.self_assessment import CheckSession
from skillsapp.core.errors import Refused
from skillsapp.core.framework import framework
from skillsapp.ui.messages import explain
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import error_label, hint_label, show_error, title_label


class SelfAssessmentScreen(QWidget):
    """Asks the statements of ``session`` one by one."""

    finished = Signal(object)  # SelfAssessmentResult
    paused = Signal()

    def __init__(
        self, competences: Competences, session: CheckSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.competences, self.session = competences, session
        self.fw = framework(session.version, session.language)
        self.progress_text = hint_label("", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, session.total)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.about = hint_label("", self)
        self.statement = title_label("", self)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.message = error_label(self)
        self.answer_buttons: list[QPushButton] = []
        answers = QVBoxLayout()
        for points in range(4):
            button = QPushButton(self)
            button.setMinimumHeight(64)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, p=points: self.choose(p))
            answers.addWidget(button)
            self.answer_buttons.append(button)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the previous statement"))
        self.back_button.clicked.connect(self.go_back)
        self.pause_button = QPushButton(self.tr("Pause and finish later"), self)
        self.pause_button.setAccessibleName(self.tr("Pause and finish later"))
        self.pause_button.clicked.connect(self.paused)

        column = QVBoxLayout()
        column.addWidget(self.progress_text)
        column.addWidget(self.progress)
        column.addSpacing(16)
        column.addWidget(self.about)
        column.addWidget(self.statement)
        column.addSpacing(16)
        column.addLayout(answers)
        column.addWidget(self.message)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        column.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 4)
        layout.addStretch(1)
        self.show_current()

    def show_current(self) -> None:
        """Fill the screen with the statement at the session's position."""
        session, item = self.session, self.session.current
        if item is None:
            return
        number = session.position + 1
        self.progress_text.setText(
            fill(self.tr("Statement %1 of %2"), str(number), str(session.total))
        )
        self.progress.setValue(session.position)
        self.about.setText(self.fw.competence(item.competence).heading)
        self.statement.setText(item.text(session.language))
        self.statement.setAccessibleName(item.text(session.language))
        chosen = session.current_answer()
        words = self.competences.bank.answers(item.scale, session.language)
        for points, (button, text) in enumerate(zip(self.answer_buttons, words, strict=True)):
            button.setText(f"{points + 1}.  {text}")
            button.setAccessibleName(text)
            button.setChecked(points == chosen)
        self.back_button.setEnabled(session.position > 0)
        show_error(self.message, "")
        self.answer_buttons[chosen if chosen is not None else 0].setFocus()

    def choose(self, points: int) -> None:
        """Store the answer and go on; after the last statement, finish the check."""
        try:
            self.competences.self_assessments.answer(self.session, points)
            if self.session.current is None and self.session.complete:
                self.finished.emit(self.competences.self_assessments.finish(self.session))
                return
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        if self.session.current is None:
            # Past the end with a gap left by going back: open the first unanswered one.
            self.session.position = next(
                i for i, it in enumerate(self.session.items) if it.id not in self.session.answers
            )
        self.show_current()

    def go_back(self) -> None:
        """Show the previous statement with its answer, to change it."""
        self.competences.self_assessments.back(self.session)
        self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # 1-4 answer; Escape goes back a statement, or pauses on the first one.
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.choose(key - Qt.Key.Key_1)
            return
        if key == Qt.Key.Key_Escape:
            if self.session.position > 0:
                self.go_back()
            else:
                self.paused.emit()
            return
        super().keyPressEvent(event)
