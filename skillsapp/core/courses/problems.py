"""A problem found in a course pack, and the error that carries a list of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from skillsapp.core.errors import Message


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a pack, pointing at the file and 1-based line an author must fix."""

    file: str
    line: int
    message: str
    # For problems a trainer meets when installing (not a zip, too big...): the message as a
    # template the interface translates. Author-facing checks stay in English.
    explained: Message | None = field(default=None, compare=False)
    # A warning points at something worth improving; it does not stop the pack being used.
    warning: bool = field(default=False, compare=False)

    @classmethod
    def plain(cls, file: str, template: str, **values: Any) -> Problem:
        """A problem with the whole file, worded for a trainer and translatable."""
        message = Message(template, values)
        return cls(file, 1, str(message), message)

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {kind}{self.message}"


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop a pack being used (warnings left out)."""
    return [problem for problem in problems if not problem.warning]


class CoursePackError(Exception):
    """A course pack that cannot be used; `problems` says why, `message` in one plain paragraph."""

    def __init__(self, problems: Iterable[Problem], message: Message | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if message is None and len(self.problems) == 1:
            message = self.problems[0].explained
        # ``explained``: a translatable message for the trainer, when there is one.
        self.explained = message
        self.message = str(message) if message else _summary(self.problems)
        super().__init__(self.message)


def _summary(problems: tuple[Problem, ...]) -> str:
    """A trainer-facing sentence: the only problem, or how many there are and the first few."""
    if not problems:
        return "This course pack cannot be used."
    if len(problems) == 1:
        return problems[0].message
    shown = "\n".join(f"- {problem}" for problem in problems[:5])
    more = f"\n(and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return (
        f"This course pack has {len(problems)} problems, so it cannot be used. "
        "Send it back to its author; they can list every problem with "
        "'skillsapp courses check'.\n" + shown + more
    )
