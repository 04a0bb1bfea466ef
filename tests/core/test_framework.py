"""The DigComp model and the item bank and checklist files, with their checks."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
import yaml

from skillsapp.core.assessment import check_assessment_data
from skillsapp.core.assessment.bank import data_folder, default_checklists, default_item_bank
from skillsapp.core.assessment.data_files import AssessmentDataError, load_item_bank
from skillsapp.core.framework import competence_iri, framework
from skillsapp.core.framework.model import description_languages


def test_both_versions_have_five_areas_and_the_same_21_codes():
    old, new = framework("2.2"), framework("3.0")
    assert [a.code for a in old.areas] == ["1", "2", "3", "4", "5"]
    assert len(old.codes) == 21
    assert old.codes == new.codes


def test_versions_differ_in_titles_and_band_names():
    assert framework("2.2").competence("2.5").title == "Netiquette"
    assert framework("3.0").competence("2.5").title == "Digital behaviour"
    assert framework("2.2").level(1).band == "Foundation"
    assert framework("3.0").level(1).band == "Basic"
    assert framework("3.0").level(8).band == "Highly advanced"


def test_every_competence_has_a_plain_description_and_short_name():
    for competence in framework("2.2").competences:
        assert competence.short and competence.short == competence.short.strip()
        assert competence.description.endswith(".")
        assert len(competence.description) < 160


def test_levels_outside_zero_to_eight_do_not_exist():
    with pytest.raises(KeyError):
        framework().level(9)
    with pytest.raises(KeyError):
        framework().level(-1)


def test_level_zero_is_not_yet_below_foundation():
    assert framework("2.2").level(0).band == "Not yet"
    assert framework("3.0").level(0).band == "Not yet"
    assert framework().level(1).band == "Foundation"
    assert 0 not in [level.number for level in framework().levels]  # not a DigComp level


def test_competence_iri_names_version_and_code():
    assert (
        competence_iri("2.2", "4.2")
        == "https://w3id.org/skillsapp/xapi/digcomp/2.2/competences/4.2"
    )


def test_bundled_item_bank_and_checklists_have_no_problems():
    assert check_assessment_data(data_folder()) == []


def test_item_bank_covers_every_competence_with_more_steps_in_areas_2_and_4():
    bank = default_item_bank()
    for code in framework().codes:
        items = bank.for_competence(code)
        assert len(items) >= (5 if code[0] in "24" else 3), code
        assert all(1 <= item.level <= 6 for item in items)
    assert set(bank.languages) >= {"en", "pt", "es"}
    assert {item.scale for item in bank.items} == {"knowledge", "skills", "attitude"}


def test_the_self_check_and_the_checklists_speak_every_interface_language():
    from skillsapp.core.languages import LANGUAGE_CODES

    bank = default_item_bank()
    assert set(bank.languages) == set(LANGUAGE_CODES)
    item = bank.item("data-spot-fake")
    assert "mensagem falsa" in item.text("pt")
    assert "mensaje falso" in item.text("es")
    texts = {item.text(code) for code in LANGUAGE_CODES}
    assert len(texts) == len(LANGUAGE_CODES)  # each language its own words, none fell back
    assert bank.answers("skills", "pt")[0] == "Não consigo fazer isto"
    for checklist in default_checklists():
        steps = {checklist.steps_in(code) for code in LANGUAGE_CODES}
        assert len(steps) == len(LANGUAGE_CODES), checklist.id
    assert item.text("xx") == item.text("en")  # an unknown language falls back to English


def test_there_are_checklists_for_the_common_tasks():
    ids = {c.id for c in default_checklists()}
    assert len(ids) >= 8
    assert {"email-with-attachment", "spot-phishing", "join-video-call", "pay-bill-online",
            "find-public-form", "strong-password"} <= ids  # fmt: skip


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "assessment"
    shutil.copytree(data_folder(), folder)
    return folder


def _edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` once and return the 1-based line where it was."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_wrong_competence_code_is_reported_with_file_and_line(data_copy):
    line = _edit(
        data_copy / "items.en.yaml", 'competence: "1.2", level: 1', 'competence: "1.9", level: 1'
    )
    problems = check_assessment_data(data_copy)
    assert any(
        p.file.endswith("items.en.yaml")
        and p.line == line
        and "'1.9' is not a DigComp" in p.message
        for p in problems
    ), problems


def test_level_outside_one_to_eight_is_reported(data_copy):
    line = _edit(data_copy / "checklists.en.yaml", "level: 4", "level: 9")
    problems = check_assessment_data(data_copy / "checklists.en.yaml")
    assert [(p.line, p.message) for p in problems] == [
        (line, "'level' must be between 1 and 8, not 9.")
    ]


def test_self_assessment_statement_above_level_six_is_reported(data_copy):
    _edit(data_copy / "items.en.yaml", 'competence: "2.1", level: 6', 'competence: "2.1", level: 7')
    messages = [p.message for p in check_assessment_data(data_copy)]
    assert any("level 7 is for trainer assessment only" in m for m in messages)


def test_missing_translation_is_reported(data_copy):
    _edit(data_copy / "items.pt.yaml", "  fix-restart:", "  fix-restarting:")
    problems = check_assessment_data(data_copy)
    messages = {(Path(p.file).name, p.message) for p in problems}
    assert (
        "items.pt.yaml",
        "The statement 'fix-restart' has no translation in items.pt.yaml.",
    ) in messages
    assert ("items.pt.yaml", "'fix-restarting' is not a statement of items.en.yaml.") in messages


def test_missing_checklist_translation_is_reported(data_copy):
    (data_copy / "checklists.pt.yaml").write_text(
        "language: pt\nchecklists:\n  share-photo:\n    task: Partilhar uma foto\n"
        "    steps: [Encontra a foto, Carrega em partilhar, Escolhe a pessoa, Envia]\n",
        encoding="utf-8",
    )
    messages = [p.message for p in check_assessment_data(data_copy)]
    assert "The checklist 'spot-phishing' has no translation in checklists.pt.yaml." in messages
    assert not any("share-photo" in m for m in messages)


def test_loading_a_bank_with_problems_is_refused(data_copy):
    _edit(data_copy / "items.en.yaml", "scale: skills", "scale: feelings")
    with pytest.raises(AssessmentDataError) as caught:
        load_item_bank(data_copy)
    assert "'scale' must be one of knowledge, skills, attitude." in str(caught.value)


def test_a_path_that_does_not_exist_is_one_problem(tmp_path):
    problems = check_assessment_data(tmp_path / "nowhere")
    assert [p.message for p in problems] == ["There is no such file or folder."]


def _framework_folder() -> Path:
    return Path(str(resources.files("skillsapp.core.framework")))


def test_every_shipped_language_describes_every_area_and_competence():
    languages = description_languages()
    assert set(languages) >= {"en", "de", "cs", "es", "pl", "lv", "pt", "it", "hu", "ro"}
    english = framework("2.2")
    for language in languages:
        words = yaml.safe_load(
            (_framework_folder() / f"descriptions.{language}.yaml").read_text(encoding="utf-8")
        )
        assert words["language"] == language
        assert sorted(words["areas"]) == [a.code for a in english.areas], language
        assert sorted(words["competences"]) == list(english.codes), language
        for entry in [*words["areas"].values(), *words["competences"].values()]:
            assert set(entry) == {"short", "description"}, language
            assert entry["short"].strip() and entry["description"].endswith("."), language
    assert check_assessment_data(_framework_folder()) == []


def test_framework_in_a_language_keeps_the_titles_and_translates_the_plain_words():
    german = framework("2.2", "de")
    assert german.competence("2.5").title == framework("2.2").competence("2.5").title
    assert german.area("4").short == "sicher im Internet unterwegs sein"
    assert german.area("4").heading == "Sicher im Internet unterwegs sein"
    assert german.competence("4.2").heading == "Ihre persönlichen Daten schützen"
    assert framework("3.0", "pt").competence("1.1").short == "pesquisar na internet"
    assert framework("2.2", "de") is framework("2.2", "de")  # built once per version and language


def test_a_language_without_descriptions_reads_english():
    english = framework("2.2")
    for language in ("fr", "../en", ""):
        other = framework("2.2", language)
        assert [a.short for a in other.areas] == [a.short for a in english.areas]
        assert [c.description for c in other.competences] == [
            c.description for c in english.competences
        ]


def test_description_file_with_a_missing_competence_or_unknown_code_is_reported(tmp_path):
    shutil.copy(_framework_folder() / "descriptions.de.yaml", tmp_path)
    file = tmp_path / "descriptions.de.yaml"
    unknown = _edit(file, '  "4.4":\n', '  "4.9":\n')
    heading = file.read_text(encoding="utf-8").split("\n").index("competences:") + 1
    no_short = _edit(file, '  "5.1":\n    short: kleine Probleme beheben\n', '  "5.1":\n')
    problems = [str(p) for p in check_assessment_data(file)]
    assert problems == [
        f"{file}:{heading}: The competence 4.4 is missing in 'competences'.",
        f"{file}:{unknown}: '4.9' is not a DigComp competence code; use one of "
        "1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 3.1, 3.2, 3.3, 3.4, "
        "4.1, 4.2, 4.3, 4.4, 5.1, 5.2, 5.3, 5.4.",
        f"{file}:{no_short}: 'short' is missing.",
    ]
