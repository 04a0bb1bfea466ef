"""Pictures that show money or an IBAN exist once per country, and each lesson shows its own.

Such a picture is marked on its root element, `<svg ... data-shows="money">`, and is named
`<name>.<language>.svg` (`transfer-form.cs.svg` shows a Czech IBAN and crowns). A drawing
whose text shows a currency sign or an IBAN counts as showing money even without the mark,
so a forgotten mark cannot hide a German IBAN in a Polish lesson.

A picture with words written on it (a screen's label such as "Sponsored") is drawn once per
language too, in that language's words: a shared drawing holds only signs and digits.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest

from skillsapp.core.courses import CoursePack, load_pack
from skillsapp.core.courses.lesson_files import INLINE_IMAGE

COURSES = Path(__file__).resolve().parents[3] / "courses"
PACKS = sorted(path.parent.name for path in COURSES.glob("*/course.yaml"))
MONEY_IN_TEXT = re.compile(r"€|\bKč\b|\bzł\b|\bFt\b|\blei\b|\b[A-Z]{2}\d{2}(?: [0-9A-Z]{4}){2}")
SVG = "{http://www.w3.org/2000/svg}"


def shows_money(path: Path) -> bool:
    """Marked as showing money, or money or an IBAN written in its text."""
    root = ElementTree.parse(path).getroot()
    words = " ".join(text.text or "" for text in root.iter(f"{SVG}text"))
    return root.get("data-shows") == "money" or bool(MONEY_IN_TEXT.search(words))


WORD = re.compile(r"[^\W\d_]{2,}")


def shows_words(path: Path) -> bool:
    """Words of some language written in the drawing (two letters or more in a row)."""
    root = ElementTree.parse(path).getroot()
    return any(WORD.search(text.text or "") for text in root.iter(f"{SVG}text"))


def lessons_showing_another_countrys_money(pack: CoursePack) -> list[str]:
    """'lessons/x.pl.md: media/y.svg' for each money picture that is not the lesson's own."""
    return lessons_showing_another_languages(pack, shows_money)


def lessons_showing_another_languages(pack: CoursePack, shows: Callable[[Path], bool]) -> list[str]:
    """'lessons/x.pl.md: media/y.svg' for each picture that ``shows`` something of one country
    or language and is not the lesson's own, or lacks a variant for one of the languages."""
    wrong = []
    for lesson in pack.lessons:
        for language, text in lesson.texts.items():
            for _, src in INLINE_IMAGE.findall(text.markdown):
                path = pack.path / src
                if path.suffix != ".svg" or not shows(path):
                    continue
                stem = path.name.removesuffix(".svg")
                own = stem.endswith(f".{language}")
                base = stem.rsplit(".", 1)[0] if "." in stem else stem
                every = all(
                    (path.parent / f"{base}.{code}.svg").is_file() for code in pack.languages
                )
                if not own or not every:
                    wrong.append(f"{pack.id}/{text.source}: {src}")
    return wrong


@pytest.mark.parametrize("pack_id", PACKS)
def test_every_money_picture_exists_for_each_country_and_each_lesson_shows_its_own(
    pack_id: str,
) -> None:
    assert lessons_showing_another_countrys_money(load_pack(COURSES / pack_id)) == []


@pytest.mark.parametrize("pack_id", PACKS)
def test_every_picture_with_words_exists_in_each_language_and_each_lesson_shows_its_own(
    pack_id: str,
) -> None:
    assert lessons_showing_another_languages(load_pack(COURSES / pack_id), shows_words) == []


def test_a_shared_picture_with_an_english_screen_word_is_found(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "lessons").mkdir(parents=True)
    (pack / "media").mkdir()
    (pack / "media/results.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><text>Ad</text><text>1 2 3 @ ?</text></svg>'
    )
    (pack / "media/keys.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><text>1 2 3 @ ?</text></svg>'
    )
    (pack / "course.yaml").write_text(
        "id: demo\nversion: 1.0.0\nlanguage: en\nlanguages: [en, cs]\ntitle: Demo\n"
        "summary: A demo.\ntranslations:\n  cs:\n    title: Demo\n    summary: Demo.\n"
        'estimated_minutes: 5\naudience: residents\ndigcomp:\n  version: "2.2"\n'
        '  competences:\n    - code: "1.1"\n      entry_level: 1\n      target_level: 2\n'
        "lessons: [search]\n"
    )
    for name in ("search.md", "search.cs.md"):
        (pack / "lessons" / name).write_text(
            "---\ntitle: Search\nminutes: 5\n---\n![Results, the first one an advert]"
            "(media/results.svg)\n\n![Keys](media/keys.svg)\n"
        )
    assert lessons_showing_another_languages(load_pack(pack), shows_words) == [
        "demo/lessons/search.md: media/results.svg",
        "demo/lessons/search.cs.md: media/results.svg",
    ]


