"""Country facts: profiles per language, `{{key}}` placeholders and `country` parts in lessons."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from skillsapp.core.courses import (
    check_pack,
    check_paths,
    check_zip,
    load_pack,
    render_lesson_html,
)
from skillsapp.core.courses.country_profiles import (
    LANGUAGE_COUNTRIES,
    PLACEHOLDER_KEYS,
    bundled_profiles_folder,
    check_profiles,
    profile_for,
)
from skillsapp.core.courses.render import lesson_markdown

Edit = Callable[[str, str, str], None]
COURSES = Path(__file__).resolve().parents[3] / "courses"


def errors_of(pack: Path) -> list[str]:
    return [str(problem) for problem in check_pack(pack) if not problem.warning]


def test_the_profiles_ship_beside_the_bundled_courses() -> None:
    assert bundled_profiles_folder() == COURSES / "countries"


@pytest.mark.parametrize("language", sorted(LANGUAGE_COUNTRIES))
def test_every_language_has_a_profile_with_every_key(language: str) -> None:
    profile = profile_for(language)
    assert profile is not None
    assert set(profile.values) == set(PLACEHOLDER_KEYS)
    assert all(value.strip() for value in profile.values.values())


def test_the_bundled_profiles_have_no_problems() -> None:
    assert check_profiles(COURSES / "countries") == []


def test_checking_the_courses_folder_checks_the_profiles_and_takes_them_for_no_pack() -> None:
    problems = [p for p in check_paths([COURSES]) if "countries" in p.file]
    assert problems == []


def test_a_profile_without_a_key_or_a_source_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "countries"
    shutil.copytree(COURSES / "countries", folder)
    text = (folder / "de.yaml").read_text(encoding="utf-8")
    lines = text.split("\n")
    payment = next(i for i, line in enumerate(lines) if line.startswith('  name: "PayPal'))
    lines[payment] = '  name: "PayPal"'  # its source comment is gone
    text = "\n".join(lines).replace("  town: ", "  village: ")
    (folder / "de.yaml").write_text(text, encoding="utf-8")
    problems = [str(problem) for problem in sorted(check_paths([folder]))]
    assert problems == [
        f"{folder}/de.yaml:{lines.index('country:') + 1}: 'example.town' is missing: every "
        "profile holds every key (a made-up but typical town for examples).",
        f"{folder}/de.yaml:{payment + 1}: 'payment.name' needs its source and the day it was "
        "checked in a comment on its line, like: # https://www.example.gov, checked 2026-12-07",
        f"{folder}/de.yaml:{len(lines) - 1}: Unknown key 'example.village' in a country "
        "profile; add it to the table in docs/course-format.md and to PROFILE_KEYS first.",
    ]


def test_the_parts_of_the_example_iban_come_from_the_example() -> None:
    profile = profile_for("pl")
    assert profile is not None
    parts = [profile.values[f"iban.{key}"] for key in ("country_code", "check_digits")]
    assert parts == ["PL", "61"]
    assert profile.values["iban.bank_and_account"] == "1090 1014 0000 0712 1981 2874"


def test_a_placeholder_is_filled_from_the_profile_of_the_lessons_language(
    pack: Path, edit: Edit
) -> None:
    edit("lessons/welcome.md", "messages arrive.", "messages arrive in {{country.name}}.")
    edit("lessons/welcome.pt.md", "## ", "Em {{ country.name }}: {{tax.name}}.\n\n## ")
    course = load_pack(pack)
    lesson = course.lesson("welcome")
    assert "messages arrive in Ireland." in render_lesson_html(course, lesson, "en")
    portuguese = render_lesson_html(course, lesson, "pt")
    assert "Em Portugal: Portal das Finanças." in portuguese
    assert "{{" not in portuguese


def test_a_lesson_shown_in_its_original_names_the_originals_country(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", "messages arrive.", "messages arrive in {{country.name}}.")
    lesson = load_pack(pack).lesson("welcome")
    assert "arrive in Ireland." in lesson_markdown(lesson, "de")  # no German translation


def test_an_unknown_placeholder_is_reported_at_its_line(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", "messages arrive.", "messages arrive.\nCall {{police.phone}}.")
    assert errors_of(pack) == [
        "lessons/welcome.md:8: Unknown placeholder '{{police.phone}}'; known ones are "
        + ", ".join(PLACEHOLDER_KEYS)
        + " (see docs/course-format.md)."
    ]


def test_a_placeholder_in_a_title_is_reported(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", "title: Welcome", "title: Welcome to {{country.name}}")
    assert errors_of(pack) == [
        "lessons/welcome.md:2: A lesson title cannot hold a placeholder like {{country.name}}: "
        "the app shows titles as they are written. Keep country facts in the text."
    ]


def test_a_language_without_a_profile_cannot_use_placeholders(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "language: en\nlanguages: [en, pt]", "language: fr\nlanguages: [fr, pt]")
    edit("lessons/welcome.md", "messages arrive.", "messages arrive. {{country.name}}")
    assert any(
        "SkillsApp has no country profile for 'fr'" in problem and ":7:" in problem
        for problem in errors_of(pack)
    )


def test_a_translation_needs_as_many_country_parts_as_the_original(pack: Path, edit: Edit) -> None:
    part = '\n!!! country "In {{country.name}}"\n    Facts of the country.\n'
    edit("lessons/welcome.md", "messages arrive.\n", "messages arrive.\n" + part + part)
    edit("lessons/welcome.pt.md", "## ", part + "\n## ")
    problems = errors_of(pack)
    assert len(problems) == 1
    assert problems[0].startswith("lessons/welcome.pt.md:6: The English original has 2 ")
    assert problems[0].endswith(
        "country-specific parts (!!! country); this translation has 1. Write each one for "
        "this language's country."
    )


def test_a_country_part_looks_like_a_note(pack: Path, edit: Edit) -> None:
    part = '\n!!! country "In {{country.name}}"\n    The portal is {{portal.address}}.\n'
    edit("lessons/welcome.md", "messages arrive.\n", "messages arrive.\n" + part)
    edit("lessons/welcome.pt.md", "## ", part + "\n## ")
    course = load_pack(pack)
    html = render_lesson_html(course, course.lesson("welcome"), "pt")
    assert 'class="callout country"' in html
    assert "In Portugal" in html and "The portal is www.gov.pt." in html


def test_a_pack_from_a_zip_may_use_placeholders(pack: Path, edit: Edit, tmp_path: Path) -> None:
    edit("lessons/welcome.md", "messages arrive.", "messages arrive in {{country.name}}.")
    edit("lessons/welcome.pt.md", "## ", "Em {{country.name}}.\n\n## ")
    archive = shutil.make_archive(str(tmp_path / "with-facts"), "zip", pack)
    assert [p for p in check_zip(Path(archive)) if not p.warning] == []
    edit("lessons/welcome.md", "{{country.name}}", "{{country.nme}}")
    archive = shutil.make_archive(str(tmp_path / "misspelt"), "zip", pack)
    assert any("Unknown placeholder '{{country.nme}}'" in str(p) for p in check_zip(Path(archive)))
