"""Answering a whole self-check in tests, statements and knowledge questions alike."""

from __future__ import annotations

from skillsapp.core.assessment.bank import Item
from skillsapp.core.assessment.self_assessment import CheckSession, SelfAssessments


def answer_step(self_assessments: SelfAssessments, session: CheckSession, answer: int) -> None:
    """Answer the step on screen: a statement with ``answer`` (0-3); a knowledge question
    rightly when ``answer`` is "on my own" (2) or better, wrongly otherwise, so a resident's
    knowledge matches what they say of themselves."""
    step = session.current
    assert step is not None, "every step has been answered"
    if isinstance(step, Item):
        self_assessments.answer(session, answer)
        return
    right = answer >= 2
    if step.type == "true-false":
        response: bool | int = step.answer if right else not step.answer
    else:
        count = len(step.choices_in("en"))
        response = step.answer if right else int(step.answer) % count + 1
    self_assessments.answer_question(session, response)


def answer_every_step(
    self_assessments: SelfAssessments, session: CheckSession, answer: int
) -> None:
    """Answer until the check has nothing more to ask."""
    while session.current is not None:
        answer_step(self_assessments, session, answer)
