"""One input per quiz question type; each tells what the resident answered.

Choices, items and right-hand sides come in the order the attempt drew for them (core's
``QuizAttempt.order``). Everything answers to the keyboard alone: arrow keys move between
choices and Space or Enter chooses, Tab reaches every tick box, a step of an order question
moves with Ctrl and an arrow key, and a match is chosen in a list box with the arrow keys.
An Enter the input does not use goes up to the quiz screen, which checks the answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.courses import Question
from skillsapp.ui.text import fill

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NUMBER = Qt.ItemDataRole.UserRole  # an order item's own number in the quiz file


class AnswerInput(QWidget):
    """The part of the quiz screen where the resident gives an answer."""

    changed = Signal()

    def value(self) -> object | None:
        """The answer in the form ``check_answer`` expects, or None when nothing is given."""
        raise NotImplementedError

    def controls(self) -> list[QWidget]:
        """The controls a resident reaches with Tab, in reading order."""
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put the keyboard on the first answer."""
        controls = self.controls()
        if controls:
            controls[0].setFocus(Qt.FocusReason.TabFocusReason)


class _ChoiceKeys(QObject):
    """Arrow keys move between the choices (without choosing); Enter on a radio button that
    is not chosen chooses it. Any other Enter goes on to the quiz screen."""

    def __init__(self, buttons: list[QAbstractButton], parent: QObject) -> None:
        super().__init__(parent)
        self.buttons = buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        button = next((b for b in self.buttons if b is watched), None)
        if button is None or event.modifiers() not in plain:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right):
            step = -1 if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1
            target = self.buttons.index(button) + step
            if 0 <= target < len(self.buttons):
                self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in ENTER and isinstance(button, QRadioButton) and not button.isChecked():
            button.setChecked(True)
            return True
        return False