def test_money_pictures_are_marked_so_authors_can_see_them() -> None:
    for path in sorted(COURSES.glob("*/media/*.svg")):
        root = ElementTree.parse(path).getroot()
        words = " ".join(text.text or "" for text in root.iter(f"{SVG}text"))
        if MONEY_IN_TEXT.search(words):
            assert root.get("data-shows") == "money", path


def test_a_shared_picture_with_a_german_iban_is_found(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "lessons").mkdir(parents=True)
    (pack / "media").mkdir()
    (pack / "media/form.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><text>DE89 3704 0044 ...</text></svg>'
    )
    (pack / "course.yaml").write_text(
        "id: demo\nversion: 1.0.0\nlanguage: en\nlanguages: [en, pl]\ntitle: Demo\n"
        "summary: A demo.\ntranslations:\n  pl:\n    title: Demo\n    summary: Demo.\n"
        'estimated_minutes: 5\naudience: residents\ndigcomp:\n  version: "2.2"\n'
        '  competences:\n    - code: "2.3"\n      entry_level: 1\n      target_level: 2\n'
        "lessons: [pay]\n"
    )
    for name in ("pay.md", "pay.pl.md"):
        (pack / "lessons" / name).write_text(
            "---\ntitle: Pay\nminutes: 5\n---\n![A form with an IBAN](media/form.svg)\n"
        )
    assert lessons_showing_another_countrys_money(load_pack(pack)) == [
        "demo/lessons/pay.md: media/form.svg",
        "demo/lessons/pay.pl.md: media/form.svg",
    ]


EURO = re.compile(r"\beur|€", re.IGNORECASE)  # euro, euró, eura, EUR, €
OTHER_MONEY = re.compile(r"\bKč\b|\bkorun|\bzł\b|złot|\bFt\b|forint|\blei\b|\bleu\b", re.IGNORECASE)
NOT_EURO = {"cs", "pl", "hu", "ro"}


def alt_texts_naming_another_countrys_money(pack: CoursePack) -> list[str]:
    """'lessons/x.cs.md: alt text' for a money picture whose words name another currency."""
    wrong = []
    for lesson in pack.lessons:
        for language, text in lesson.texts.items():
            for alt, src in INLINE_IMAGE.findall(text.markdown):
                path = pack.path / src
                if path.suffix != ".svg" or not shows_money(path):
                    continue
                foreign = EURO if language in NOT_EURO else OTHER_MONEY
                if foreign.search(alt):
                    wrong.append(f"{pack.id}/{text.source}: {alt}")
    return wrong


@pytest.mark.parametrize("pack_id", PACKS)
def test_the_alt_text_of_a_money_picture_names_the_countrys_own_money(pack_id: str) -> None:
    assert alt_texts_naming_another_countrys_money(load_pack(COURSES / pack_id)) == []


def test_a_czech_alt_text_with_a_euro_coin_is_found(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "lessons").mkdir(parents=True)
    (pack / "media").mkdir()
    for code, coin in (("en", "€"), ("cs", "Kč")):
        (pack / f"media/coin.{code}.svg").write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg" data-shows="money"><text>{coin}</text></svg>'
        )
    (pack / "course.yaml").write_text(
        "id: demo\nversion: 1.0.0\nlanguage: en\nlanguages: [en, cs]\ntitle: Demo\n"
        "summary: A demo.\ntranslations:\n  cs:\n    title: Demo\n    summary: Demo.\n"
        'estimated_minutes: 5\naudience: residents\ndigcomp:\n  version: "2.2"\n'
        '  competences:\n    - code: "2.3"\n      entry_level: 1\n      target_level: 2\n'
        "lessons: [pay]\n"
    )
    (pack / "lessons/pay.md").write_text(
        "---\ntitle: Pay\nminutes: 5\n---\n![A euro coin](media/coin.en.svg)\n"
    )
    (pack / "lessons/pay.cs.md").write_text(
        "---\ntitle: Platba\nminutes: 5\n---\n![Mince jedno euro](media/coin.cs.svg)\n"
    )
    assert alt_texts_naming_another_countrys_money(load_pack(pack)) == [
        "demo/lessons/pay.cs.md: Mince jedno euro"
    ]
