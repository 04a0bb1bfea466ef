"""Four kinds of evidence side by side: said, known (questions and course quizzes), did,
observed; the level concluded by the documented rule, conflicts flagged, older checks read
again under today's rules when the projection is rebuilt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.bank import Item
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.data_files import load_item_bank, load_knowledge
from skillsapp.core.assessment.evidence import Evidence, calibration_notes
from skillsapp.core.assessment.profile import TABLES
from skillsapp.core.events import activity
from tests.assessment_helpers import answer_everything
from tests.conftest import assert_valid_xapi
from tests.quiz_helpers import right_answer

FIXTURE = Path(__file__).parents[1] / "fixtures" / "assessment-bank"
TODAY = date(2026, 3, 2)


@pytest.fixture
def competences(centre) -> Competences:
    mine = Competences(centre, load_item_bank(FIXTURE), knowledge=load_knowledge(FIXTURE))
    centre._competences = mine  # screens and reports of this centre use the fixture bank
    return mine


def check(competences, learner_id, area, points, right):
    session = competences.self_assessments.start(learner_id, "quick", area)
    while (step := session.current) is not None:
        if isinstance(step, Item):
            competences.self_assessments.answer(session, points)
        elif right:
            competences.self_assessments.answer_question(session, step.answer)
        else:
            wrong = (not step.answer) if step.type == "true-false" else 1
            competences.self_assessments.answer_question(session, wrong)
    return competences.self_assessments.finish(session)


def test_the_rule_observed_beats_did_beats_known_beats_said():
    assert Evidence(said=5).concluded == 5
    assert Evidence(said=5, known=2).concluded == 2
    assert Evidence(said=5, known=2, did=3).concluded == 3
    assert Evidence(said=5, known=2, did=3, observed=4).concluded == 4
    assert Evidence(said=5, known=2, did=3, observed=4).concluded_kind == "observed"
    assert Evidence().concluded is None


def test_a_conflict_of_two_levels_or_more_is_flagged():
    assert not Evidence(said=3, known=4).conflict
    assert Evidence(said=1, known=3).conflict
    assert Evidence(said=6, known=4, observed=5).conflict
    assert Evidence(said=1, known=4).calibration == 3  # knows more than they thought
    assert Evidence(said=5, observed=2).calibration == -3


def test_the_profile_shows_said_and_known_apart(competences, make_learner):
    learner = make_learner("Maria")
    check(competences, learner.id, "4", 0, right=True)  # says "can't", knows everything
    entry = competences.profile(learner.id).entries["4.2"]
    assert entry.self_level == 0
    assert entry.known_level == 6
    assert entry.level == 6 and entry.evidence.concluded_kind == "known"
    assert entry.flagged


def test_a_trainer_observation_beats_known_and_said(competences, trainer, make_learner):
    learner = make_learner("Maria")
    check(competences, learner.id, "4", 3, right=True)
    competences.trainer_assessments.record(trainer.id, learner.id, "4.2", 2, TODAY)
    entry = competences.profile(learner.id).entries["4.2"]
    assert entry.evidence.levels() == {"observed": 2, "known": 6, "said": 6}
    assert entry.level == 2 and entry.flagged


def test_a_course_whose_quizzes_are_all_passed_is_known_evidence(centre, competences, make_learner):
    learner = make_learner("Maria")
    pack = centre.catalogue.get("email-basics")
    quizzed = [lesson for lesson in pack.lessons if lesson.quizzes]
    for lesson in quizzed[:-1]:
        pass_quiz(centre, learner.id, pack, lesson)
    assert not competences.profile(learner.id).entries  # one quiz still to pass
    pass_quiz(centre, learner.id, pack, quizzed[-1])
    profile = competences.profile(learner.id)
    for trained in pack.competences:
        entry = profile.entries[trained.code]
        assert entry.known_level == trained.target_level
        assert entry.course_id == "email-basics"
        assert entry.evidence.concluded_kind == "known"
    passed = centre.log.for_actor(learner.id, "http://adlnet.gov/expapi/verbs/passed")
    assert all(s["context"]["extensions"][ce.EVIDENCE_KIND] == "known" for s in passed)


def pass_quiz(centre, learner_id, pack, lesson):
    attempt = centre.learning.start_quiz(learner_id, pack, lesson, "en")
    while True:
        attempt.answer(right_answer(attempt.question))
        if not attempt.next():
            break
    assert attempt.finish().passed


def test_practice_tasks_slot_in_as_did(centre, competences, make_learner):
    learner = make_learner("Maria")
    check(competences, learner.id, "2", 3, right=False)
    with centre.db.transaction():
        task = centre.record(
            learner.id,
            ce.COMPLETED,
            activity(f"{ce.NS}/tasks/send-a-photo", f"{ce.NS}/activity-types/task", "Task"),
            result={"completion": True, "extensions": {ce.EVIDENCE_LEVEL: 3}},
            extensions={ce.COMPETENCE: "2.1", ce.EVIDENCE_KIND: ce.DID},
        )
    assert_valid_xapi(task)
    entry = competences.profile(learner.id).entries["2.1"]
    assert entry.evidence.levels() == {"did": 3, "known": 0, "said": 6}
    assert entry.level == 3


def test_an_older_check_is_read_again_under_the_new_rules(centre, make_learner):
    """A check recorded before "not yet": all "I can't" answers were stored as level 1.
    (The projection reads answers with the bundled bank, the one that asked them.)"""
    competences = centre.competences
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    answer_everything(competences, session, 0)
    old = {"1.1": 1, "1.2": 1, "1.3": 1}
    with centre.db.transaction():
        centre.record(
            learner.id,
            ce.COMPLETED,
            ce.check_object("quick", "1"),
            result={
                "completion": True,
                "extensions": {
                    ce.COMPETENCE_LEVELS: old,
                    ce.COMPETENCE_SCORES: {"1.1": 0, "1.2": 0, "1.3": 0},
                    ce.AREA_LEVELS: {"1": 1},
                    ce.DIGCOMP_VERSION: "2.2",
                },
            },
            registration=session.id,
            extensions=ce.check_context("2.2", "quick", "1"),
        )
    assert competences.profile(learner.id).self_levels == {"1.1": 0, "1.2": 0, "1.3": 0}
    before = {t: centre.db.query(f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}
    competences.rebuild()
    after = {t: centre.db.query(f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}
    assert [list(map(tuple, r)) for r in before.values()] == [
        list(map(tuple, r)) for r in after.values()
    ]
    assert competences.latest(learner.id).levels == {"1.1": 0, "1.2": 0, "1.3": 0}


def test_the_rebuild_equals_the_incremental_tables_with_every_kind(
    centre, clock, competences, trainer, make_learner
):
    learner = make_learner("Maria")
    check(competences, learner.id, "4", 2, right=True)
    clock.advance(days=1)
    check(competences, learner.id, "4", 1, right=False)
    competences.trainer_assessments.record(trainer.id, learner.id, "4.1", 0, TODAY)
    before = [tuple(r) for t in TABLES for r in centre.db.query(f"SELECT * FROM {t} ORDER BY 1, 2")]
    competences.rebuild()
    after = [tuple(r) for t in TABLES for r in centre.db.query(f"SELECT * FROM {t} ORDER BY 1, 2")]
    assert before == after
    entry = competences.profile(learner.id).entries["4.1"]
    assert entry.check_known_level == 0  # the latest check counts
    assert entry.level == 0 and entry.evidence.concluded_kind == "observed"


def test_kind_words_come_good_news_first_and_gaps_only_from_two_levels():
    notes = calibration_notes(
        {
            "1.1": Evidence(said=2, known=3),  # one more: said kindly
            "4.2": Evidence(said=5, known=4),  # one less: not worth a word
            "4.1": Evidence(said=5, observed=2),  # three less
            "2.1": Evidence(said=0, known=4),  # four more
            "3.1": Evidence(known=4),  # nothing said: nothing to calibrate
        }
    )
    assert [(n.code, n.more) for n in notes] == [("2.1", True), ("1.1", True), ("4.1", False)]
    assert notes[2].kind == "observed" and notes[2].measured == 2
