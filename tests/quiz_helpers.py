"""How a scripted resident answers quiz questions (shared by core, GUI and power-cut tests)."""

from __future__ import annotations

from skillsapp.core.courses.model import right_answer

__all__ = ["give", "right_answer", "wrong_answer"]


def give(view, answer) -> None:
    """Put an answer into the quiz screen's input the way a resident would (choices by their
    numbers in the quiz file, wherever this attempt shows them)."""
    question, widget = view.question, view.input
    if question.type in ("single", "true-false"):
        number = answer if question.type == "single" else (1 if answer else 2)
        widget.button_for(number).setChecked(True)
    elif question.type == "multiple":
        for number in answer:
            widget.button_for(number).setChecked(True)
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


def wrong_answer(question) -> object:
    """An answer ``check_answer`` refuses, in the form a resident can give on screen."""
    match question.type:
        case "single":
            return 1 if question.answer != 1 else 2
        case "true-false":
            return not question.answer
        case "multiple":
            everything = set(range(1, len(question.choices) + 1))
            return everything - set(question.answer) or everything
        case "order":
            return list(reversed(question.items))
        case "match":
            lefts = [left for left, _ in question.pairs]
            rights = [right for _, right in question.pairs]
            return dict(zip(lefts, rights[1:] + rights[:1], strict=True))
        case _:
            return "I am not sure"
