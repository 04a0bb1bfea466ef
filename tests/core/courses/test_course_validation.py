"""Each kind of problem in a pack is reported as `file:line: message`, pointing at the cause."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from skillsapp.core.courses import CoursePackError, check_pack, load_pack

Edit = Callable[[str, str, str], None]


def problems_of(pack: Path) -> list[str]:
    return [str(problem) for problem in check_pack(pack)]


def errors_of(pack: Path) -> list[str]:
    return [str(problem) for problem in check_pack(pack) if not problem.warning]


def test_the_sample_pack_has_no_problems(pack: Path) -> None:
    assert problems_of(pack) == []


def test_a_folder_without_course_yaml_is_not_a_pack(pack: Path) -> None:
    (pack / "course.yaml").unlink()
    assert problems_of(pack) == [
        "course.yaml:1: This folder is not a course pack: it has no course.yaml."
    ]


def test_malformed_yaml_is_reported_at_its_line(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "estimated_minutes: 25", "estimated_minutes: [25")
    problems = problems_of(pack)
    assert len(problems) == 1
    assert problems[0].startswith("course.yaml:12: This is not valid YAML:")


def test_malformed_front_matter_is_reported_at_its_line_in_the_lesson(
    pack: Path, edit: Edit
) -> None:
    edit("lessons/welcome.md", "minutes: 10", "minutes: 10\nbad: [")
    problems = problems_of(pack)
    assert len(problems) == 1
    assert problems[0].startswith("lessons/welcome.md:4: This is not valid YAML:")


def test_a_file_not_saved_as_utf8_is_reported_at_the_line_of_the_bad_byte(pack: Path) -> None:
    path = pack / "lessons" / "welcome.md"
    path.write_bytes(
        path.read_bytes().replace(b"you look at", "you look at caf\xe9".encode("latin-1"))
    )
    assert problems_of(pack) == [
        "lessons/welcome.md:7: This file is not saved as UTF-8 text; save it again choosing "
        "the UTF-8 encoding."
    ]


def test_a_utf8_file_with_a_byte_order_mark_is_accepted(pack: Path) -> None:
    path = pack / "course.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems_of(pack) == []


def test_a_missing_manifest_key_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "audience: residents\n", "")
    assert problems_of(pack) == ["course.yaml:1: 'audience' is missing."]


def test_an_ill_typed_manifest_key_is_reported_at_its_line(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "estimated_minutes: 25", "estimated_minutes: lots")
    assert problems_of(pack) == [
        "course.yaml:11: 'estimated_minutes' must be a whole number, not 'lots'."
    ]


def test_a_misspelt_manifest_key_is_reported_as_unknown(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "audience: residents", "audience: residents\nsumary: oops")
    problems = problems_of(pack)
    assert len(problems) == 1
    assert problems[0].startswith("course.yaml:13: Unknown key 'sumary' in course.yaml;")


def test_a_version_that_is_not_three_numbers_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "version: 1.2.0", "version: 1.2")
    assert problems_of(pack) == [
        "course.yaml:2: 'version' must look like 1.0.0 (three whole numbers), not '1.2'."
    ]


def test_a_bad_course_id_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "id: sample-course", "id: Sample_Course")
    assert problems_of(pack) == [
        "course.yaml:1: The course id 'Sample_Course' is not a valid id: use lowercase letters "
        "a-z, digits and hyphens, start with a letter, at most 64 characters."
    ]


def test_a_bad_lesson_id_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "  - first-message", "  - first-message\n  - 2nd-lesson")
    assert problems_of(pack)[0].startswith("course.yaml:25: The lesson id '2nd-lesson' is not")


def test_an_unknown_digcomp_code_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", 'code: "4.2"', 'code: "6.1"')
    assert problems_of(pack) == [
        "course.yaml:19: '6.1' is not a DigComp competence code; use one from 1.1 to 5.4, like 2.1."
    ]


def test_an_unquoted_digcomp_code_is_read_as_written(pack: Path, edit: Edit) -> None:
    edit("course.yaml", 'code: "2.1"', "code: 2.1")
    assert problems_of(pack) == []


def test_a_level_outside_1_to_8_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "target_level: 3", "target_level: 9")
    assert problems_of(pack) == ["course.yaml:21: 'target_level' must be between 1 and 8, not 9."]


def test_a_target_level_not_above_the_entry_level_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "target_level: 3", "target_level: 2")
    assert problems_of(pack) == [
        "course.yaml:21: 'target_level' (2) must be higher than 'entry_level' (2)."
    ]


def test_a_listed_lesson_without_its_file_is_reported_at_the_listing(pack: Path) -> None:
    (pack / "lessons" / "first-message.md").unlink()
    assert problems_of(pack) == [
        "course.yaml:24: The lesson 'first-message' is listed, but there is no file "
        "lessons/first-message.md."
    ]


def test_a_lesson_file_not_listed_in_the_manifest_is_reported(pack: Path) -> None:
    (pack / "lessons" / "extra.md").write_text("---\ntitle: Extra\nminutes: 1\n---\nHi\n")
    assert problems_of(pack) == [
        "lessons/extra.md:1: The lesson 'extra' is not listed under 'lessons' in course.yaml, "
        "so nobody would see this file. Add the id there or remove the file."
    ]


def test_a_lesson_listed_twice_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "  - first-message", "  - first-message\n  - welcome")
    assert problems_of(pack) == ["course.yaml:25: The lesson 'welcome' is listed twice."]


def test_a_question_id_used_twice_is_reported(pack: Path, edit: Edit) -> None:
    edit("quizzes/welcome.yaml", "id: take-time", "id: where-new")
    edit("quizzes/welcome.pt.yaml", "id: take-time", "id: where-new")
    problems = problems_of(pack)
    assert "quizzes/welcome.yaml:6: The question id 'where-new' is used twice in this quiz." in (
        problems
    )


def test_a_missing_image_is_reported(pack: Path) -> None:
    (pack / "media" / "send.png").unlink()
    assert problems_of(pack) == [
        "lessons/first-message.md:11: The image 'media/send.png' is missing: there is no such "
        "file in the pack.",
        "lessons/first-message.pt.md:10: The image 'media/send.png' is missing: there is no "
        "such file in the pack.",
    ]


@pytest.mark.parametrize("path", ["../outside.png", "/etc/outside.png", "file:///etc/x.png"])
def test_an_image_path_leaving_the_pack_is_reported(pack: Path, edit: Edit, path: str) -> None:
    (pack.parent / "outside.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    edit("lessons/welcome.md", "media/tray.svg", path)
    assert problems_of(pack) == [
        f"lessons/welcome.md:9: The image path '{path}' leaves the pack; use a path like "
        "media/inbox.svg."
    ]


def test_an_image_linked_to_outside_the_pack_is_reported(pack: Path, edit: Edit) -> None:
    (pack.parent / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (pack / "media" / "linked.png").symlink_to(pack.parent / "secret.png")
    edit("lessons/welcome.md", "media/tray.svg", "media/linked.png")
    assert problems_of(pack)[0].startswith(
        "lessons/welcome.md:9: The image path 'media/linked.png' leaves the pack"
    )


def test_an_image_from_the_internet_is_reported(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", "media/tray.svg", "https://example.org/tray.svg")
    assert problems_of(pack) == [
        "lessons/welcome.md:9: The image 'https://example.org/tray.svg' is on the internet, so "
        "it cannot be shown offline; put the image file in media/ instead."
    ]


def test_an_image_of_another_type_is_reported(pack: Path, edit: Edit) -> None:
    (pack / "media" / "moving.gif").write_bytes(b"GIF89a")
    edit("lessons/welcome.md", "media/tray.svg", "media/moving.gif")
    assert problems_of(pack) == [
        "lessons/welcome.md:9: The image 'media/moving.gif' is not a PNG, JPEG or SVG file; "
        "only .png, .jpg, .jpeg and .svg images can be shown."
    ]


def test_a_program_renamed_to_png_is_reported(pack: Path) -> None:
    (pack / "media" / "send.png").write_bytes(b"MZ\x90\x00 not a picture")
    assert problems_of(pack)[0] == (
        "lessons/first-message.md:11: The image 'media/send.png' is not really a PNG image file."
    )


def test_an_image_without_alt_text_is_reported(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", "![A drawing of a letter tray holding three letters]", "![ ]")
    assert problems_of(pack) == [
        "lessons/welcome.md:9: The image 'media/tray.svg' has no alt text: write what it shows "
        "between the square brackets, like ![A drawing of an inbox](media/inbox.svg)."
    ]


def test_an_unknown_callout_kind_is_reported(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", '!!! tip "Tip"', '!!! danger "Tip"')
    assert problems_of(pack) == [
        "lessons/welcome.md:11: Unknown callout kind 'danger'; use one of tip, note, warning, "
        'country, like: !!! tip "Tip"'
    ]


def test_raw_html_in_a_lesson_is_reported(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", "In this lesson", '<div onclick="x">In this lesson')
    assert problems_of(pack) == [
        'lessons/welcome.md:7: Raw HTML (<div onclick="x">) is not allowed in a lesson: it '
        "would show as plain text. Use Markdown instead."
    ]


def test_angle_brackets_around_a_key_name_are_not_taken_for_html(pack: Path, edit: Edit) -> None:
    edit("lessons/welcome.md", "In this lesson", "Press <Enter>. In this lesson")
    assert problems_of(pack) == []


def test_a_lesson_without_front_matter_is_reported(pack: Path) -> None:
    (pack / "lessons" / "welcome.md").write_text("## No front matter\n", encoding="utf-8")
    assert problems_of(pack)[0].startswith(
        "lessons/welcome.md:1: A lesson must start with front matter"
    )


def test_a_quiz_answer_out_of_range_is_reported(pack: Path, edit: Edit) -> None:
    edit("quizzes/welcome.yaml", "answer: 1", "answer: 5")
    problems = problems_of(pack)
    assert (
        "quizzes/welcome.yaml:17: The answer 5 is out of range: there are 4 choices, numbered 1 "
        "to 4." in problems
    )


def test_a_multiple_choice_answer_out_of_range_is_reported(pack: Path, edit: Edit) -> None:
    edit("quizzes/first-message.yaml", "answer: [1, 3]", "answer: [1, 7]")
    problems = problems_of(pack)
    assert (
        "quizzes/first-message.yaml:18: The answer 7 is out of range: there are 4 choices, "
        "numbered 1 to 4." in problems
    )


def test_a_question_without_explanation_is_reported(pack: Path, edit: Edit) -> None:
    edit(
        "quizzes/welcome.yaml",
        "    explanation: New messages always land in the inbox first.\n",
        "",
    )
    assert "quizzes/welcome.yaml:6: 'explanation' is missing." in problems_of(pack)


def test_an_unknown_question_type_is_reported(pack: Path, edit: Edit) -> None:
    edit("quizzes/welcome.yaml", "type: true-false", "type: yes-no")
    assert (
        "quizzes/welcome.yaml:20: The question type must be one of single, multiple, "
        "true-false, order, match, text, not 'yes-no'." in problems_of(pack)
    )


def test_a_streak_longer_than_the_quiz_is_reported(pack: Path, edit: Edit) -> None:
    edit("quizzes/first-message.yaml", "value: 3", "value: 5")
    assert (
        "quizzes/first-message.yaml:4: The mastery 'value' must be between 1 and 4, not 5."
        in problems_of(pack)
    )


def test_a_claimed_language_without_a_lesson_translation_is_reported(pack: Path) -> None:
    (pack / "lessons" / "welcome.pt.md").unlink()
    assert problems_of(pack) == [
        "course.yaml:23: 'languages' claims 'pt', but the lesson 'welcome' has no translation "
        "lessons/welcome.pt.md."
    ]


def test_a_claimed_language_without_a_quiz_translation_is_reported(pack: Path) -> None:
    (pack / "quizzes" / "welcome.pt.yaml").unlink()
    assert problems_of(pack) == [
        "course.yaml:23: 'languages' claims 'pt', but the quiz of 'welcome' has no translation "
        "quizzes/welcome.pt.yaml."
    ]


def test_a_claimed_language_without_a_title_translation_is_reported(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "  pt:\n", "  pt-missing:\n")
    problems = problems_of(pack)
    assert (
        "course.yaml:8: 'languages' claims 'pt', but the course title and summary have no 'pt' "
        "translation under 'translations'." in problems
    )


def test_a_translation_for_a_language_not_claimed_is_ignored(pack: Path) -> None:
    # Translators may work on a language before it is complete and claimed.
    (pack / "lessons" / "welcome.es.md").write_text("---\ntitle: Hola\n---\nHola\n")
    assert problems_of(pack) == []


def test_a_translated_quiz_with_another_answer_is_reported(pack: Path, edit: Edit) -> None:
    edit("quizzes/welcome.pt.yaml", "answer: 1", "answer: 2")
    assert errors_of(pack) == [
        "quizzes/welcome.pt.yaml:6: The question 'where-new' differs from the original in its "
        "type, answer or number of choices, items or pairs; only the words may change."
    ]


def test_a_translated_quiz_with_other_question_ids_is_reported(pack: Path, edit: Edit) -> None:
    edit("quizzes/welcome.pt.yaml", "id: take-time", "id: take-your-time")
    assert problems_of(pack) == [
        "quizzes/welcome.pt.yaml:19: The questions must be the same as in the original quiz, "
        "in the same order: where-new, take-time."
    ]


def test_a_translated_quiz_with_fewer_choices_is_reported(pack: Path, edit: Edit) -> None:
    edit(
        "quizzes/welcome.pt.yaml",
        "      - text: No ambiente de trabalho\n        feedback: O ambiente de trabalho é o "
        "ecrã do computador, não do programa de e-mail.\n",
        "",
    )
    assert problems_of(pack) == [
        "quizzes/welcome.pt.yaml:6: The question 'where-new' differs from the original in its "
        "type, answer or number of choices, items or pairs; only the words may change."
    ]


def test_a_lesson_bigger_than_1_mb_is_too_big(pack: Path) -> None:
    path = pack / "lessons" / "welcome.md"
    path.write_text(path.read_text() + "word " * 300_000, encoding="utf-8")
    assert problems_of(pack) == [
        "lessons/welcome.md:1: This file is too big (1.4 MB); a lesson, quiz or course.yaml "
        "may be at most 1 MB. Split it into shorter lessons."
    ]


def test_a_pack_bigger_than_50_mb_is_too_big(pack: Path) -> None:
    with (pack / "media" / "huge.png").open("wb") as file:
        file.truncate(51 * 1024 * 1024)  # sparse: the size counts, the disk is spared
    assert problems_of(pack) == [
        "course.yaml:1: The pack is too big (51.0 MB); a pack may be at most 50.0 MB. Make the "
        "images smaller."
    ]


def test_every_problem_is_reported_in_one_run(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "audience: residents", "audience: tourists")
    edit("course.yaml", 'code: "4.2"', 'code: "9.9"')
    edit("quizzes/welcome.yaml", "answer: 1", "answer: 0")
    (pack / "media" / "tray.svg").unlink()
    problems = check_pack(pack)
    assert [(p.file, p.line) for p in problems] == [
        ("course.yaml", 12),
        ("course.yaml", 19),
        ("lessons/welcome.md", 9),
        ("lessons/welcome.pt.md", 9),
        ("quizzes/welcome.yaml", 17),
    ]


def test_loading_a_pack_with_problems_raises_with_all_of_them(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "audience: residents", "audience: tourists")
    (pack / "media" / "tray.svg").unlink()
    with pytest.raises(CoursePackError) as raised:
        load_pack(pack)
    assert len(raised.value.problems) == 3
    assert "This course pack has 3 problems" in raised.value.message


def test_hostile_yaml_aliases_are_refused_quickly(pack: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(10)
    )
    (pack / "course.yaml").write_text(bomb, encoding="utf-8")
    problems = problems_of(pack)
    assert problems[0].endswith("This YAML is too big or repeats itself too much to be read.")


def test_a_special_character_in_yaml_is_reported_at_its_line(pack: Path, edit: Edit) -> None:
    edit("course.yaml", "audience: residents", "audience: resi\x00dents")
    assert problems_of(pack) == [
        "course.yaml:12: This line holds a special character (#x0000) not allowed here."
    ]
