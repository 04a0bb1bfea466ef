"""A resident types their PIN (with the keyboard or the on-screen number pad)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.people import Learner
from skillsapp.core.signin import PinOutcome
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import LearnerTile, error_label, primary_button, show_error, title_label


class PinScreen(QWidget):
    """Checks the PIN through the centre's sign-in rules (wrong tries, lockout)."""

    signed_in = Signal(object)  # Learner
    back = Signal()

    def __init__(self, centre: Centre, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.centre, self.learner = centre, learner
        # The tile, the field and the pad scroll on a small screen at large text (1024x600
        # at 200 %); Back and OK stay in view below them. Made before the pad, so that its
        # parts come before OK and Back in the Tab order.
        self.scrolling = QScrollArea(self)
        self.scrolling.setWidgetResizable(True)
        self.scrolling.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scrolling.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrolling.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        self.scrolling.setWidget(content)
        self.pin = QLineEdit(content)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QIntValidator(0, 999999, self))
        self.pin.setMaxLength(6)
        self.pin.setAccessibleName(self.tr("Your PIN"))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        self.message = error_label(content)
        self.ok_button = primary_button(self.tr("OK"), self)
        self.ok_button.clicked.connect(self.submit)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)

        pad = QGridLayout()
        for index, digit in enumerate("123456789"):
            pad.addWidget(self._digit_button(digit, content), index // 3, index % 3)
        pad.addWidget(self._digit_button("0", content), 3, 1)
        erase = QPushButton(self.tr("Erase"), content)
        erase.setAccessibleName(self.tr("Erase the last number"))
        erase.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        erase.clicked.connect(self.pin.backspace)
        pad.addWidget(erase, 3, 2)

        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        tile = LearnerTile(learner, content)
        tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tile.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # The tile beside the heading, not above it: at 200 % text on a 768 px high screen
        # the pad and its OK button then stay in view without scrolling.
        heading = QHBoxLayout()
        heading.addWidget(tile, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(title_label(self.tr("Type your PIN"), content), 1)
        column.addLayout(heading)
        column.addWidget(self.pin)
        column.addWidget(self.message)
        column.addLayout(pad)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        middle = QVBoxLayout()
        middle.addWidget(self.scrolling, 1)
        middle.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle, 2)
        layout.addStretch(1)
        self._show_lock_if_any()

    def _digit_button(self, digit: str, parent: QWidget) -> QPushButton:
        button = QPushButton(digit, parent)
        button.setAccessibleName(digit)
        # The number pad is for touch and mouse; keyboard users type into the field.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.pin.insert(digit))
        return button

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.pin.setFocus()

    def submit(self) -> None:
        """Check the typed PIN."""
        outcome = self.centre.signin.learner_with_pin(self.learner.id, self.pin.text())
        self.pin.clear()
        if outcome.signed_in:
            self.signed_in.emit(self.centre.learners.get(self.learner.id))
            return
        self._explain(outcome)

    def _show_lock_if_any(self) -> None:
        until = self.centre.signin.locked_until(self.learner)
        if until is not None:
            self._explain(PinOutcome(False, 0, until))

    def _explain(self, outcome: PinOutcome) -> None:
        if outcome.locked_until is not None:
            text = fill(
                self.tr("Too many wrong PINs. Please wait until %1 or ask your trainer to unlock."),
                _local_time(outcome.locked_until),
            )
            self.ok_button.setEnabled(False)
        elif outcome.attempts_left == 1:
            text = self.tr("That PIN is not right. You can try once more.")
        else:
            text = self.tr(
                "That PIN is not right. You can try %n more times.", "", outcome.attempts_left
            )
        show_error(self.message, text)


def _local_time(moment: datetime) -> str:
    # In the words of the interface language (QLocale's default follows it).
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
