"""The end of a quiz: passed or not yet, the pass mark in words, the result, the questions
missed at the first try with a button to the lesson part that explains each, and what to do
next. A course finished with this quiz says that its certificate is ready."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.learning import QuizAttempt, QuizOutcome
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import primary_button, title_label


def _words(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class QuizResult(QWidget):
    """What one go at a quiz came to."""

    back_to_course = Signal()
    try_again = Signal()
    read_again = Signal(object)  # lesson part (int) or None for the top of the lesson

    def __init__(
        self, outcome: QuizOutcome, attempt: QuizAttempt, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.outcome = outcome
        number = QLocale().toString
        if outcome.course_completed:
            headline = self.tr("Well done! You finished the whole course.")
        elif outcome.passed:
            headline = self.tr("Well done! You passed this lesson.")
        else:
            headline = self.tr("Not yet. Read the parts below again, then try the quiz once more.")
        self.headline = title_label(headline, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        if outcome.course_completed:
            self.certificate = QFrame(self)
            self.certificate.setObjectName("right")
            box = QVBoxLayout(self.certificate)
            box.addWidget(
                _words(
                    self.tr(
                        "Your certificate is ready. You find it under “My certificates” on "
                        "your home page."
                    ),
                    self.certificate,
                )
            )
            layout.addWidget(self.certificate)
        self.score = _words(
            fill(
                self.tr("Your result: %1 of %2 right at the first try."),
                number(outcome.right_first_time),
                number(outcome.questions),
            ),
            self,
        )
        layout.addWidget(self.score)
        mark = outcome.pass_mark
        if mark is not None:
            if mark.rule == "percent":
                needed = fill(
                    self.tr("You need %1 of %2 right at the first try to pass."),
                    number(mark.needed),
                    number(mark.questions),
                )
            else:
                needed = fill(
                    self.tr("You need %1 right in a row at the first try to pass."),
                    number(mark.needed),
                )
            self.pass_mark = _words(needed, self)
            self.pass_mark.setObjectName("hint")
            layout.addWidget(self.pass_mark)

        self.part_buttons: list[QPushButton] = []
        self.missed_prompts: list[QLabel] = []
        if outcome.missed:
            layout.addSpacing(12)
            heading = _words(self.tr("Not right at the first try:"), self)
            heading.setStyleSheet("font-weight: bold;")
            layout.addWidget(heading)
            grid = QGridLayout()
            grid.setColumnStretch(0, 1)
            for row, question in enumerate(outcome.missed):
                prompt = _words(question.prompt, self)
                title = attempt.part_title(question)
                button = QPushButton(
                    fill(self.tr("Read “%1” again"), title)
                    if title
                    else self.tr("Read the lesson again"),
                    self,
                )
                button.setAccessibleDescription(question.prompt)
                button.setAutoDefault(True)
                button.clicked.connect(
                    lambda _=False, part=question.part: self.read_again.emit(part)
                )
                grid.addWidget(prompt, row, 0)
                grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
                self.missed_prompts.append(prompt)
                self.part_buttons.append(button)
            layout.addLayout(grid)
        layout.addStretch(1)

        # The quiz screen puts these two in its button bar, which stays in view.
        self.again_button = QPushButton(self.tr("Try the quiz again"), self)
        self.again_button.clicked.connect(self.try_again)
        self.finish_button = primary_button(self.tr("Back to the course"), self)
        self.finish_button.clicked.connect(self.back_to_course)
        if not outcome.passed:
            # Not passed: trying again is what comes next, after reading.
            self.again_button.setObjectName("primary")
            self.finish_button.setObjectName("")
        for button in (self.again_button, self.finish_button):
            button.setAutoDefault(True)

    def buttons(self) -> list[QPushButton]:
        """ "Try the quiz again" and "Back to the course", for the quiz screen's button bar."""
        return [self.again_button, self.finish_button]

    def controls(self) -> list[QWidget]:
        """Everything the keyboard reaches here, in reading order."""
        return [*self.part_buttons, *self.buttons()]

    def focus_default(self) -> None:
        """The keyboard starts on the most likely next step: back to the course after a
        pass, else the lesson part of the first question missed."""
        if self.outcome.passed or not self.part_buttons:
            (self.finish_button if self.outcome.passed else self.again_button).setFocus()
        else:
            self.part_buttons[0].setFocus()
