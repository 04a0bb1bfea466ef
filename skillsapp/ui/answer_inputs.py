"""One input per quiz question type; each tells what the resident answered."""

from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.courses import Question


class AnswerInput(QWidget):
    """The part of the quiz screen where the resident gives an answer."""

    changed = Signal()

    def value(self) -> object | None:
        """The answer in the form ``check_answer`` expects, or None when nothing is given."""
        raise NotImplementedError


class ChoiceInput(AnswerInput):
    """Single choice, true/false (radio buttons) or multiple choice (check boxes)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(question.type != "multiple")
        if question.type == "true-false":
            labels = [self.tr("True"), self.tr("False")]
        else:
            labels = list(question.choices)
        self.buttons: list[QRadioButton | QCheckBox] = []
        for index, text in enumerate(labels, start=1):
            button = QCheckBox(text) if question.type == "multiple" else QRadioButton(text)
            button.setAccessibleName(text)
            button.setMinimumHeight(44)
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        if question.type == "multiple":
            layout.addWidget(QLabel(self.tr("Choose every right answer.")))
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def value(self) -> object | None:
        chosen = {self.group.id(b) for b in self.buttons if b.isChecked()}
        if not chosen:
            return None
        if self.question.type == "true-false":
            return chosen == {1}
        if self.question.type == "single":
            return chosen.pop()
        return chosen


class OrderInput(AnswerInput):
    """Put items in order with "Move up" / "Move down" (keyboard) or by dragging."""

    def __init__(self, question: Question, seed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        items = list(question.items)
        shuffler = random.Random(seed)
        while items == list(question.items) and len(items) > 1:
            shuffler.shuffle(items)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Steps to put in order"))
        self.list.addItems(items)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setCurrentRow(0)
        # Every step visible at once, without scrolling.
        row = self.list.sizeHintForRow(0) + 8
        self.list.setMinimumHeight(row * len(items) + 12)
        self.list.setSpacing(4)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.up = QPushButton(self.tr("Move up"), self)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down = QPushButton(self.tr("Move down"), self)
        self.down.clicked.connect(lambda: self.move_selected(+1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

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

    def value(self) -> object | None:
        return [self.list.item(i).text() for i in range(self.list.count())]


class MatchInput(AnswerInput):
    """For each item on the left, choose its partner from a list."""

    def __init__(self, question: Question, seed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rights = [right for _, right in question.pairs]
        random.Random(seed).shuffle(rights)
        form = QFormLayout(self)
        self.boxes: dict[str, QComboBox] = {}
        for left, _ in question.pairs:
            box = QComboBox(self)
            box.addItem(self.tr("Choose…"), None)
            for right in rights:
                box.addItem(right, right)
            box.setAccessibleName(left)
            box.currentIndexChanged.connect(lambda *_: self.changed.emit())
            self.boxes[left] = box
            label = QLabel(left)
            label.setWordWrap(True)
            form.addRow(label, box)

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

    def value(self) -> object | None:
        return self.field.text() if self.field.text().strip() else None


def input_for(question: Question, seed: str) -> AnswerInput:
    """The input that fits the question's type; ``seed`` fixes the shuffling of one attempt."""
    if question.type in ("single", "multiple", "true-false"):
        return ChoiceInput(question)
    if question.type == "order":
        return OrderInput(question, seed)
    if question.type == "match":
        return MatchInput(question, seed)
    return TextInput(question)
