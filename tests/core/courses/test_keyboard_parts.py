"""First steps: the keyboard lesson has a 'typing in your language' part for each of the ten
languages, saying where @ is, how to type the language's own letters and where the digits
for a PIN are (on a Czech keyboard the number row types ě š č ř ž, digits need Shift)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from skillsapp.core.courses import load_pack
from skillsapp.core.languages import LANGUAGE_CODES

FIRST_STEPS = Path(__file__).resolve().parents[3] / "courses" / "first-steps"

# The letters a resident of each country types every day and cannot find on an English
# keyboard; every part also says where the digits for a PIN are.
OWN_LETTERS = {
    "en": ("á", "é", "í", "ó", "ú", "€"),
    "de": ("ä", "ö", "ü", "ß", "€"),
    "cs": ("ě", "š", "č", "ř", "ž", "ů", "ú"),
    "es": ("ñ", "á", "ü", "¿", "€"),
    "hu": ("ö", "ü", "ó", "ő", "ú", "é", "á", "ű", "í"),
    "it": ("à", "è", "ì", "ò", "ù", "é", "€"),
    "lv": ("ā", "č", "ē", "ģ", "ī", "ķ", "ļ", "ņ", "š", "ū", "ž"),
    "pl": ("ą", "ć", "ę", "ł", "ń", "ó", "ś", "ż", "ź"),
    "pt": ("ç", "á", "ã", "õ", "€"),
    "ro": ("ă", "î", "â", "ș", "ț"),
}


def keyboard_part(language: str) -> str:
    """The text of the 'country' part of the keyboard lesson in ``language``."""
    lesson = load_pack(FIRST_STEPS).lesson("using-the-keyboard")
    text = lesson.text(language).markdown
    found = re.search(r'^!!! country "[^"]*"\n((?:    .*\n|\n)+)', text + "\n", re.MULTILINE)
    assert found, f"no country part in the {language} keyboard lesson"
    return found.group(1)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_keyboard_part_says_where_at_is_the_own_letters_and_the_pin_digits(
    language: str,
) -> None:
    part = keyboard_part(language)
    assert "@" in part
    assert "PIN" in part
    missing = [letter for letter in OWN_LETTERS[language] if letter not in part]
    assert missing == [], f"{language}: the part does not say how to type {missing}"


def test_the_czech_part_says_the_number_row_types_letters_and_digits_need_shift() -> None:
    part = keyboard_part("cs")
    number_row = next(line for line in part.split("\n") if "ě š č ř ž" in line)
    assert "Shift" in number_row
