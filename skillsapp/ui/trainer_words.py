"""Days, times and order as the trainer's language writes them, for the trainer's screens.

Dates follow the language's own long form without the weekday ("4 ianuarie 2027",
"2027. január 4.", "2027. gada 4. janvāris"), times its short form, and lists sort with its
collation (so "Ádám" sits with the A's in Hungarian and "Ștefan" after "Sorin" in Romanian).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QDateTime, QLocale, Qt

from skillsapp.ui.text import fill

T = TypeVar("T")

# The weekday and the comma or space that joins it to the rest of the long date format.
_WEEKDAY = re.compile(r"^\s*dddd[,\s]*|[,\s]*dddd\s*$")


def current_language() -> str:
    """The code of the interface language in force (the trainer's, on a trainer's screen)."""
    from skillsapp.core.languages import LOCALES

    name = QLocale().name()
    return next((code for code, locale in LOCALES.items() if locale == name), "en")


def day_format(locale: QLocale | None = None) -> str:
    """The language's long date format without the weekday."""
    locale = locale or QLocale()
    return _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()


def day_text(day: QDate | str | None) -> str:
    """A day (QDate or ISO "2027-01-04") in the words of the interface language."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        parsed = QDate.fromString(day[:10], Qt.DateFormat.ISODate)
        if not parsed.isValid():
            return day
        day = parsed
    return QLocale().toString(day, day_format())


def moment(iso: str | None) -> QDateTime:
    """A stored ISO timestamp (UTC) as the PC's local time."""
    found = QDateTime.fromString(iso or "", Qt.DateFormat.ISODateWithMs)
    if not found.isValid():
        found = QDateTime.fromString(iso or "", Qt.DateFormat.ISODate)
    return found.toLocalTime()


def time_text(iso: str | None) -> str:
    """The time of day of a stored timestamp, in the language's short form ("9:30")."""
    when = moment(iso)
    if not when.isValid():
        return iso or ""
    return QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)


def when_text(iso: str | None) -> str:
    """Day and time of a stored timestamp ("4 ianuarie 2027, 09:30")."""
    when = moment(iso)
    if not when.isValid():
        return iso or ""
    return fill(
        QCoreApplication.translate("TrainerWords", "%1, %2"),
        day_text(when.date()),
        QLocale().toString(when.time(), QLocale.FormatType.ShortFormat),
    )


def number_text(value: int) -> str:
    """A whole number as the language writes it (1 234 in Hungarian, 1.234 in Romanian)."""
    return QLocale().toString(value)


def sorted_by_words(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """``items`` sorted by ``key`` with the interface language's collation."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)

    def compare(a: T, b: T) -> int:
        return collator.compare(key(a), key(b))

    return sorted(items, key=functools.cmp_to_key(compare))