class ChoiceInput(AnswerInput):
    """Single choice, true/false (radio buttons) or multiple choice (tick boxes)."""

    def __init__(
        self, question: Question, order: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        if question.type == "true-false":
            labels = {1: self.tr("True"), 2: self.tr("False")}
        else:
            labels = dict(enumerate(question.choices, start=1))
        shown = list(order) or sorted(labels)
        # Tick boxes stay out of a button group: Qt gives a group a single Tab stop, so
        # only the first box could be reached with Tab.
        self.group = QButtonGroup(self) if question.type != "multiple" else None
        self.buttons: list[QAbstractButton] = []
        self.numbers: dict[QAbstractButton, int] = {}
        for number in shown:
            text = labels[number]
            button: QAbstractButton = (
                QCheckBox(text, self) if question.type == "multiple" else QRadioButton(text, self)
            )
            button.setAccessibleName(text)
            button.setMinimumHeight(44)
            if self.group is not None:
                self.group.addButton(button, number)
            button.toggled.connect(lambda *_: self.changed.emit())
            self.buttons.append(button)
            self.numbers[button] = number
            layout.addWidget(button)
        keys = _ChoiceKeys(self.buttons, self)
        for button in self.buttons:
            button.installEventFilter(keys)
        if question.type == "multiple":
            layout.addWidget(QLabel(self.tr("Choose every right answer."), self))

    def button_for(self, number: int) -> QAbstractButton:
        """The button of choice ``number`` (as numbered in the quiz file; true is 1)."""
        return next(b for b, n in self.numbers.items() if n == number)

    def controls(self) -> list[QWidget]:
        return list(self.buttons)

    def value(self) -> object | None:
        chosen = {self.numbers[b] for b in self.buttons if b.isChecked()}
        if not chosen:
            return None
        if self.question.type == "true-false":
            return chosen == {1}
        if self.question.type == "single":
            return chosen.pop()
        return chosen


class _OrderKeys(QObject):
    """Ctrl (or Alt) with Up or Down moves the chosen step in the list."""

    def __init__(self, order_input: OrderInput) -> None:
        super().__init__(order_input)
        self.order_input = order_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        held = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if held and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.order_input.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False


class OrderInput(AnswerInput):
    """Put items in order with "Move up" / "Move down", Ctrl and an arrow key, or by dragging."""

    def __init__(
        self, question: Question, order: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Steps to put in order"))
        self.list.setAccessibleDescription(
            self.tr("Choose a step with the arrow keys. Ctrl and an arrow key move it.")
        )
        for number in list(order) or range(1, len(question.items) + 1):
            item = QListWidgetItem(question.items[number - 1])
            item.setData(NUMBER, number)
            self.list.addItem(item)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setCurrentRow(0)
        self.list.setSpacing(4)
        self.list.setWordWrap(True)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.list.installEventFilter(_OrderKeys(self))
        self.up = QPushButton(self.tr("Move up"), self)
        self.up.setAccessibleName(self.tr("Move the chosen step up"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down = QPushButton(self.tr("Move down"), self)
        self.down.setAccessibleName(self.tr("Move the chosen step down"))
        self.down.clicked.connect(lambda: self.move_selected(+1))
        for button in (self.up, self.down):
            button.setAutoDefault(True)  # Enter presses it, as Space does
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        how = QLabel(
            self.tr(
                "Choose a step, then press “Move up” or “Move down”. With the keyboard: "
                "the arrow keys choose a step, Ctrl and an arrow key move it."
            ),
            self,
        )
        how.setWordWrap(True)
        how.setObjectName("hint")
        layout.addWidget(how)
        layout.addLayout(row)
        self._fit_rows()

    def _fit_rows(self) -> None:
        # Every step visible at once, without scrolling, at any text size: each row with
        # the spacing above and below it, the frame, and the style sheet's padding.
        self.list.ensurePolished()
        spacing = 2 * self.list.spacing()
        rows = sum(self.list.sizeHintForRow(i) + spacing for i in range(self.list.count()))
        margins = self.list.contentsMargins()
        self.list.setMinimumHeight(rows + margins.top() + margins.bottom() + spacing + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def move_selected(self, step: int) -> None:
        """Move the selected item one place up or down."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def controls(self) -> list[QWidget]:
        return [self.list, self.up, self.down]

    def value(self) -> object | None:
        return [self.list.item(i).text() for i in range(self.list.count())]


class MatchInput(AnswerInput):
    """For each item on the left, choose its partner from a list."""

    def __init__(
        self, question: Question, order: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        rights = [right for _, right in question.pairs]
        shown = [rights[n - 1] for n in (list(order) or range(1, len(rights) + 1))]
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.boxes: dict[str, QComboBox] = {}
        for left, _ in question.pairs:
            box = QComboBox(self)
            box.addItem(self.tr("Choose…"), None)
            for right in shown:
                box.addItem(right, right)
            box.setAccessibleName(fill(self.tr("What goes with “%1”"), left))
            box.currentIndexChanged.connect(lambda *_: self.changed.emit())
            self.boxes[left] = box
            label = QLabel(left, self)
            label.setWordWrap(True)
            label.setBuddy(box)
            form.addRow(label, box)

    def controls(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> object | None:
        chosen = {left: box.currentData() for left, box in self.boxes.items()}
        return None if any(v is None for v in chosen.values()) else chosen


class TextInput(AnswerInput):
    """A short typed answer."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setMaxLength(200)
        self.field.setAccessibleName(self.tr("Your answer"))
        self.field.textChanged.connect(lambda *_: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)

    def controls(self) -> list[QWidget]:
        return [self.field]

    def value(self) -> object | None:
        return self.field.text() if self.field.text().strip() else None


def input_for(question: Question, order: Sequence[int] = ()) -> AnswerInput:
    """The input that fits the question's type, showing its options in ``order``."""
    if question.type in ("single", "multiple", "true-false"):
        return ChoiceInput(question, order)
    if question.type == "order":
        return OrderInput(question, order)
    if question.type == "match":
        return MatchInput(question, order)
    return TextInput(question)
