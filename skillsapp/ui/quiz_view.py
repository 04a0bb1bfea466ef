"""The quiz at the end of a lesson: one question per screen, what was wrong after a wrong
first try and one more try, the explanation after that, and the result screen.

The rules (order of choices, tries, feedback, mastery) are core's ``QuizAttempt``; this
screen shows it. Keys: the first answer has the keyboard when a question opens, Enter
checks an answer once one is given and otherwise presses the highlighted button, Escape goes
back to the lesson, and Ctrl+plus / Ctrl+minus change the text size.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.courses import CoursePack, Lesson, Question
from skillsapp.core.learning import Feedback, QuizAttempt, QuizOutcome
from skillsapp.ui.answer_inputs import ENTER, AnswerInput, input_for
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.quiz_result import QuizResult
from skillsapp.ui.text import fill
from skillsapp.ui.text_size import TextSizeButtons
from skillsapp.ui.widgets import hint_label, title_label


def _label(parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # course words are never read as HTML
    if bold:
        label.setStyleSheet("font-weight: bold;")
    return label


def _highlight(button: QPushButton, primary: bool) -> None:
    """Make ``button`` the highlighted (primary) action, or a plain one."""
    button.setObjectName("primary" if primary else "")
    button.style().unpolish(button)
    button.style().polish(button)


class QuizView(QWidget):
    """Asks the questions of one lesson's quiz and records every answer as it is checked."""

    done = Signal(bool)  # passed
    back = Signal()  # back to the lesson
    read_again = Signal(object)  # the lesson part to open (int), or None for the top
    text_size_chosen = Signal(int)

    def __init__(
        self,
        centre: Centre,
        learner_id: str,
        pack: CoursePack,
        lesson: Lesson,
        language: str,
        text_scale: int = 100,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        go_back_on_escape(self, self._escape)
        self.centre, self.learner_id = centre, learner_id
        self.pack, self.lesson, self.language = pack, lesson, language
        self.attempt: QuizAttempt = centre.learning.start_quiz(learner_id, pack, lesson, language)
        self.quiz = self.attempt.quiz
        self.input: AnswerInput | None = None
        self.result: QuizResult | None = None
        self._focused_once = False

        self.counter = hint_label("", self)
        self.text_size = TextSizeButtons(text_scale, self)
        self.text_size.chosen.connect(self.text_size_chosen)
        self.text_size.add_keys(self)
        self.prompt = title_label("", self)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.input_holder = QVBoxLayout()

        self.feedback = QFrame(self)
        self.feedback.setObjectName("warning")
        self.verdict = _label(self.feedback, bold=True)
        self.notes = _label(self.feedback)
        self.places = _label(self.feedback)
        self.explanation = _label(self.feedback)
        feedback_layout = QVBoxLayout(self.feedback)
        for label in (self.verdict, self.notes, self.places, self.explanation):
            feedback_layout.addWidget(label)
        self.feedback.hide()

        self.check_button = QPushButton(self.tr("Check my answer"), self)
        self.check_button.clicked.connect(self.check)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.clicked.connect(self.retry)
        self.next_button = QPushButton(self.tr("Next question"), self)
        self.next_button.clicked.connect(self.next)
        self.back_button = QPushButton(self.tr("Back to the lesson"), self)
        self.back_button.clicked.connect(self.back)
        for button in (self.check_button, self.retry_button, self.next_button, self.back_button):
            button.setAutoDefault(True)  # Enter presses the button that has the keyboard

        # The words scroll; the buttons stay in view below them, at any text size.
        self.body = QWidget(self)
        self.question_page = QWidget(self.body)
        top = QHBoxLayout()
        top.addWidget(self.counter, 1)
        top.addWidget(self.text_size)
        page = QVBoxLayout(self.question_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.prompt)
        page.addLayout(self.input_holder)
        page.addWidget(self.feedback)
        page.addStretch(1)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(32, 16, 32, 8)
        self.body_layout.addLayout(top)
        self.body_layout.addWidget(self.question_page, 1)
        self.words_area = QScrollArea(self)
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.words_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.words_area.setWidget(self.body)
        self.button_bar = QHBoxLayout()
        self.button_bar.setContentsMargins(32, 8, 32, 16)
        self.button_bar.addWidget(self.back_button)
        self.button_bar.addStretch(1)
        for button in (self.retry_button, self.next_button, self.check_button):
            self.button_bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words_area, 1)
        layout.addLayout(self.button_bar)
        self._show_question()

    # What the screen shows

    @property
    def question(self) -> Question:
        """The question on screen."""
        return self.attempt.question

    @property
    def outcome(self) -> QuizOutcome | None:
        """The result, once the quiz is finished (else None)."""
        return self.attempt.outcome

    @property
    def in_progress(self) -> bool:
        """A quiz started and not finished: signing out now asks first."""
        return self.attempt.in_progress

    def _show_question(self) -> None:
        self.counter.setText(
            fill(
                self.tr("Question %1 of %2"),
                QLocale().toString(self.attempt.number),
                QLocale().toString(len(self.quiz.questions)),
            )
        )
        self.prompt.setText(self.question.prompt)
        self.feedback.hide()
        self._new_input()
        self._buttons(check=True)
        self.focus_first_answer()

    def _new_input(self) -> None:
        if self.input is not None:
            # Gone at once, so no earlier answer is ever on screen with the new question.
            self.input_holder.removeWidget(self.input)
            self.input.hide()
            self.input.deleteLater()
        self.input = input_for(self.question, self.attempt.order())
        self.input.changed.connect(self._answer_changed)
        self.input_holder.addWidget(self.input)
        self.input.setVisible(True)  # now, not when the layout gets round to it: keys come first
        self._answer_changed()  # an order question has an answer from the start
        # Reading order: the answers, the buttons, then the text size (which sits above).
        chain = [
            *self.input.controls(),
            self.retry_button,
            self.next_button,
            self.check_button,
            self.back_button,
            self.text_size.smaller,
            self.text_size.bigger,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def focus_first_answer(self) -> None:
        """Give the keyboard to the first answer (not to "Back to the lesson")."""
        if self.input is not None and self.attempt.may_answer:
            self.input.focus_first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            # After the main window has swapped screens, which puts the keyboard on the
            # first button it finds.
            self._focused_once = True
            QTimer.singleShot(0, self.focus_first_answer)

    def _answer_changed(self) -> None:
        self.check_button.setEnabled(self.input is not None and self.input.value() is not None)

    def _buttons(self, check: bool = False, retry: bool = False, next_: bool = False) -> None:
        self.check_button.setVisible(check)
        self.retry_button.setVisible(retry)
        self.next_button.setVisible(next_)
        self.next_button.setText(
            self.tr("See my result") if self.attempt.is_last else self.tr("Next question")
        )
        # The highlighted button is what to do next: check, then the retry when one is
        # offered, else go on.
        _highlight(self.check_button, check)
        _highlight(self.retry_button, retry)
        _highlight(self.next_button, next_ and not retry)

    def _show_feedback(self, feedback: Feedback) -> None:
        question = self.question
        if feedback.right:
            verdict = feedback.verdict or self.tr("That's right")
        else:
            verdict = feedback.verdict or self.tr("Not quite")
        self.verdict.setText(verdict)
        lines = [
            fill(self.tr("“%1”: %2"), note.picked, note.text)
            if note.picked and question.type == "multiple"
            else note.text
            for note in feedback.notes
        ]
        if len(lines) > 1:
            lines = [f"• {line}" for line in lines]
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
        places = ""
        if feedback.places is not None and feedback.places_right is not None:
            template = (
                self.tr("Steps in the right place: %1 of %2")
                if question.type == "order"
                else self.tr("Pairs that are right: %1 of %2")
            )
            places = fill(
                template,
                QLocale().toString(feedback.places_right),
                QLocale().toString(feedback.places),
            )
        self.places.setText(places)
        self.places.setVisible(bool(places))
        self.explanation.setText(feedback.explanation)
        self.explanation.setVisible(bool(feedback.explanation))
        self.feedback.setObjectName("right" if feedback.right else "warning")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        # At large text sizes the feedback may be below the fold: bring it into view.
        QTimer.singleShot(0, lambda: self.words_area.ensureWidgetVisible(self.feedback, 0, 0))

    # What the resident does

    def check(self) -> None:
        """Check the answer, record it, then show what it means."""
        if self.input is None or self.input.value() is None or not self.attempt.may_answer:
            return
        feedback = self.attempt.answer(self.input.value())
        self._show_feedback(feedback)
        self.input.setEnabled(False)
        self._buttons(retry=feedback.retry_offered, next_=True)
        (self.retry_button if feedback.retry_offered else self.next_button).setFocus()

    def retry(self) -> None:
        """Answer the same question once more; what the first try said stays in view."""
        if not self.attempt.may_answer:
            return
        self._new_input()
        self._buttons(check=True)
        self.focus_first_answer()

    def next(self) -> None:
        """Go to the next question, or to the result after the last one."""
        if self.attempt.next():
            self._show_question()
            return
        self._show_result()

    def _show_result(self) -> None:
        outcome = self.attempt.finish()
        self.question_page.hide()
        for button in (self.back_button, self.retry_button, self.next_button, self.check_button):
            button.hide()
        self.counter.setText("")  # the result says "Your result: …" itself
        self.result = QuizResult(outcome, self.attempt, self.body)
        self.result.back_to_course.connect(lambda: self.done.emit(outcome.passed))
        self.result.try_again.connect(self.restart)
        self.result.read_again.connect(self.read_again)
        self.body_layout.addWidget(self.result, 1)
        for button in self.result.buttons():
            self.button_bar.addWidget(button)
        for widget in (self.result, *self.result.buttons()):
            widget.setVisible(True)  # now: the keyboard goes to one of them at once
        chain = [*self.result.controls(), self.text_size.smaller, self.text_size.bigger]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.words_area.verticalScrollBar().setValue(0)
        self.result.focus_default()

    def restart(self) -> None:
        """Start a new go at the quiz, with the choices in a new order."""
        self.attempt = self.centre.learning.start_quiz(
            self.learner_id, self.pack, self.lesson, self.language
        )
        if self.result is not None:
            for widget in (*self.result.buttons(), self.result):
                widget.hide()
                widget.deleteLater()
            self.result = None
        self.back_button.show()
        self.question_page.show()
        self._show_question()

    def _escape(self) -> None:
        if self.result is not None:
            self.done.emit(bool(self.outcome and self.outcome.passed))
        else:
            self.back.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # An Enter that no answer used: check the answer, or press the highlighted button.
        if event.key() in ENTER and self.result is None:
            if self.check_button.isVisible():
                if self.check_button.isEnabled():
                    self.check()
                return
            for button in (self.retry_button, self.next_button):
                if button.isVisible() and button.objectName() == "primary":
                    button.click()
                    return
        super().keyPressEvent(event)
