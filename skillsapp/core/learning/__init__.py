"""Residents learning: lessons and courses (``courses``), a go at a quiz with its rules
(``quiz``), and answers as kept in statements and read back (``responses``)."""

from skillsapp.core.learning.courses import Learning, ResumePoint, first_tries, next_lesson
from skillsapp.core.learning.quiz import (
    TRIES,
    Feedback,
    Note,
    PassMark,
    QuizAttempt,
    QuizOutcome,
    feedback_for,
    part_title,
    pass_mark,
    shown_order,
)
from skillsapp.core.learning.responses import (
    describe_response,
    given_from_response,
    response_text,
)

__all__ = [
    "TRIES",
    "Feedback",
    "Learning",
    "Note",
    "PassMark",
    "QuizAttempt",
    "QuizOutcome",
    "ResumePoint",
    "describe_response",
    "feedback_for",
    "first_tries",
    "given_from_response",
    "next_lesson",
    "part_title",
    "pass_mark",
    "response_text",
    "shown_order",
]
