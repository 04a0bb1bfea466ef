"""Knowledge questions inside the self-check: climbing per competence, shuffled choices read
back, right/wrong scored, a "known" level apart from the self-assessed one, valid xAPI."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.bank import Item
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.data_files import load_item_bank, load_knowledge
from skillsapp.core.assessment.knowledge import KnowledgeQuestion
from skillsapp.core.errors import Refused
from tests.conftest import assert_valid_xapi

FIXTURE = Path(__file__).parents[1] / "fixtures" / "assessment-bank"


@pytest.fixture
def competences(centre) -> Competences:
    return Competences(centre, load_item_bank(FIXTURE), knowledge=load_knowledge(FIXTURE))


def wrong(question: KnowledgeQuestion) -> bool | int:
    if question.type == "true-false":
        return not question.answer
    return 1 if question.answer != 1 else 2


def run(competences: Competences, session, points: int, right: bool) -> list[str]:
    """Answer every step; the ids asked, in order."""
    asked = []
    while (step := session.current) is not None:
        asked.append(step.id)
        if isinstance(step, Item):
            competences.self_assessments.answer(session, points)
        else:
            response = step.answer if right else wrong(step)
            competences.self_assessments.answer_question(session, response)
    return asked


def test_all_lowest_answers_give_not_yet_in_a_short_check(competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    asked = run(competences, session, 0, right=False)
    # Per competence: the two level-1 statements, the attitude statement, the first question.
    assert len(asked) == 3 * 4
    assert asked[:4] == ["f-1-1-1a", "f-1-1-1b", "f-1-1-values", "k-1-1-two"]
    result = competences.self_assessments.finish(session)
    assert result.levels == {"1.1": 0, "1.2": 0, "1.3": 0}
    assert result.scores == {"1.1": 0, "1.2": 0, "1.3": 0}
    assert result.known == {"1.1": 0, "1.2": 0, "1.3": 0}
    assert result.area_levels == {"1": 0}


def test_all_highest_answers_reach_the_top_of_the_ladder(competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "2")
    asked = run(competences, session, 3, right=True)
    assert len(asked) == 6 * (13 + 3)  # every statement and every question
    result = competences.self_assessments.finish(session)
    assert set(result.levels.values()) == {6}
    assert set(result.scores.values()) == {100}
    assert set(result.known.values()) == {6}


def test_a_wrong_answer_stops_the_questions_of_that_competence(competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "5")
    while not isinstance(session.current, KnowledgeQuestion):
        competences.self_assessments.answer(session, 2)
    first = session.current
    assert first.id == "k-5-1-two"
    assert competences.self_assessments.answer_question(session, first.answer) is True
    second = session.current
    assert second.id == "k-5-1-four"
    assert competences.self_assessments.answer_question(session, wrong(second)) is False
    assert session.current.id == "f-5-2-1a"  # k-5-1-six is not asked; 5.2 begins


def test_a_statement_level_that_does_not_hold_stops_the_statements_above_it(
    competences, make_learner
):
    session = competences.self_assessments.start(make_learner("Maria").id, "quick", "3")
    for points in (3, 3, 2, 1):  # level 1 holds, level 2 averages 1.5
        competences.self_assessments.answer(session, points)
    assert session.current.id == "f-3-1-values"  # attitude is still asked
    competences.self_assessments.answer(session, 3)
    assert session.current.id == "k-3-1-two"


def test_shuffled_choices_are_recorded_and_read_back(centre, competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "4", language="ro")
    run_until = "k-4-1-four"
    while session.current.id != run_until:
        step = session.current
        if isinstance(step, Item):
            competences.self_assessments.answer(session, 3)
        else:
            competences.self_assessments.answer_question(session, step.answer)
    question = session.current
    shown = session.shown_order(question)
    assert sorted(shown) == [1, 2, 3, 4]
    assert session.shown_order(question) == shown  # the same order while on screen
    competences.self_assessments.answer_question(session, 3)
    statement = centre.log.for_actor(learner.id, ce.ANSWERED[0])[-1]
    assert statement["result"]["extensions"][ce.SHOWN_ORDER] == list(shown)
    assert statement["result"]["response"] == "3"
    assert statement["result"]["success"] is True
    assert statement["context"]["extensions"][ce.EVIDENCE_KIND] == ce.KNOWN
    assert question.choices_in("ro")[int(statement["result"]["response"]) - 1] == (
        "a treia (corectă)"
    )


def test_orders_differ_between_checks(competences, make_learner):
    learner = make_learner("Maria")
    question = competences.knowledge.question("k-2-1-four")
    orders = set()
    for _ in range(12):
        session = competences.self_assessments.start(learner.id, "quick", "2")
        orders.add(session.shown_order(question))
    assert len(orders) > 1


def test_every_statement_is_valid_and_names_its_kind_of_evidence(centre, competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1", language="ro")
    run(competences, session, 2, right=True)
    result = competences.self_assessments.finish(session)
    statements = [
        s
        for s in centre.log.for_actor(learner.id)
        if s.get("context", {}).get("registration") == session.id
    ]
    kinds = {}
    for statement in statements:
        assert_valid_xapi(statement)
        kind = statement["context"]["extensions"].get(ce.EVIDENCE_KIND)
        kinds.setdefault(kind, 0)
        kinds[kind] += 1
    assert kinds[ce.KNOWN] == 3 * 3 + 1  # nine answers and the knowledge result
    assert kinds[None] == 1  # "attempted" is not evidence
    known = [s for s in statements if s["object"]["definition"]["type"] == ce.KNOWLEDGE_CHECK_TYPE]
    assert len(known) == 1
    assert known[0]["result"]["extensions"][ce.KNOWN_LEVELS] == result.known
    assert known[0]["result"]["extensions"][ce.KNOWLEDGE_ANSWERS]["1.1"] == [3, 3]
    assert known[0]["timestamp"] > centre.log.get(result.statement_id)["timestamp"]


def test_a_paused_check_resumes_inside_the_questions(competences, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    while not isinstance(session.current, KnowledgeQuestion):
        competences.self_assessments.answer(session, 3)
    first = session.current
    competences.self_assessments.answer_question(session, first.answer)
    second = session.current
    shown = session.shown_order(second)
    competences.self_assessments.answer_question(session, wrong(second))
    resumed = competences.self_assessments.paused(learner.id)
    assert resumed is not None
    assert resumed.current.id == "f-1-2-1a"
    assert resumed.responses == {first.id: first.answer, second.id: wrong(second)}
    assert resumed.shown[second.id] == shown


@pytest.mark.parametrize("response", [3, "true", None, 5, 0])
def test_an_answer_that_is_not_a_choice_is_refused_and_not_stored(
    centre, competences, make_learner, response
):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    while not isinstance(session.current, KnowledgeQuestion):
        competences.self_assessments.answer(session, 3)
    competences.self_assessments.answer_question(session, False)  # k-1-1-two: right
    assert session.current.type == "single"
    before = centre.log.count()
    bad = True if response == 3 else response  # True is not a choice number
    with pytest.raises(Refused):
        competences.self_assessments.answer_question(session, bad)
    assert centre.log.count() == before


def test_a_statement_answer_on_a_question_screen_is_refused(competences, make_learner):
    session = competences.self_assessments.start(make_learner("Maria").id, "quick", "1")
    while not isinstance(session.current, KnowledgeQuestion):
        competences.self_assessments.answer(session, 3)
    with pytest.raises(Refused):
        competences.self_assessments.answer(session, 2)


def test_the_history_names_the_knowledge_result(centre, competences, make_learner):
    from skillsapp.core.history import EventKind, learner_history

    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    run(competences, session, 3, right=True)
    competences.self_assessments.finish(session)
    [event] = [
        e for e in learner_history(centre, learner.id) if e.kind is EventKind.KNOWLEDGE_RESULT
    ]
    assert (event.right, event.questions) == (9, 9)
