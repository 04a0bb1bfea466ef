"""The shape of a report, its period, and writing its machine CSV without leaving half a file.

A report is built here as data with codes, never as words of one language: a column has a
code (``lessons_done``) and an English heading to translate; a value that stands for words is
a :class:`Code` (``Code("gender", "not-stated")``); dates are ``date`` objects. The interface
turns it into the table a person reads (``skillsapp/ui/report_table.py``), in any language;
the machine CSV written here keeps the codes, so the same data gives the same bytes on any PC.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from skillsapp.core.errors import Message, Refused

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

EARLIEST = date(2015, 1, 1)  # no centre has records from before SkillsApp existed
# Figures about people's competences are shown only for at least this many learners, so that
# nobody can be singled out; fewer show TOO_FEW ("Too few to report") instead.
SMALLEST_GROUP = 5


class Code(str):
    """A value that stands for words: the machine CSV keeps the code, people read the words.

    ``kind`` names the list of words it belongs to ("gender", "course", "area", ...; see
    ``skillsapp/core/reports/words.py``); ``values`` fill a word that holds a number
    ("quiz not passed after {count} tries"). A ``Code`` is the text of its code, so it
    compares, sorts and hashes as that text.
    """

    kind: str
    values: dict[str, Any]

    def __new__(cls, kind: str, code: str, **values: Any) -> Code:
        made = super().__new__(cls, code)
        made.kind = kind
        made.values = values
        return made

    def __repr__(self) -> str:
        return f"Code({self.kind!r}, {str(self)!r})"


TOO_FEW = Code("figure", "too-few")


def course_code(centre: Centre, course_id: str) -> Code:
    """A course as a code that carries its titles in every language of its pack (the
    pack's own language under ""), so any screen or paper can name it."""
    pack = centre.catalogue.get(course_id)
    titles = {**pack.titles, "": pack.title} if pack is not None else {}
    return Code("course", course_id, titles=titles)


Value = str | int | float | date | None
Align = Literal["text", "number", "date"]


@dataclass(frozen=True)
class Column:
    """A column: ``code`` heads the machine CSV, ``heading`` (a ``Term``, or plain
    text already in the reader's language) heads the table people read. ``kind`` says how
    its values are laid out: numbers on the right, dates and numbers never split."""

    code: str
    heading: str
    kind: Align = "text"


@dataclass(frozen=True)
class Report:
    """A table with a title; ``notes`` are shown on screen and in the PDF, not in the CSV.

    ``title`` and ``notes`` are :class:`Message` (translated by the interface) or plain text
    already in the reader's language. ``sort_by`` names the columns (by position) that the
    table people read is sorted by: names and course titles in the alphabetical order of
    the reader's language; values with an order of their own (areas 1-5, age bands) keep the
    order given here. ``name`` is the report's word on the command line ("indicators"), used
    for file names.
    """

    title: Message | str
    columns: tuple[Column | str, ...]
    rows: tuple[tuple[Value, ...], ...]
    notes: tuple[Message | str, ...] = field(default_factory=tuple)
    sort_by: tuple[int, ...] = ()
    name: str = "report"

    def __post_init__(self) -> None:
        # Plain column names (older callers) become columns headed by the name itself.
        columns = tuple(c if isinstance(c, Column) else Column(c, c) for c in self.columns)
        object.__setattr__(self, "columns", columns)

    @property
    def codes(self) -> tuple[str, ...]:
        """The machine CSV's header: the columns' codes."""
        return tuple(c.code if isinstance(c, Column) else c for c in self.columns)

    @property
    def table_columns(self) -> tuple[Column, ...]:
        """The columns, each a :class:`Column` (plain names were made columns on creation)."""
        return tuple(c if isinstance(c, Column) else Column(c, c) for c in self.columns)

    def csv_text(self) -> str:
        """The machine CSV: the codes' header and language-free values (codes, ISO dates,
        decimals with a dot), so the same data gives the same bytes on any PC."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.codes)
        for row in self.rows:
            writer.writerow([display_value(v) for v in row])
        return out.getvalue()


def display_value(value: Value) -> str:
    """A value as the machine CSV writes it, the same on every PC and in every language.

    Codes as their code, dates as ``YYYY-MM-DD``, decimals with two places at most, a dot and
    no grouping.
    """
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def check_period(start: str | date, end: str | date, today: date) -> tuple[date, date]:
    """Read a report period (first and last day, both included); refuse reversed or absurd ones."""
    try:
        first = start if isinstance(start, date) else date.fromisoformat(start)
        last = end if isinstance(end, date) else date.fromisoformat(end)
    except ValueError as error:
        raise Refused("Please give dates as year-month-day, for example 2026-03-31.") from error
    if last < first:
        raise Refused("The period ends before it starts. Please swap the two dates.")
    if first < EARLIEST or last > date(today.year + 1, 12, 31):
        raise Refused(
            "Please choose a period between {earliest} and the end of next year.",
            earliest=EARLIEST.isoformat(),
        )
    return first, last


def write_csv(report: Report, target: Path) -> None:
    """Write the report's machine CSV to ``target`` atomically (see :func:`write_text`)."""
    write_text(report.csv_text(), target)


def write_text(text: str, target: Path) -> None:
    """Write ``text`` (UTF-8) to ``target`` atomically; refuse plainly when that fails.

    The file is written next to the target first and renamed at the end, so a full disk or a
    pulled-out USB stick never leaves a partial file behind.
    """
    data = text.encode("utf-8")
    folder = target.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=".skillsapp-", suffix=".part", dir=folder)
    except OSError as error:
        raise _cannot_write(target, error) from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise _cannot_write(target, error) from error


def _cannot_write(target: Path, error: OSError) -> Refused:
    return Refused(
        "The report could not be saved as {file}: {reason}. "
        "Check that the USB stick is plugged in, has free space and is not write-protected. "
        "Nothing was saved.",
        file=str(target),
        reason=error.strerror or str(error),
    )
