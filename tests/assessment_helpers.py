"""How a scripted resident goes through a self-check: the same points for every statement,
and knowledge questions (when the bank has them) answered right or wrong."""

from __future__ import annotations

from skillsapp.core.assessment.bank import Item

__all__ = ["answer_everything", "wrong_response"]


def wrong_response(question) -> bool | int:
    """A response the question counts as wrong."""
    if question.type == "true-false":
        return not question.answer
    return 1 if question.answer != 1 else 2


def answer_everything(competences, session, points: int, right: bool | None = None) -> None:
    """Answer every step still to come: statements with ``points``, questions right or wrong
    (by default right for the confident answers, 2 and 3 points, wrong otherwise)."""
    checks = competences.self_assessments
    if right is None:
        right = points >= 2
    while (step := session.current) is not None:
        if isinstance(step, Item):
            checks.answer(session, points)
        else:
            checks.answer_question(session, step.answer if right else wrong_response(step))
