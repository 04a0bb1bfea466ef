"""A report as people read it: every heading, word and value in one language.

Core builds a report as data with codes (``skillsapp.core.reports``); here it becomes the
table of one language: the screen shows it, the CSV for people is it, the PDF prints it.
Codes become the words residents and trainers see (course titles from the course packs,
DigComp areas and competences from the framework's descriptions, the rest from
``core/reports/words.py``), dates are in words, numbers in the language's form, and rows are
sorted in its alphabetical order.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from skillsapp.core.errors import Term, fill
from skillsapp.core.reports.model import Code, Column, Report, Value
from skillsapp.core.reports.words import ORDERED, word
from skillsapp.ui.paper_words import PaperWords

if TYPE_CHECKING:
    from skillsapp.core.courses.model import CoursePack


class Courses(Protocol):
    """Where course titles come from: the centre's catalogue."""

    def get(self, course_id: str) -> CoursePack | None:
        """The course pack with this id, or None."""
        ...


@dataclass(frozen=True)
class ReportTable:
    """A report in one language: what the screen, the CSV for people and the PDF show."""

    title: str
    headings: tuple[str, ...]
    kinds: tuple[str, ...]  # per column: "text", "number" or "date"
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...]
    language: str
    name: str  # the report's word on the command line, for file names

    def csv_text(self) -> str:
        """The CSV for people: the screen's table, headings and all, in its language.

        Comma-separated where the language writes decimals with a point, semicolon-separated
        where it writes them with a comma (as spreadsheets of that country expect), with a
        byte-order mark so that spreadsheets read the letters of every language rightly.
        """
        out = io.StringIO()
        delimiter = ";" if PaperWords(self.language).locale.decimalPoint() == "," else ","
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(self.headings)
        writer.writerows(self.rows)
        return "\ufeff" + out.getvalue()


def report_table(report: Report, words: PaperWords, courses: Courses | None) -> ReportTable:
    """``report`` in the language of ``words``; course titles from ``courses``."""
    shown = [tuple(cell_text(v, words, courses) for v in row) for row in report.rows]
    order = _sorted_rows(report, shown, words)
    return ReportTable(
        words.message(report.title),
        tuple(_heading(c, words) for c in report.table_columns),
        tuple(c.kind for c in report.table_columns),
        tuple(shown[i] for i in order),
        tuple(words.message(n) for n in report.notes),
        words.language,
        report.name,
    )


def cell_text(value: Value, words: PaperWords, courses: Courses | None) -> str:
    """One value of a report as people read it in the language of ``words``."""
    if value is None:
        return ""
    if isinstance(value, Code):
        return code_text(value, words, courses)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return words.number(value)
    if isinstance(value, date):
        return words.date(value)
    return str(value)  # names and other text, as registered


def code_text(value: Code, words: PaperWords, courses: Courses | None) -> str:
    """The words of a code: a course title, an area, a competence or a listed word."""
    kind = getattr(value, "kind", "")
    if kind == "course":
        titles = getattr(value, "values", {}).get("titles") or {}
        if words.language in titles or "" in titles:
            return titles.get(words.language) or titles[""]
        pack = courses.get(str(value)) if courses is not None else None
        return pack.title_in(words.language) if pack is not None else str(value)
    if kind in ("area", "competence"):
        return _framework_name(kind, str(value), words)
    english = word(kind, str(value))
    if english is None:
        return str(value).replace("-", "\u2013") if kind == "age-band" else str(value)
    text = words.term(english)
    values = {name: words.value(v) for name, v in getattr(value, "values", {}).items()}
    try:
        return fill(text, values)
    except (KeyError, IndexError, ValueError):
        return fill(str(english), values)


def _framework_name(kind: str, code: str, words: PaperWords) -> str:
    from skillsapp.core.framework.model import framework

    digcomp = framework(language=words.language)
    try:
        found = digcomp.area(code) if kind == "area" else digcomp.competence(code)
    except KeyError:
        return code
    return f"{code} {found.heading}"


def _heading(column: Column, words: PaperWords) -> str:
    return words.term(column.heading) if isinstance(column.heading, Term) else column.heading


def _sorted_rows(report: Report, shown: list[tuple[str, ...]], words: PaperWords) -> list[int]:
    """Row positions in reading order: by ``report.sort_by``; values of ordered kinds keep
    the report's order, everything else goes by the language's alphabet."""
    if not report.sort_by:
        return list(range(len(report.rows)))
    first_seen: dict[tuple[int, str, str], int] = {}
    for row in report.rows:
        for column in report.sort_by:
            value = row[column]
            first_seen.setdefault((column, getattr(value, "kind", ""), str(value)), len(first_seen))

    def key(index: int) -> tuple:
        parts = []
        for column in report.sort_by:
            value = report.rows[index][column]
            if isinstance(value, Code) and getattr(value, "kind", "") in ORDERED:
                parts.append((0, first_seen[(column, value.kind, str(value))], ""))
            else:
                parts.append((1, 0, words.sort_key(shown[index][column])))
        return tuple(parts)

    return sorted(range(len(report.rows)), key=key)
