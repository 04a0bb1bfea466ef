"""The competence profile as a projection of the log: merge order, rebuild, comparisons."""

from __future__ import annotations

import random
from datetime import date

import pytest

from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.profile import TABLES
from skillsapp.core.assessment.recommend import recommend, summarise
from skillsapp.core.centre import Centre
from skillsapp.storage.database import Database
from tests.assessment_helpers import answer_everything


@pytest.fixture
def competences(centre: Centre) -> Competences:
    return Competences(centre)


def take_check(competences: Competences, learner_id: str, area: str | None, answer: int):
    kind = "quick" if area else "full"
    session = competences.self_assessments.start(learner_id, kind, area)
    answer_everything(competences, session, answer)
    return competences.self_assessments.finish(session)


def _tables(db: Database) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def test_profile_shows_the_latest_self_assessment(clock, competences, make_learner):
    learner = make_learner("Maria")
    take_check(competences, learner.id, "4", 1)
    clock.advance(days=30)
    take_check(competences, learner.id, "4", 2)
    profile = competences.profile(learner.id)
    assert profile.levels == {"4.1": 6, "4.2": 6, "4.3": 6, "4.4": 6}
    assert profile.area_levels == {"4": 6}


def test_validated_level_replaces_the_self_assessed_one_and_a_big_gap_is_flagged(
    competences, trainer, make_learner
):
    learner = make_learner("Maria")
    top = max(item.level for item in competences.bank.for_competence("1.1"))
    take_check(competences, learner.id, "1", 3)  # all at the top of the ladder
    competences.trainer_assessments.record(trainer.id, learner.id, "1.2", 3, date(2026, 3, 1))
    competences.trainer_assessments.record(trainer.id, learner.id, "1.3", top - 1, date(2026, 3, 1))
    profile = competences.profile(learner.id)
    assert profile.levels == {"1.1": top, "1.2": 3, "1.3": top - 1}
    assert profile.entries["1.2"].flagged
    assert not profile.entries["1.3"].flagged  # one level apart
    assert profile.self_levels["1.2"] == top


def test_the_latest_observed_day_counts_even_if_recorded_earlier(
    clock, competences, trainer, make_learner
):
    learner = make_learner("Maria")
    record = competences.trainer_assessments.record
    record(trainer.id, learner.id, "2.1", 4, date(2026, 2, 20))
    clock.advance(minutes=10)
    record(trainer.id, learner.id, "2.1", 2, date(2026, 1, 5))  # entered late
    assert competences.profile(learner.id).levels["2.1"] == 4


def test_rebuild_from_the_log_equals_the_incremental_tables(
    db, clock, competences, trainer, make_learner
):
    for name in ("Maria", "Jonas", "Ilse"):
        learner = make_learner(name)
        for answer in (0, 2, 3):
            take_check(competences, learner.id, random.choice("12345"), answer)
            clock.advance(hours=5)
        competences.trainer_assessments.record(trainer.id, learner.id, "4.2", 5, date(2026, 3, 1))
    incremental = _tables(db)
    assert incremental["competence_levels"]
    competences.rebuild()
    assert _tables(db) == incremental


def test_merging_statements_in_any_order_gives_the_same_profile(
    data_dir, db, clock, competences, trainer, make_learner
):
    learner = make_learner("Maria")
    take_check(competences, learner.id, None, 1)
    clock.advance(days=7)
    take_check(competences, learner.id, "2", 3)
    competences.trainer_assessments.record(trainer.id, learner.id, "2.3", 2, date(2026, 3, 5))
    clock.advance(days=1)
    competences.trainer_assessments.record(trainer.id, learner.id, "2.3", 6, date(2026, 3, 5))
    statements = [s for s in competences.centre.log.for_actor(learner.id)]
    statements.reverse()  # another PC receives them newest first
    other_db = Database.open(data_dir / "other.db", data_dir / "backups")
    try:
        other = Competences(Centre(other_db, clock=clock))
        other.centre.log.merge(statements, "2026-04-01T00:00:00.000Z")
        assert other.profile(learner.id) == competences.profile(learner.id)
        assert other.history(learner.id) == competences.history(learner.id)
    finally:
        other_db.close()


def test_change_since_last_time_per_area(clock, competences, make_learner):
    learner = make_learner("Maria")
    take_check(competences, learner.id, None, 1)  # every area "not yet" (0)
    clock.advance(days=20)
    take_check(competences, learner.id, "4", 2)
    assert competences.change_since_last_time(learner.id) == {"4": (0, 6)}


def test_no_change_to_show_after_the_first_check(competences, make_learner):
    learner = make_learner("Maria")
    take_check(competences, learner.id, "3", 2)
    assert competences.change_since_last_time(learner.id) == {}


def test_recommendations_fit_entry_and_target_levels_largest_gain_first(competences):
    packs = competences.centre.catalogue.packs()
    levels = {"4.1": 1, "4.2": 1, "2.1": 2, "1.1": 2, "1.2": 1, "5.1": 1}
    chosen = recommend(levels, packs)
    ids = [r.course_id for r in chosen]
    assert ids[0] == "passwords-and-scams"  # 4.1 1->3 and 4.2 1->2: gain 3
    for rec in chosen:
        pack = competences.centre.catalogue.get(rec.course_id)
        for c in pack.competences:
            if c.code in rec.competences:
                assert c.entry_level <= levels[c.code] < c.target_level
    assert 3 <= len(chosen) <= 5
    assert "email-basics" not in ids  # 2.1 is at its target 2; 2.5 was not assessed


def test_completed_courses_are_not_recommended(competences):
    packs = competences.centre.catalogue.packs()
    levels = {"4.1": 1, "4.2": 1}
    assert "passwords-and-scams" not in [
        r.course_id for r in recommend(levels, packs, done=["passwords-and-scams"])
    ]


def test_learner_recommendations_come_from_the_profile(competences, make_learner):
    learner = make_learner("Maria")
    take_check(competences, learner.id, "4", 0)
    ids = [r.course_id for r in competences.recommendations(learner.id)]
    assert "passwords-and-scams" in ids


def test_summary_praises_the_strongest_and_names_the_weakest_area():
    summary = summarise({"2.1": 4, "2.2": 3, "4.1": 1, "4.2": 2, "1.1": 3}, {"2.1": 80})
    assert summary.strongest == "2.1"
    assert summary.next_step == "4"


def test_summary_praises_nothing_below_level_three():
    assert summarise({"2.1": 2, "4.1": 1}).strongest is None


def test_not_yet_learners_are_recommended_the_courses_that_start_at_level_one(competences):
    packs = competences.centre.catalogue.packs()
    chosen = recommend({"4.1": 0, "4.2": 0}, packs)
    assert "passwords-and-scams" in [r.course_id for r in chosen]
    first = next(r for r in chosen if r.course_id == "passwords-and-scams")
    assert first.gain >= 4  # from "not yet" (0): every level of the course counts
