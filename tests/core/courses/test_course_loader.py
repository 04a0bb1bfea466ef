"""A valid pack loads into the model, and whole folders of packs can be checked at once."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from skillsapp.core.courses import Mastery, check_paths, load_pack


def zip_folder(folder: Path, zip_path: Path, top: str | None = None) -> Path:
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder).as_posix()
            archive.write(path, f"{top}/{name}" if top else name)
    return zip_path


def test_the_sample_pack_loads_with_its_manifest(pack: Path) -> None:
    course = load_pack(pack)
    assert course.id == "sample-course"
    assert course.version == (1, 2, 0)
    assert course.version_text == "1.2.0"
    assert course.languages == ("en", "pt")
    assert course.title_in("pt") == "Um curso de exemplo para os testes"
    assert course.title_in("fr") == "A sample course for the tests"
    assert course.audience == "residents"
    assert course.digcomp_version == "2.2"
    assert [(c.code, c.entry_level, c.target_level) for c in course.competences] == [
        ("2.1", 1, 2),
        ("4.2", 2, 3),
    ]
    assert course.path == pack


def test_the_lessons_load_in_manifest_order_in_every_language(pack: Path) -> None:
    course = load_pack(pack)
    assert [lesson.id for lesson in course.lessons] == ["welcome", "first-message"]
    lesson = course.lesson("first-message")
    assert lesson.minutes == 15
    assert lesson.title == "Your first message"
    assert lesson.source == "lessons/first-message.md"
    assert lesson.text("pt").title == "A sua primeira mensagem"
    assert lesson.text("pt").source == "lessons/first-message.pt.md"
    assert lesson.text("es").title == "Your first message"  # falls back to the original
    assert lesson.text("en").markdown.startswith("## Writing a message")


def test_the_quizzes_load_with_every_question_type(pack: Path) -> None:
    course = load_pack(pack)
    quiz = course.lesson("first-message").quiz("en")
    assert quiz is not None
    assert quiz.mastery == Mastery("streak", 3)
    assert [q.type for q in quiz.questions] == ["multiple", "order", "match", "text"]
    multiple, order, match, text = quiz.questions
    assert multiple.answer == frozenset({1, 3})
    assert multiple.right_feedback == "Well done"
    assert order.items[0] == "Open the program"
    assert match.pairs[0] == ("Inbox", "Where new messages arrive")
    assert text.accepted == ("@", "at", "at sign")
    translated = course.lesson("first-message").quiz("pt")
    assert translated is not None
    assert translated.questions[3].accepted == ("@", "arroba")
    welcome = course.lesson("welcome").quiz("en")
    assert welcome is not None
    assert [(q.type, q.answer) for q in welcome.questions] == [("single", 1), ("true-false", False)]


def test_a_lesson_without_a_quiz_has_none(pack: Path) -> None:
    for name in ("welcome.yaml", "welcome.pt.yaml"):
        (pack / "quizzes" / name).unlink()
    course = load_pack(pack)
    assert course.lesson("welcome").quiz("en") is None


def test_check_paths_names_files_under_the_path_given(pack: Path, tmp_path: Path) -> None:
    (pack / "media" / "tray.svg").unlink()
    problems = [str(p) for p in check_paths([pack])]
    assert problems[0].startswith(f"{pack}/lessons/welcome.md:9: The image 'media/tray.svg'")


def test_check_paths_checks_a_folder_of_packs_pack_by_pack(pack: Path, tmp_path: Path) -> None:
    second = tmp_path / "second-course"
    shutil.copytree(pack, second)
    (second / "lessons" / "welcome.pt.md").unlink()
    (tmp_path / "not-a-pack").mkdir()
    problems = [str(p) for p in check_paths([tmp_path])]
    assert problems == [
        f"{tmp_path}/not-a-pack/course.yaml:1: This folder is not a course pack: it has no "
        "course.yaml.",
        f"{second}/course.yaml:23: 'languages' claims 'pt', but the lesson 'welcome' has no "
        "translation lessons/welcome.pt.md.",
    ]


def test_check_paths_checks_a_zipped_pack_with_or_without_a_top_folder(
    pack: Path, tmp_path: Path
) -> None:
    (pack / "lessons" / "welcome.pt.md").unlink()
    flat = zip_folder(pack, tmp_path / "flat.zip")
    nested = zip_folder(pack, tmp_path / "nested.zip", top="sample-course")
    problems = [str(p) for p in check_paths([flat, nested])]
    message = (
        "course.yaml:23: 'languages' claims 'pt', but the lesson 'welcome' has no translation "
        "lessons/welcome.pt.md."
    )
    assert problems == [f"{flat}/{message}", f"{nested}/sample-course/{message}"]


def test_check_paths_reports_a_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert [str(p) for p in check_paths([missing])] == [
        f"{missing}:1: There is no such file or folder."
    ]


def test_check_paths_finds_no_problem_in_a_valid_zipped_pack(pack: Path, tmp_path: Path) -> None:
    assert check_paths([zip_folder(pack, tmp_path / "good.zip")]) == []


def test_check_paths_given_a_course_yaml_checks_the_pack_around_it(pack: Path) -> None:
    (pack / "lessons" / "welcome.pt.md").unlink()
    problems = [str(p) for p in check_paths([pack / "course.yaml"])]
    assert problems == [
        f"{pack}/course.yaml:23: 'languages' claims 'pt', but the lesson 'welcome' has no "
        "translation lessons/welcome.pt.md."
    ]
