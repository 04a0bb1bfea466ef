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
from skillsapp.core.assessment.knowledge import KnowledgeQuestion
from skillsapp.core.assessment.self_assessment import CheckSession
from skillsapp.core.errors import Refused
from skillsapp.core.framework import framework
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.messages import explain
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import (
    FlowLayout,
    WrappingButton,
    error_label,
    hint_label,
    show_error,
    title_label,
)

MOST_CHOICES = 6  # a knowledge question has up to 6 choices; a statement 4 answers


class SelfAssessmentScreen(QWidget):
    """Asks the steps of ``session`` one by one: statements, then knowledge questions."""

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
        self.answer_buttons: list[WrappingButton] = []
        answers = QVBoxLayout()
        for index in range(MOST_CHOICES):
            # Long answers (German, Italian at 200 % text) wrap onto more lines, not cut off.
            button = WrappingButton("", self)
            button.setMinimumHeight(64)
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            button.setSizePolicy(policy)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            answers.addWidget(button)
            self.answer_buttons.append(button)
        # After a knowledge question: right or not, and why; then "Next".
        self.feedback = hint_label("", self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setMinimumHeight(48)
        self.next_button.clicked.connect(self.go_on)
        # Back and Pause side by side, or one under the other when the words are long; the
        # row is made before them so that Tab still reaches Back, then Pause.
        buttons_row = QWidget(self)
        self.back_button = WrappingButton(self.tr("Back"), buttons_row)
        self.back_button.setAccessibleName(self.tr("Back to the previous statement"))
        self.back_button.clicked.connect(self.go_back)
        self.pause_button = WrappingButton(self.tr("Pause and finish later"), buttons_row)
        self.pause_button.setAccessibleName(self.tr("Pause and finish later"))
        self.pause_button.clicked.connect(self.paused)
        go_back_on_escape(self, self.step_back_or_pause)

        column = QVBoxLayout()
        column.addWidget(self.progress_text)
        column.addWidget(self.progress)
        column.addSpacing(16)
        column.addWidget(self.about)
        column.addWidget(self.statement)
        column.addSpacing(16)
        column.addLayout(answers)
        column.addWidget(self.feedback)
        column.addWidget(self.next_button)
        column.addWidget(self.message)
        column.addStretch(1)
        buttons = FlowLayout(buttons_row, spacing=12)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.pause_button)
        column.addWidget(buttons_row)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 4)
        layout.addStretch(1)
        self._choices: list[bool | int] = []  # what each button answers on a question
        self.show_current()

    @property
    def showing_feedback(self) -> bool:
        """True while the answer to a question and its explanation are on screen."""
        return not self.next_button.isHidden()

    def show_current(self) -> None:
        """Fill the screen with the step at the session's position."""
        session, step = self.session, self.session.current
        if step is None:
            return
        self.feedback.hide()
        self.next_button.hide()
        number, total = str(session.position + 1), str(session.total)
        self.progress.setRange(0, session.total)
        self.progress.setValue(session.position)
        heading = self.fw.competence(step.competence).heading
        chosen = session.current_answer()
        if isinstance(step, KnowledgeQuestion):
            self.progress_text.setText(fill(self.tr("Question %1 of %2"), number, total))
            self.about.setText(fill(self.tr("%1: what do you know?"), heading))
            text = step.prompt(session.language)
            words, self._choices = self._question_choices(step)
        else:
            self.progress_text.setText(fill(self.tr("Statement %1 of %2"), number, total))
            self.about.setText(heading)
            text = step.text(session.language)
            words = list(self.competences.bank.answers(step.scale, session.language))
            self._choices = list(range(len(words)))
        self.statement.setText(text)
        self.statement.setAccessibleName(text)
        for index, button in enumerate(self.answer_buttons):
            shown = index < len(words)
            button.setVisible(shown)
            button.setEnabled(True)
            if shown:
                button.setText(f"{index + 1}.  {words[index]}")
                button.setAccessibleName(words[index])
                button.setChecked(self._choices[index] == chosen and chosen is not None)
        self.back_button.setEnabled(session.position > 0)
        show_error(self.message, "")
        picked = self._choices.index(chosen) if chosen in self._choices else 0
        self.answer_buttons[picked].setFocus()

    def _question_choices(self, question: KnowledgeQuestion) -> tuple[list[str], list[bool | int]]:
        if question.type == "true-false":
            return [self.tr("True"), self.tr("False")], [True, False]
        order = self.session.shown_order(question)
        words = question.choices_in(self.session.language)
        return [words[n - 1] for n in order], list(order)

    def choose(self, index: int) -> None:
        """Store the answer of button ``index`` and go on (after a question: say if it was
        right, and why, first); after the last step, finish the check."""
        if self.showing_feedback:
            # The chosen answer stays chosen (a second press must not untick it).
            for button in self.answer_buttons:
                button.setChecked(button.isEnabled() and button.isVisible())
            return
        if index >= len(self._choices):
            return
        step = self.session.current
        try:
            if isinstance(step, KnowledgeQuestion):
                right = self.competences.self_assessments.answer_question(
                    self.session, self._choices[index]
                )
                self._show_feedback(step, index, right)
                return
            self.competences.self_assessments.answer(self.session, index)
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        self.go_on()

    def _show_feedback(self, question: KnowledgeQuestion, index: int, right: bool) -> None:
        # The chosen answer stays marked and readable; the others step back.
        for i, button in enumerate(self.answer_buttons):
            button.setChecked(i == index)
            button.setEnabled(i == index)
        chosen = self.answer_buttons[index]
        name = chosen.accessibleName()
        chosen.setText(fill(self.tr("%1 (your answer)"), chosen.text()))
        chosen.setAccessibleName(fill(self.tr("%1 (your answer)"), name))
        verdict = self.tr("Right.") if right else self.tr("Not quite.")
        self.feedback.setText(f"{verdict} {question.explanation(self.session.language)}")
        self.feedback.setAccessibleName(self.feedback.text())
        self.feedback.show()
        self.next_button.show()
        self.next_button.setFocus()
        self._scroll_into_view(self.next_button)

    def _scroll_into_view(self, widget: QWidget) -> None:
        """At large text the reason and "Next" may sit below the window: bring them up."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QScrollArea

        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None:
            area = holder
            QTimer.singleShot(0, lambda: area.ensureWidgetVisible(widget, 0, 24))

    def go_on(self) -> None:
        """Show the next step, or finish the check after the last one."""
        session = self.session
        try:
            if session.current is None and session.complete:
                self.finished.emit(self.competences.self_assessments.finish(session))
                return
        except Refused as refusal:
            show_error(self.message, explain(refusal))
            return
        if session.current is None:
            # Past the end with a gap left by going back: open the first unanswered one.
            steps = session.steps()
            session.position = next(
                i for i, step in enumerate(steps) if session.current_answer_of(step) is None
            )
        self.show_current()

    def go_back(self) -> None:
        """Show the previous step with its answer, to change it."""
        self.competences.self_assessments.back(self.session)
        self.show_current()

    def step_back_or_pause(self) -> None:
        """Escape: back a step, or pause on the first one."""
        if self.session.position > 0:
            self.go_back()
        else:
            self.paused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # 1-6 answer (Escape: see step_back_or_pause).
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
            self.choose(key - Qt.Key.Key_1)
            return
        super().keyPressEvent(event)
