"""The quiz at the end of a lesson: one question per screen, feedback after each answer,
another try when it was not right, and the result by the quiz's mastery rule."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.courses import CoursePack, Lesson
from skillsapp.core.learning import QuizOutcome
from skillsapp.ui.answer_inputs import AnswerInput, input_for
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import hint_label, primary_button, title_label


class QuizView(QWidget):
    """Asks the questions of one lesson's quiz and records every answer as it is checked."""

    done = Signal(bool)  # passed
    back = Signal()  # back to the lesson

    def __init__(
        self,
        centre: Centre,
        learner_id: str,
        pack: CoursePack,
        lesson: Lesson,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit(), when=lambda: self.outcome is None)
        self.centre, self.learner_id = centre, learner_id
        self.pack, self.lesson, self.language = pack, lesson, language
        quiz = lesson.quiz(language)
        assert quiz is not None, "QuizView needs a lesson with a quiz"
        self.quiz = quiz
        self.attempt = centre.learning.new_attempt()
        self.index = 0
        self.tries = 0
        self.first_try: list[bool] = []
        self.outcome: QuizOutcome | None = None

        self.counter = hint_label("", self)
        self.prompt = title_label("", self)
        self.input_holder = QVBoxLayout()
        self.input: AnswerInput | None = None
        self.feedback = QFrame(self)
        self.feedback.setObjectName("warning")
        self.verdict = QLabel(self.feedback)
        self.verdict.setStyleSheet("font-weight: bold;")
        self.verdict.setWordWrap(True)
        self.explanation = QLabel(self.feedback)
        self.explanation.setWordWrap(True)
        feedback_layout = QVBoxLayout(self.feedback)
        feedback_layout.addWidget(self.verdict)
        feedback_layout.addWidget(self.explanation)
        self.feedback.hide()

        self.check_button = primary_button(self.tr("Check my answer"), self)
        self.check_button.clicked.connect(self.check)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.clicked.connect(self.retry)
        self.next_button = primary_button(self.tr("Next question"), self)
        self.next_button.clicked.connect(self.next)
        self.back_button = QPushButton(self.tr("Back to the lesson"), self)
        self.back_button.clicked.connect(self.back)
        self.finish_button = primary_button(self.tr("Back to the course"), self)
        self.finish_button.clicked.connect(
            lambda: self.done.emit(bool(self.outcome and self.outcome.passed))
        )
        self.again_button = QPushButton(self.tr("Try the quiz again"), self)
        self.again_button.clicked.connect(self.restart)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (
            self.again_button,
            self.retry_button,
            self.check_button,
            self.next_button,
            self.finish_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.counter)
        layout.addWidget(self.prompt)
        layout.addLayout(self.input_holder)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_question()

    @property
    def question(self):
        return self.quiz.questions[self.index]

    def _show_question(self) -> None:
        question = self.question
        self.tries = 0
        self.counter.setText(
            fill(self.tr("Question %1 of %2"), str(self.index + 1), str(len(self.quiz.questions)))
        )
        self.prompt.setText(question.prompt)
        self._new_input()
        self.feedback.hide()
        self._buttons(check=True)

    def _new_input(self) -> None:
        if self.input is not None:
            # Gone at once, so no earlier answer is ever on screen with the new question.
            self.input_holder.removeWidget(self.input)
            self.input.hide()
            self.input.deleteLater()
        self.input = input_for(self.question, f"{self.attempt}/{self.question.id}")
        self.input.changed.connect(self._answer_changed)
        self.input_holder.addWidget(self.input)
        self.check_button.setEnabled(False)
        first = self.input.findChildren(QWidget)
        (first[0] if first else self.input).setFocus()

    def _answer_changed(self) -> None:
        self.check_button.setEnabled(self.input is not None and self.input.value() is not None)

    def _buttons(self, check=False, retry=False, next_=False, result=False) -> None:
        self.check_button.setVisible(check)
        self.retry_button.setVisible(retry)
        self.next_button.setVisible(next_)
        self.next_button.setText(
            self.tr("See my result")
            if self.index == len(self.quiz.questions) - 1
            else self.tr("Next question")
        )
        self.finish_button.setVisible(result)
        self.again_button.setVisible(result and not (self.outcome and self.outcome.passed))
        self.back_button.setVisible(not result)

    def check(self) -> None:
        """Check the answer, record it, then show the feedback."""
        if self.input is None or self.input.value() is None:
            return
        self.tries += 1
        right = self.centre.learning.answer(
            self.learner_id,
            self.pack,
            self.lesson,
            self.question,
            self.input.value(),
            self.attempt,
            self.tries,
            self.language,
        )
        if self.tries == 1:
            self.first_try.append(right)
        question = self.question
        self.verdict.setText(
            (question.right_feedback or self.tr("That's right"))
            if right
            else (question.wrong_feedback or self.tr("Not quite"))
        )
        self.explanation.setText(question.explanation)
        self.feedback.setObjectName("right" if right else "warning")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self.input.setEnabled(False)
        self._buttons(retry=not right, next_=True)
        (self.next_button if right else self.retry_button).setFocus()

    def retry(self) -> None:
        """Answer the same question again (only the first try counts for mastery)."""
        self.feedback.hide()
        tries = self.tries
        self._new_input()
        self.tries = tries
        self._buttons(check=True)

    def next(self) -> None:
        """Go to the next question, or to the result after the last one."""
        if self.index + 1 < len(self.quiz.questions):
            self.index += 1
            self._show_question()
            return
        self.outcome = self.centre.learning.finish_quiz(
            self.learner_id,
            self.pack,
            self.lesson,
            self.quiz,
            self.attempt,
            self.first_try,
            self.language,
        )
        self._show_result(self.outcome)

    def _show_result(self, outcome: QuizOutcome) -> None:
        if self.input is not None:
            self.input.hide()
        self.feedback.hide()
        self.counter.setText(self.tr("Your result"))
        right = fill(
            self.tr("You answered %1 of %2 questions right the first time."),
            str(outcome.right_first_time),
            str(outcome.questions),
        )
        if outcome.course_completed:
            self.prompt.setText(self.tr("Well done! You finished the whole course.") + " " + right)
        elif outcome.passed:
            self.prompt.setText(self.tr("Well done! You passed this lesson.") + " " + right)
        else:
            self.prompt.setText(
                self.tr("Not yet. Read the lesson again, then try once more.") + " " + right
            )
        self._buttons(result=True)
        self.finish_button.setFocus()

    def restart(self) -> None:
        """Start a new go at the quiz."""
        self.attempt = self.centre.learning.new_attempt()
        self.index = 0
        self.first_try = []
        self.outcome = None
        self._show_question()
