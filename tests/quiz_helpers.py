"""How a scripted resident answers quiz questions (shared by core, GUI and power-cut tests)."""

from __future__ import annotations

from skillsapp.core.courses.model import right_answer

__all__ = ["give", "right_answer"]


def give(view, answer) -> None:
    """Put an answer into the quiz screen's input the way a resident would."""
    question, widget = view.question, view.input
    if question.type in ("single", "true-false"):
        index = answer if question.type == "single" else (1 if answer else 2)
        widget.buttons[index - 1].setChecked(True)
    elif question.type == "multiple":
        for number in answer:
            widget.buttons[number - 1].setChecked(True)
    elif question.type == "text":
        widget.field.setText(answer)
    elif question.type == "match":
        for left, right in answer.items():
            box = widget.boxes[left]
            box.setCurrentIndex(box.findData(right))
    elif question.type == "order":
        for target, text in enumerate(answer):
            row = next(i for i in range(widget.list.count()) if widget.list.item(i).text() == text)
            widget.list.setCurrentRow(row)
            while widget.list.currentRow() > target:
                widget.move_selected(-1)
