"""Each language is written for its own country: German for Germany (no Austrian words under
a de_DE interface), Portuguese for Portugal (no Brazilian words under pt_PT), Spanish for
Spain. The words below are the ones a reviewer from that country would stop at; the test
names the file and line of each, in the courses and in the interface's translation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
COURSES = ROOT / "courses"
TRANSLATIONS = ROOT / "skillsapp" / "ui" / "translations"

OTHER_COUNTRYS_WORDS = {
    # Austria: offices, months, everyday words and services a German resident never meets.
    "de": (
        "Gemeindeamt",
        "Bezirkshauptmannschaft",
        "Magistrat",
        "Sackerl",
        "Jänner",
        "Feber",
        "heuer",
        "Obmann",
        "Obfrau",
        "Erlagschein",
        "Zahlschein",
        "Kassa",
        "Polizze",
        "Ansuchen",
        "Meldezettel",
        "e-card",
        "Handy-Signatur",
        "ID Austria",
        "FinanzOnline",
        "Bankomat",
        "Bankomatkarte",
        "Trafik",
        "Matura",
        "Spital",
    ),
    # Brazil: the screen, the phone, the user, the file, the app, the team.
    "pt": (
        "tela",
        "telas",
        "celular",
        "celulares",
        "usuário",
        "usuários",
        "arquivo",
        "arquivos",
        "aplicativo",
        "aplicativos",
        "cadastro",
        "cadastrar",
        "equipe",
        "ônibus",
        "planilha",
        "registrar",
        "contato",
    ),
    # Latin America: the computer, the mobile, the car.
    "es": ("computadora", "computadoras", "computador", "celular", "celulares", "carro"),
}


def files_in(language: str) -> list[Path]:
    """The course files, profile and interface translation written in ``language``."""
    found = sorted(COURSES.glob(f"*/lessons/*.{language}.md"))
    found += sorted(COURSES.glob(f"*/quizzes/*.{language}.yaml"))
    found += [COURSES / "countries" / f"{language}.yaml", TRANSLATIONS / f"skillsapp_{language}.ts"]
    return found


def words_of_another_country(
    language: str, paths: list[Path] | None = None, root: Path = ROOT
) -> list[str]:
    """'file:line: word' for each of the other country's words, as a whole word."""
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, OTHER_COUNTRYS_WORDS[language])) + r")(?![\w-])"
    )
    found = []
    for path in files_in(language) if paths is None else paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            for match in pattern.finditer(line):
                found.append(f"{path.relative_to(root)}:{number}: {match.group(1)}")
    return found


@pytest.mark.parametrize("language", sorted(OTHER_COUNTRYS_WORDS))
def test_no_words_of_another_country(language: str) -> None:
    assert words_of_another_country(language) == []


def test_an_austrian_word_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.de.md"
    lesson.write_text(
        "Gehen Sie zum Rathaus.\nOder zum Gemeindeamt, im Jänner, mit der Telefon-Kassa.\n",
        encoding="utf-8",
    )
    assert words_of_another_country("de", [lesson], tmp_path) == [
        "lesson.de.md:2: Gemeindeamt",
        "lesson.de.md:2: Jänner",
    ]
