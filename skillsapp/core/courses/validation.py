"""Shared rules and helpers for checking pack files: ids, limits, typed fields with lines.

Each helper records a `Problem` and returns None instead of raising, so one check run reports
every problem of a pack at once.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from skillsapp.core.courses.located_yaml import Located
from skillsapp.core.courses.problems import Problem

ID_PATTERN = re.compile(r"[a-z][a-z0-9-]{0,63}\Z")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}\Z")
VERSION_PATTERN = re.compile(r"(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\Z")

MB = 1024 * 1024
MAX_FILE_BYTES = 1 * MB  # a lesson, quiz or manifest
MAX_PACK_BYTES = 50 * MB
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
# `country`: a part written for the country of each language (see country_profiles.py).
CALLOUT_KINDS = ("tip", "note", "warning", "country")


def describe_size(size: int) -> str:
    """A size as a trainer reads it: '1.4 MB'."""
    return f"{size / MB:.1f} MB"


class FileChecker:
    """Reads typed fields from one file's YAML and records problems against that file."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, line: int, message: str) -> None:
        """Record a problem at `line` of this file."""
        self.problems.append(Problem(self.file, max(line, 1), message))

    def warn(self, line: int, message: str) -> None:
        """Record a warning at `line`: worth improving, but the pack can be used."""
        self.problems.append(Problem(self.file, max(line, 1), message, warning=True))

    @property
    def errors(self) -> int:
        """How many problems (not warnings) this file's checks have recorded so far."""
        return sum(1 for problem in self.problems if not problem.warning)

    def mapping(
        self, located: Located | None, what: str, line: int = 1
    ) -> dict[str, Located] | None:
        """The block `located` as a dict; None (with a problem recorded) if it is not one."""
        if located is None or located.value is None:
            self.problem(located.line if located else line, f"{what} is empty.")
            return None
        if not isinstance(located.value, dict):
            self.problem(located.line, f"{what} must be a block of 'key: value' lines.")
            return None
        return located.value

    def unknown_keys(self, block: dict[str, Located], allowed: Collection[str], where: str) -> None:
        """Report keys that the format does not know (often a typo, like 'sumary')."""
        for key, located in block.items():
            if key not in allowed:
                known = ", ".join(f"'{name}'" for name in allowed)
                self.problem(located.line, f"Unknown key '{key}' in {where}; known keys: {known}.")

    def required(self, block: dict[str, Located], key: str, line: int) -> Located | None:
        """The value under `key`, or None with a 'missing' problem at the block's line."""
        located = block.get(key)
        if located is None or located.value is None:
            self.problem(located.line if located else line, f"'{key}' is missing.")
            return None
        return located

    def text(self, located: Located | None, what: str) -> str | None:
        """A non-empty line of words. Scalars like 2.1 or yes are taken as written."""
        if located is None:
            return None
        value = located.value
        if isinstance(value, dict | list):
            self.problem(located.line, f"{what} must be words, not a list or a block.")
            return None
        if not isinstance(value, str):
            value = located.text if located.text is not None else str(value)
        if not value.strip():
            self.problem(located.line, f"{what} is empty.")
            return None
        return value.strip()

    def integer(self, located: Located | None, what: str, low: int, high: int) -> int | None:
        """A whole number between `low` and `high`."""
        if located is None:
            return None
        value = located.value
        if type(value) is not int:
            self.problem(located.line, f"{what} must be a whole number, not '{located.text}'.")
            return None
        if not low <= value <= high:
            self.problem(located.line, f"{what} must be between {low} and {high}, not {value}.")
            return None
        return value

    def identifier(self, located: Located | None, what: str) -> str | None:
        """An id: lowercase letters, digits and hyphens, starting with a letter, <= 64 chars."""
        value = self.text(located, what)
        if value is None or located is None:
            return None
        if not ID_PATTERN.match(value):
            self.problem(
                located.line,
                f"{what} '{value}' is not a valid id: use lowercase letters a-z, digits and "
                "hyphens, start with a letter, at most 64 characters.",
            )
            return None
        return value

    def sequence(self, located: Located | None, what: str) -> list[Located] | None:
        """A YAML list."""
        if located is None:
            return None
        if not isinstance(located.value, list):
            self.problem(located.line, f"{what} must be a list.")
            return None
        return located.value

    def texts(
        self, located: Located | None, what: str, fewest: int, most: int
    ) -> tuple[str, ...] | None:
        """A list of `fewest` to `most` non-empty lines of words."""
        items = self.sequence(located, what)
        if items is None or located is None:
            return None
        if not fewest <= len(items) <= most:
            self.problem(
                located.line, f"{what} must have {fewest} to {most} entries, not {len(items)}."
            )
            return None
        words = [self.text(item, f"An entry of {what}") for item in items]
        if any(word is None for word in words):
            return None
        return tuple(word for word in words if word is not None)


def duplicates(values: Iterable[str]) -> set[str]:
    """The values that appear more than once."""
    seen: set[str] = set()
    twice: set[str] = set()
    for value in values:
        (twice if value in seen else seen).add(value)
    return twice
