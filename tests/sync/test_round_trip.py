"""Every kind of statement the app makes goes to a real Ralph and comes back unchanged."""

from __future__ import annotations

import json

from skillsapp.core import learning_events as le
from skillsapp.core.events import Verb
from skillsapp.core.people import AgeBand, Gender, LearnerDetails
from skillsapp.core.signin import SignOutReason
from skillsapp.sync.engine import LRS_FIELDS
from skillsapp.sync.roster import UPDATED_PROFILE
from tests.conftest import assert_valid_xapi


def first_answer(question) -> object:
    """Some answer of the right shape (right or wrong does not matter here)."""
    match question.type:
        case "single":
            return 1
        case "true-false":
            return True
        case "multiple":
            return {1}
        case "order":
            return list(question.items)
        case "match":
            return dict(question.pairs)
        case _:
            return "an answer"


def do_everything(centre) -> str:
    """A learner registers, signs in, learns, answers, takes quizzes and signs out."""
    trainer = centre.trainers.list()[0]
    learner = centre.learners.create(
        LearnerDetails("Maria", pin="1234", gender=Gender.FEMALE, age_band=AgeBand.FROM_65),
        by=trainer,
    )
    centre.signin.learner_with_pin(learner.id, "1234")
    pack = centre.catalogue.get("email-basics")
    for lesson in pack.lessons:
        centre.learning.open_lesson(learner.id, pack, lesson, "en")
        quiz = lesson.quiz("en")
        if quiz is None:
            centre.learning.complete_lesson(learner.id, pack, lesson, "en")
            continue
        attempt = centre.learning.new_attempt()
        for q in quiz.questions:
            centre.learning.answer(learner.id, pack, lesson, q, first_answer(q), attempt, 1, "en")
        centre.learning.finish_quiz(learner.id, pack, lesson, quiz, attempt, "en")
    centre.signin.learner_signed_out(learner.id, SignOutReason.FINISHED)
    return learner.id


def without_lrs_fields(statement: dict) -> dict:
    return {k: v for k, v in statement.items() if k not in LRS_FIELDS}


def test_every_statement_kind_comes_back_equal_by_id_and_by_agent(ralph, account, first_pc) -> None:
    centre = first_pc.centre
    learner_id = do_everything(centre)
    engine = first_pc.engine(ralph.url, account)

    result = engine.sync_once()

    assert result.ok, result.problems
    assert centre.log.waiting_to_send() == 0
    ours = {s["id"]: s for s in map(centre.log.get, _all_ids(centre))}
    verbs = {s["verb"]["id"] for s in ours.values()}
    assert {
        Verb.REGISTERED[0],
        Verb.LOGGED_IN[0],
        Verb.LOGGED_OUT[0],
        le.EXPERIENCED[0],
        le.ANSWERED[0],
        le.COMPLETED[0],
        UPDATED_PROFILE[0],
    } <= verbs
    assert {le.PASSED[0], le.FAILED[0]} & verbs
    client = first_pc.client(ralph.url, account)
    for statement_id, statement in ours.items():
        theirs = client.get_statement(statement_id)
        assert theirs is not None
        assert_valid_xapi(theirs)
        assert without_lrs_fields(theirs) == statement
    agent = json.dumps({"account": {"homePage": centre.profile.iri, "name": learner_id}})
    by_agent, page = [], client.get_statements(agent=agent, limit=100)
    while True:
        by_agent += page.statements
        if not page.more:
            break
        page = client.next_page(page.more)
    expected = {i for i, s in ours.items() if s["actor"]["account"]["name"] == learner_id}
    assert {s["id"] for s in by_agent} == expected
    assert all(without_lrs_fields(s) == ours[s["id"]] for s in by_agent)


def test_the_lrs_sees_only_a_pseudonym_and_coarse_demographics(ralph, account, first_pc) -> None:
    centre = first_pc.centre
    do_everything(centre)
    first_pc.engine(ralph.url, account).sync_once()

    text = ralph.statements_file().read_text(encoding="utf-8")

    assert "Maria" not in text
    assert "Petra" not in text
    assert "scrypt$" not in text  # no PIN or password hash
    assert "female" in text and "65-74" in text


def test_a_second_sync_sends_nothing_again(ralph, account, first_pc) -> None:
    do_everything(first_pc.centre)
    engine = first_pc.engine(ralph.url, account)
    engine.sync_once()
    before = len(ralph.stored_ids())

    again = engine.sync_once()

    assert again.ok and again.pushed == 0 and again.pulled == 0
    assert len(ralph.stored_ids()) == before


def _all_ids(centre) -> list[str]:
    return [r[0] for r in centre.db.query("SELECT id FROM statements")]
