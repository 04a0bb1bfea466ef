"""A resident's self-assessment: statements, scoring, pause and resume, going back."""

from __future__ import annotations

import pytest

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.bank import Item
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.scoring import (
    area_levels,
    competence_level,
    competence_score,
    half_up_mean,
)
from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from tests.assessment_helpers import answer_everything
from tests.conftest import assert_valid_xapi


@pytest.fixture
def competences(centre: Centre) -> Competences:
    return Competences(centre)


def _item(level: int, code: str = "1.1") -> Item:
    return Item(f"i{level}", code, level, "skills", {"en": "x"})


# The examples of docs/competence-scoring.md, one by one.
def test_score_is_the_share_of_points_rounded_half_up():
    assert competence_score([3, 2, 1]) == 67
    assert competence_score([0, 0, 0]) == 0
    assert competence_score([3, 3]) == 100
    assert competence_score([1, 2]) == 50
    assert competence_score([0, 0, 1, 0, 0, 0]) == 6  # 5.56 -> 6


@pytest.mark.parametrize(
    ("answers", "level"),
    [((0, 0, 0), 0), ((1, 3, 3), 0), ((2, 1, 3), 1), ((3, 2, 1), 3), ((2, 2, 2), 5)],
)
def test_level_is_the_highest_level_reached_before_a_level_that_does_not_hold(answers, level):
    pairs = list(zip([_item(1), _item(3), _item(5)], answers, strict=True))
    assert competence_level(pairs) == level


def test_statements_at_the_same_level_count_together():
    a, b = _item(2), Item("other", "1.1", 2, "skills", {"en": "y"})
    assert competence_level([(a, 3), (b, 1)]) == 2  # mean 2 holds
    assert competence_level([(a, 2), (b, 1)]) == 0  # mean 1.5 does not: "not yet"


def test_attitude_statements_never_gate_a_level():
    skill = _item(1)
    attitude = Item("value", "1.1", 1, "attitude", {"en": "z"})
    higher = Item("value-3", "1.1", 3, "attitude", {"en": "z"})
    assert competence_level([(skill, 2), (attitude, 0)]) == 1
    assert competence_level([(skill, 2), (higher, 3)]) == 1  # attitude alone does not lift
    assert competence_level([(skill, 0), (attitude, 3)]) == 0


def test_area_level_is_the_mean_of_its_competences_rounded_half_up():
    assert half_up_mean([2, 3]) == 3
    assert half_up_mean([2, 2, 3]) == 2
    assert area_levels({"4.1": 2, "4.2": 3, "1.1": 5}) == {"1": 5, "4": 3}


def test_an_answer_outside_the_scale_is_not_scored():
    with pytest.raises(ValueError):
        competence_score([4])


def answer_all(competences: Competences, session, answer: int) -> None:
    answer_everything(competences, session, answer)


def test_quick_check_of_one_area_asks_only_that_area_easiest_first(competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "4")
    assert {item.area for item in session.items} == {"4"}
    assert {question.area for question in session.questions} <= {"4"}
    # Before any answer every statement and the first question of each competence lie ahead.
    first_questions = len({question.competence for question in session.questions})
    assert session.total == len(competences.bank.for_area("4")) + first_questions
    first = [item for item in session.items if item.competence == "4.1"]
    assert [item.level for item in first] == sorted(item.level for item in first)


def test_full_check_asks_every_statement(competences, make_learner):
    session = competences.self_assessments.start(make_learner("Maria").id, "full")
    first_questions = len({question.competence for question in session.questions})
    assert session.total == len(competences.bank.items) + first_questions
    assert {item.area for item in session.items} == {"1", "2", "3", "4", "5"}


def test_quick_check_without_an_area_is_refused(competences, make_learner):
    with pytest.raises(Refused):
        competences.self_assessments.start(make_learner("Maria").id, "quick", None)


