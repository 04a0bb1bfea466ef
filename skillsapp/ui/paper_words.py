"""The words of a paper or report in one language, whatever language the screens speak.

A certificate is printed in the learner's language, a report in the one the trainer chose,
the recovery sheet in the centre's, while the window may speak another. ``PaperWords`` loads
that language's translation on its own (it is never installed on the application, so the
screens keep theirs) and writes dates, numbers and percentages the way that language's
country does (``QLocale``), and sorts lists in its alphabetical order (``QCollator``).

Strings are marked for the translators where they are used, as
``words.translate("Context", "English text")``, which lupdate finds like
``QCoreApplication.translate``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale, QTranslator

from skillsapp.core.errors import Message, Term, fill
from skillsapp.core.languages import LANGUAGE_CODES, LOCALES
from skillsapp.ui.i18n import SOURCE_LANGUAGE, translation_folder
from skillsapp.ui.messages import CONTEXT as MESSAGES

log = logging.getLogger(__name__)
T = TypeVar("T")
# The weekday and what joins it to the rest of a long date ("dddd, d MMMM yyyy").
SPACE_BEFORE_PERCENT = frozenset({"cs", "de", "es", "ro"})
WEEKDAY = re.compile(r"^dddd[,\s]*|[,\s]*dddd$")


class PaperWords:
    """Translations, dates, numbers and alphabetical order of one interface language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGE_CODES else SOURCE_LANGUAGE
        self.locale = QLocale(LOCALES[self.language])
        self._translator = _translator(self.language)
        self._collator = QCollator(self.locale)
        self._collator.setNumericMode(True)  # "Group 2" before "Group 10"

    def translate(self, context: str, text: str, n: int = -1) -> str:
        """``text`` of ``context`` in this language (English when it has no translation);
        ``%n`` becomes ``n`` written as the language writes numbers."""
        found = self._translator.translate(context, text, "", n) if self._translator else ""
        found = found or text
        return found.replace("%n", self.number(n)) if n >= 0 else found

    def term(self, term: str) -> str:
        """A word from core (a ``Term``, context "Messages") in this language."""
        return self.translate(MESSAGES, str(term))

    def message(self, what: Message | str) -> str:
        """A message from core in this language, its values written the language's way.

        Plain text (not a :class:`Message`) is already in the reader's words: kept as it is.
        """
        if not isinstance(what, Message):
            return what
        template = self.translate(MESSAGES, what.template)
        values = {name: self.value(value) for name, value in what.values.items()}
        try:
            return fill(template, values)
        except (KeyError, IndexError, ValueError):
            # A damaged translation must not hide the message: fall back to English.
            log.warning("The translation of %r cannot be filled", what.template)
            return fill(what.template, values)

    def value(self, value: Any) -> str:
        """A value inside a sentence: a date in words, a number the language's way."""
        if isinstance(value, Term):
            return self.term(value)
        if isinstance(value, datetime):
            return self.date(value.date())
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, bool) or value is None:
            return "" if value is None else str(value)
        if isinstance(value, int | float):
            return self.number(value)
        return str(value)

    def date(self, day: date | str) -> str:
        """A day in words, as the language writes it in a letter: "4 January 2027",
        "4 ianuarie 2027", "2027. január 4.", "2027. gada 4. janvāris" (no weekday)."""
        if isinstance(day, str):
            try:
                day = date.fromisoformat(day[:10])
            except ValueError:
                return str(day)
        return self.locale.toString(QDate(day.year, day.month, day.day), self.date_format())

    def date_format(self) -> str:
        """The language's long date form without the weekday."""
        long = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        return WEEKDAY.sub("", long).strip() or "d MMMM yyyy"

    def number(self, value: float, places: int = 2) -> str:
        """A whole number or a decimal (at most ``places`` places, no trailing zeros) with
        the language's decimal sign and grouping: "1,234.5", "1.234,5", "1 234,5"."""
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int) or float(value).is_integer():
            return self.locale.toString(int(value))
        text = self.locale.toString(float(value), "f", places)
        decimal = self.locale.decimalPoint()
        if decimal in text:
            text = text.rstrip("0").rstrip(decimal)
        return text

    def percent(self, fraction: float, places: int = 0) -> str:
        """A share as a percentage the language's way ("45%", "45 %")."""
        number = self.number(round(fraction * 100, places), places)
        # Qt has no percent format; these languages put a (no-break) space before the sign
        # (Unicode CLDR's patterns), the others none.
        space = "\u00a0" if self.language in SPACE_BEFORE_PERCENT else ""
        return f"{number}{space}{self.locale.percent()}"

    def sort_key(self, text: str) -> Any:
        """A key that sorts text in this language's alphabetical order."""
        return self._collator.sortKey(text)

    def sorted(self, items: Iterable[T], key: Callable[[T], str]) -> list[T]:
        """``items`` in this language's alphabetical order of ``key``."""
        return sorted(items, key=lambda item: self.sort_key(key(item)))


@cache
def _translator(language: str) -> QTranslator | None:
    """The interface translation of ``language``, loaded once, never installed."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(QCoreApplication.instance())
    qm = translation_folder() / f"skillsapp_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("No translation for %s at %s; paper is in English.", language, qm)
        return None
    return translator


def current_language() -> str:
    """The language the screens speak now (from the default locale that ``Languages`` sets)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGE_CODES else SOURCE_LANGUAGE
