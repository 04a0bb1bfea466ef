"""`skillsapp courses check` on the item bank's ladder and the knowledge questions: every
problem names its file and line, and the loaders refuse a broken question file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from skillsapp.core.assessment import check_assessment_data
from skillsapp.core.assessment.data_files import (
    AssessmentDataError,
    load_item_bank,
    load_knowledge,
)

FIXTURE = Path(__file__).parents[1] / "fixtures" / "assessment-bank"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    folder = tmp_path / "bank"
    shutil.copytree(FIXTURE, folder)
    return folder


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def drop_line(path: Path, text: str) -> None:
    path.write_text("".join(row for row in path.read_text().splitlines(True) if text not in row))


def test_the_fixture_bank_keeps_the_ladder(bank):
    assert check_assessment_data(bank) == []
    assert len(load_knowledge(bank).questions) == 63


def test_a_missing_level_names_file_line_and_how_the_ladder_differs(bank):
    items = bank / "items.en.yaml"
    for item in ("f-2-1-4a", "f-2-1-4b"):
        drop_line(items, f"id: {item},")
        drop_line(bank / "items.ro.yaml", f"{item}:")
    problems = check_assessment_data(bank)
    assert len(problems) == 1
    problem = problems[0]
    assert Path(problem.file).name == "items.en.yaml"
    assert problem.line == line_of(items, "id: f-2-1-1a,")  # the competence's first statement
    assert "Competence 2.1" in problem.message and "level 4" in problem.message
    assert "levels 1, 2, 3, 5, 6" in problem.message


def test_one_statement_at_a_level_is_not_enough(bank):
    items = bank / "items.en.yaml"
    drop_line(items, "id: f-1-3-5b,")
    drop_line(bank / "items.ro.yaml", "f-1-3-5b:")
    [problem] = check_assessment_data(bank)
    assert "Competence 1.3" in problem.message and "level 5" in problem.message


def test_attitude_statements_do_not_fill_a_rung_of_the_ladder(bank):
    items = bank / "items.en.yaml"
    text = items.read_text().replace(
        'id: f-1-1-2b, competence: "1.1", level: 2, scale: knowledge',
        'id: f-1-1-2b, competence: "1.1", level: 2, scale: attitude',
    )
    items.write_text(text)
    [problem] = check_assessment_data(bank)
    assert "Competence 1.1" in problem.message and "level 2" in problem.message


def test_the_app_still_loads_a_bank_with_an_uneven_ladder(bank):
    drop_line(bank / "items.en.yaml", "id: f-2-1-4a,")
    drop_line(bank / "items.ro.yaml", "f-2-1-4a:")
    assert load_item_bank(bank).for_competence("2.1")  # scoring skips the missing rung


def test_a_knowledge_question_without_a_right_answer_names_file_and_line(bank):
    path = bank / "knowledge.en.yaml"
    path.write_text(path.read_text().replace(" answer: 3,", "", 1))
    problems = check_assessment_data(bank)
    assert [Path(p.file).name for p in problems] == ["knowledge.en.yaml"]
    assert problems[0].line == line_of(path, "id: k-1-1-four,")
    assert "no right answer" in problems[0].message
    with pytest.raises(AssessmentDataError):
        load_knowledge(bank)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("answer: false", "answer: maybe", "true or false"),
        ("answer: 3,", "answer: 5,", "between 1 and 4"),
        ("type: single", "type: multiple", "'type' must be one of"),
        ('competence: "1.1", level: 2', 'competence: "1.1", level: 7', "between 1 and 6"),
    ],
)
def test_bad_questions_are_reported_on_their_line(bank, old, new, words):
    path = bank / "knowledge.en.yaml"
    path.write_text(path.read_text().replace(old, new, 1))
    problems = check_assessment_data(bank)
    assert problems and all(Path(p.file).name == "knowledge.en.yaml" for p in problems)
    assert any(words in p.message for p in problems)
    assert problems[0].line == line_of(path, new)


def test_a_translation_with_a_missing_question_or_other_choices_is_reported(bank):
    path = bank / "knowledge.ro.yaml"
    drop_line(path, "k-3-2-six:")
    path.write_text(path.read_text().replace('"a treia (corectă)", ', "", 1))
    problems = check_assessment_data(bank)
    assert {Path(p.file).name for p in problems} == {"knowledge.ro.yaml"}
    messages = " ".join(p.message for p in problems)
    assert "'k-3-2-six' has no translation" in messages
    assert "'choices' must have 4 to 4 entries" in messages


def test_translated_questions_are_read_in_their_language(bank):
    question = load_knowledge(bank).question("k-1-1-four")
    assert question.choices_in("ro")[2] == "a treia (corectă)"
    assert question.prompt("de") == question.prompt("en")  # no German file: English
    assert question.is_right(3) and not question.is_right(1) and not question.is_right(True)
