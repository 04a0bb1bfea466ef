"""Checking the plain descriptions of the DigComp areas and competences, with ``file:line``.

The files are ``descriptions.<lang>.yaml`` next to ``digcomp.json``: every language describes
all 5 areas and 21 competences with a ``short`` and a ``description``. The app falls back to
English for anything missing, so a gap is never an error on a resident's screen; this check
is what tells the translator (``skillsapp courses check`` on the folder or the file).
"""

from __future__ import annotations

import re

from skillsapp.core.courses.competence_codes import COMPETENCE_CODES
from skillsapp.core.courses.located_yaml import Located
from skillsapp.core.courses.validation import FileChecker

AREA_CODES: tuple[str, ...] = tuple(sorted({code.split(".", 1)[0] for code in COMPETENCE_CODES}))
TOP_KEYS = ("language", "areas", "competences")
ENTRY_KEYS = ("short", "description")


def check_descriptions(check: FileChecker, block: dict[str, Located], text: str) -> None:
    """Record every missing, unknown or empty entry of one descriptions file in ``check``.

    ``block`` is the file read with ``read_yaml``; ``text`` is the file itself, so a problem
    with a code can point at the line where the code is written.
    """
    lines = text.split("\n")
    check.unknown_keys(block, TOP_KEYS, "a descriptions file")
    for part, kind, codes in (
        ("areas", "area", AREA_CODES),
        ("competences", "competence", COMPETENCE_CODES),
    ):
        located = check.required(block, part, 1)
        entries = check.mapping(located, f"'{part}'") if located is not None else None
        if located is None or entries is None:
            continue
        for code in codes:
            if code not in entries:
                check.problem(
                    _key_line(lines, part, located.line),
                    f"The {kind} {code} is missing in '{part}'.",
                )
        for code, entry in entries.items():
            line = _key_line(lines, code, entry.line)
            if code not in codes:
                check.problem(
                    line,
                    f"'{code}' is not a DigComp {kind} code; use one of {', '.join(codes)}.",
                )
                continue
            words = check.mapping(entry, f"The {kind} {code}", line)
            if words is None:
                continue
            check.unknown_keys(words, ENTRY_KEYS, f"the {kind} {code}")
            for key in ENTRY_KEYS:
                check.text(check.required(words, key, line), f"'{key}' of the {kind} {code}")


def _key_line(lines: list[str], key: str, value_line: int) -> int:
    """The line where ``key:`` is written, at or just above the line of its value.

    A block under a key starts on the next line, so the key itself is looked for upwards.
    """
    written = re.compile(rf"""\s*(["']?){re.escape(key)}\1\s*:""")
    for number in range(value_line, max(value_line - 3, 0), -1):
        if number <= len(lines) and written.match(lines[number - 1]):
            return number
    return value_line
