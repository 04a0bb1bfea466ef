"""Each interface file is tagged with the country its words are written for, because Qt takes
its plural rule from that tag: Portuguese is European (pt_PT, "0 dias"; Brazil says "0 dia"),
German is Germany's (de_DE), and so on for the ten languages of the courses' countries."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QLocale, QTranslator

from skillsapp.core.courses.country_profiles import LANGUAGE_COUNTRIES
from skillsapp.core.languages import LANGUAGE_CODES, LOCALES
from skillsapp.ui.i18n import FOLDER, compile_translations

SHIPPED = [code for code in LANGUAGE_CODES if code != "en"]


@pytest.mark.parametrize("code", SHIPPED)
def test_every_interface_file_is_tagged_with_its_country(code: str) -> None:
    tag = ElementTree.parse(FOLDER / f"skillsapp_{code}.ts").getroot().get("language")
    assert tag == LOCALES[code]
    assert QLocale.territoryToString(QLocale(tag).territory()) == LANGUAGE_COUNTRIES[code]


def test_the_own_qt_words_are_tagged_like_the_interface() -> None:
    for path in FOLDER.glob("qt_words_*.ts"):
        code = path.stem.removeprefix("qt_words_")
        assert ElementTree.parse(path).getroot().get("language") == LOCALES[code], path.name


@pytest.mark.parametrize(
    ("code", "none", "one", "two"),
    [
        ("pt", "0 membros", "1 membro", "2 membros"),  # Portugal: 0 is plural (Brazil: "0 membro")
        ("de", "0 Mitglieder", "1 Mitglied", "2 Mitglieder"),
    ],
)
def test_counts_follow_the_countrys_plural_rule(
    qapp, code: str, none: str, one: str, two: str
) -> None:
    compile_translations()
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"skillsapp_{code}.qm"))
    said = [
        translator.translate("GroupsTab", "%n member(s)", None, n).replace("%n", str(n))
        for n in (0, 1, 2)
    ]
    assert said == [none, one, two]