def test_every_answer_and_the_result_are_valid_statements(centre, competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1", language="pt")
    answer_all(competences, session, 2)
    result = competences.self_assessments.finish(session)
    mine = {ce.ATTEMPTED[0], ce.ANSWERED[0], ce.COMPLETED[0]}
    statements = [s for s in centre.log.for_actor(learner.id) if s["verb"]["id"] in mine]
    verbs = [s["verb"]["id"] for s in statements]
    assert verbs.count(ce.ANSWERED[0]) == session.total
    assert verbs.count(ce.COMPLETED[0]) == (2 if session.questions else 1)  # said, known
    for statement in statements:
        assert_valid_xapi(statement)
        assert statement["context"]["registration"] == session.id
        assert statement["context"]["language"] == "pt"
    done = centre.log.get(result.statement_id)
    extensions = done["result"]["extensions"]
    top = max(item.level for item in competences.bank.for_area("1"))
    assert extensions[ce.COMPETENCE_LEVELS] == {"1.1": top, "1.2": top, "1.3": top}
    assert extensions[ce.COMPETENCE_SCORES] == {"1.1": 67, "1.2": 67, "1.3": 67}
    assert extensions[ce.AREA_LEVELS] == {"1": top}
    assert done["context"]["extensions"][ce.EVIDENCE_KIND] == ce.SAID
    assert extensions[ce.DIGCOMP_VERSION] == "2.2"
    assert all(key.startswith("https://w3id.org/skillsapp/xapi/extensions/") for key in extensions)


def test_answer_statement_names_the_item_competence_and_points(centre, competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "4")
    item = session.current
    competences.self_assessments.answer(session, 3)
    answered = centre.log.for_actor(learner.id, ce.ANSWERED[0])[0]
    assert answered["object"]["id"].endswith(f"/self-assessment/items/{item.id}")
    assert answered["result"]["score"] == {"raw": 3, "min": 0, "max": 3}
    assert answered["result"]["extensions"][ce.COMPETENCE] == item.competence


def test_finishing_before_every_statement_is_answered_is_refused(competences, make_learner):
    session = competences.self_assessments.start(make_learner("Maria").id, "quick", "1")
    competences.self_assessments.answer(session, 1)
    with pytest.raises(Refused):
        competences.self_assessments.finish(session)


def test_an_answer_outside_the_four_choices_is_refused_and_not_stored(
    centre, competences, make_learner
):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    before = centre.log.count()
    with pytest.raises(Refused):
        competences.self_assessments.answer(session, 4)
    assert centre.log.count() == before
    assert session.position == 0


def test_going_back_and_answering_again_keeps_the_latest_answer(competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    competences.self_assessments.answer(session, 0)
    competences.self_assessments.back(session)
    assert session.current_answer() == 0
    competences.self_assessments.answer(session, 3)
    answer_all(competences, session, 3)
    result = competences.self_assessments.finish(session)
    assert result.scores["1.1"] == 100


def test_a_paused_check_resumes_at_the_first_unanswered_statement(
    db, clock, competences, make_learner
):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "2", language="es")
    for answer in (3, 2, 1):
        competences.self_assessments.answer(session, answer)
    competences.self_assessments.back(session)
    competences.self_assessments.answer(session, 0)  # changed the third answer
    # Another PC of the centre (or the same one after a power cut) sees the same check.
    other_pc = Competences(Centre(db, clock=clock))
    resumed = other_pc.self_assessments.paused(learner.id)
    assert resumed is not None
    assert resumed.id == session.id
    assert resumed.position == 3 and resumed.answered == 3
    assert resumed.language == "es"
    assert [resumed.answers[item.id] for item in resumed.items[:3]] == [3, 2, 0]
    answer_all(other_pc, resumed, 2)
    other_pc.self_assessments.finish(resumed)
    assert other_pc.self_assessments.paused(learner.id) is None


def test_nothing_to_resume_before_any_check(competences, make_learner):
    assert competences.self_assessments.paused(make_learner("Maria").id) is None


def test_a_new_check_leaves_the_paused_one_behind(clock, competences, make_learner):
    learner = make_learner("Maria")
    first = competences.self_assessments.start(learner.id, "quick", "1")
    competences.self_assessments.answer(first, 1)
    clock.advance(minutes=5)
    second = competences.self_assessments.start(learner.id, "quick", "3")
    assert competences.self_assessments.paused(learner.id).id == second.id


def _ladder(answers: str) -> list[tuple[Item, int]]:
    """ "3 3 / 2 2" -> two statements at level 1 answered 3, two at level 2 answered 2."""
    pairs = []
    for level, group in enumerate(answers.split("/"), start=1):
        for n, points in enumerate(group.split()):
            pairs.append((Item(f"i{level}{n}", "1.1", level, "skills", {"en": "x"}), int(points)))
    return pairs


@pytest.mark.parametrize(
    ("answers", "level", "score"),
    [
        ("0 0 / 0 0 / 0 0 / 0 0 / 0 0 / 0 0", 0, 0),
        ("1 2 / 0 0 / 0 0 / 0 0 / 0 0 / 0 0", 0, 8),
        ("2 2 / 1 1 / 0 0 / 0 0 / 0 0 / 0 0", 1, 17),
        ("3 3 / 2 2 / 2 1 / 0 0 / 0 0 / 0 0", 2, 36),
        ("2 2 / 2 2 / 2 2 / 2 2 / 2 2 / 2 2", 6, 67),
        ("3 3 / 3 3 / 3 3 / 3 3 / 3 3 / 3 3", 6, 100),
        ("3 3 / 3 3 / 0 0 / 3 3 / 3 3 / 3 3", 2, 83),
    ],
)
def test_the_worked_examples_of_the_docs(answers, level, score):
    pairs = _ladder(answers)
    assert competence_level(pairs) == level
    assert competence_score(points for _, points in pairs) == score
