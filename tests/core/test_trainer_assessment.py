"""Trainer assessment with evidence: statements, refusals, side by side, exports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.exports import europass_digital_skills, open_badges
from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused
from skillsapp.core.framework import framework
from skillsapp.core.ids import new_id
from tests.assessment_helpers import answer_everything
from tests.conftest import assert_valid_xapi

TODAY = date(2026, 3, 2)  # the FakeClock's day


@pytest.fixture
def competences(centre: Centre) -> Competences:
    return Competences(centre)


def test_assessment_is_a_valid_statement_with_the_trainer_as_instructor(
    centre, competences, trainer, make_learner
):
    learner = make_learner("Maria")
    recorded = competences.trainer_assessments.record(
        trainer.id, learner.id, "4.2", 3, TODAY, "spot-phishing", [1, 3, 2], "Spotted it quickly."
    )
    statement = centre.log.get(recorded.statement_id)
    assert_valid_xapi(statement)
    assert statement["actor"]["account"]["name"] == learner.id
    assert statement["context"]["instructor"]["account"]["name"] == trainer.id
    assert statement["object"]["id"] == (
        "https://w3id.org/skillsapp/xapi/digcomp/2.2/competences/4.2"
    )
    result = statement["result"]["extensions"]
    assert result[ce.OBSERVED_LEVEL] == 3
    assert result[ce.CHECKLIST] == "spot-phishing"
    assert result[ce.STEPS_OBSERVED] == [1, 2, 3]
    assert result[ce.NOTE] == "Spotted it quickly."
    assert statement["context"]["extensions"][ce.OBSERVED_ON] == "2026-03-02"
    assert competences.trainer_assessments.history(learner.id) == [recorded]


def test_level_is_stored_with_the_chosen_framework_version(
    centre, competences, trainer, make_learner
):
    learner = make_learner("Maria")
    recorded = competences.trainer_assessments.record(
        trainer.id, learner.id, "2.5", 7, TODAY, version="3.0"
    )
    statement = centre.log.get(recorded.statement_id)
    assert statement["object"]["id"].endswith("/digcomp/3.0/competences/2.5")
    assert "Digital behaviour" in statement["object"]["definition"]["name"]["en"]
    assert competences.profile(learner.id).entries["2.5"].trainer_version == "3.0"


@pytest.mark.parametrize("level", [9, -1, 2.5])
def test_level_outside_zero_to_eight_is_refused(centre, competences, trainer, make_learner, level):
    learner = make_learner("Maria")
    before = centre.log.count()
    with pytest.raises(Refused, match="from 0 to 8"):
        competences.trainer_assessments.record(trainer.id, learner.id, "4.2", level, TODAY)
    assert centre.log.count() == before


def test_a_day_in_the_future_is_refused(centre, competences, trainer, make_learner):
    learner = make_learner("Maria")
    before = centre.log.count()
    with pytest.raises(Refused, match="future"):
        competences.trainer_assessments.record(
            trainer.id, learner.id, "4.2", 3, TODAY + timedelta(days=2)
        )
    assert centre.log.count() == before


def test_a_learner_not_in_this_centre_is_refused(competences, trainer):
    with pytest.raises(Refused, match="not registered at this centre"):
        competences.trainer_assessments.record(trainer.id, new_id(), "4.2", 3, TODAY)


def test_someone_who_is_not_a_trainer_here_is_refused(competences, make_learner):
    learner = make_learner("Maria")
    with pytest.raises(Refused, match="Only a trainer"):
        competences.trainer_assessments.record(learner.id, learner.id, "4.2", 3, TODAY)


def test_unknown_competence_is_refused(competences, trainer, make_learner):
    with pytest.raises(Refused, match="not a DigComp competence"):
        competences.trainer_assessments.record(trainer.id, make_learner().id, "6.1", 3, TODAY)


def test_evidence_must_fit_the_competence_and_the_checklist(competences, trainer, make_learner):
    learner = make_learner("Maria")
    record = competences.trainer_assessments.record
    with pytest.raises(Refused, match="different competence"):
        record(trainer.id, learner.id, "4.1", 3, TODAY, "spot-phishing")
    with pytest.raises(Refused, match="numbered 1 to 7"):
        record(trainer.id, learner.id, "4.2", 3, TODAY, "spot-phishing", [8])
    with pytest.raises(Refused, match="not in the list"):
        record(trainer.id, learner.id, "4.2", 3, TODAY, "knitting")


def test_checklists_are_offered_per_competence(competences):
    ids = [c.id for c in competences.trainer_assessments.checklists_for("2.1")]
    assert ids == ["email-with-attachment", "join-video-call"]


def test_europass_text_marks_validated_and_self_assessed_levels(competences, trainer, make_learner):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "4")
    answer_everything(competences, session, 2)
    competences.self_assessments.finish(session)
    competences.trainer_assessments.record(trainer.id, learner.id, "4.2", 3, date(2026, 2, 20))
    text = europass_digital_skills(
        competences.profile(learner.id), framework("2.2"), "Lindenau Village Hall"
    )
    assert text.splitlines()[0] == (
        "Digital skills (DigComp 2.2, levels 1-8; not yet = below level 1)"
    )
    assert "Safety: level 5 (Advanced)" in text
    assert (
        "- 4.2 Protecting personal data and privacy: level 3 (Intermediate), validated by a "
        "trainer at Lindenau Village Hall on 2026-02-20" in text
    )
    assert "- 4.1 Protecting devices: level 6 (Advanced), self-assessed" in text
    assert "Problem solving" not in text


def test_one_open_badge_per_validated_competence_with_the_achieved_rubric_level(
    centre, competences, trainer, make_learner
):
    learner = make_learner("Maria")
    record = competences.trainer_assessments.record
    record(trainer.id, learner.id, "4.2", 2, date(2026, 1, 10), "spot-phishing", [1, 2])
    record(trainer.id, learner.id, "4.2", 4, date(2026, 2, 10), "spot-phishing", [1, 2, 3, 4])
    record(trainer.id, learner.id, "2.1", 3, date(2026, 2, 1))
    badges = open_badges(
        competences.profile(learner.id),
        competences.trainer_assessments.history(learner.id),
        framework("2.2"),
        "Maria",
        centre.profile.iri,
        centre.profile.name,
        competences.trainer_assessments.checklists,
    )
    assert len(badges) == 2
    privacy = next(b for b in badges if "4.2" in b["credentialSubject"]["achievement"]["name"])
    assert privacy["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    subject = privacy["credentialSubject"]
    alignment = subject["achievement"]["alignment"][0]
    assert alignment["targetCode"] == "4.2"
    assert alignment["targetFramework"] == "DigComp 2.2"
    assert alignment["targetUrl"].endswith("/digcomp/2.2/competences/4.2")
    rubric = subject["achievement"]["resultDescription"][0]
    assert len(rubric["rubricCriterionLevel"]) == 8
    assert subject["result"][0]["achievedLevel"] == rubric["rubricCriterionLevel"][3]["id"]
    assert "4 of 7 observable steps" in subject["achievement"]["criteria"]["narrative"]
    assert privacy["issuer"]["id"] == centre.profile.iri


def test_a_trainer_can_record_not_yet(centre, competences, trainer, make_learner):
    learner = make_learner("Maria")
    done = competences.trainer_assessments.record(trainer.id, learner.id, "4.2", 0, TODAY)
    statement = centre.log.get(done.statement_id)
    assert statement["result"]["score"] == {"raw": 0, "min": 0, "max": 8}
    assert_valid_xapi(statement)
    assert competences.profile(learner.id).levels == {"4.2": 0}


def test_not_yet_earns_no_badge_and_reads_not_yet_in_europass(competences, trainer, make_learner):
    learner = make_learner("Maria")
    competences.trainer_assessments.record(trainer.id, learner.id, "4.2", 0, TODAY)
    competences.trainer_assessments.record(trainer.id, learner.id, "4.1", 3, TODAY)
    profile = competences.profile(learner.id)
    history = competences.trainer_assessments.history(learner.id)
    badges = open_badges(profile, history, framework(), "Maria", "https://c.example", "C")
    assert [b["name"].split(":")[0] for b in badges] == [framework().competence("4.1").title]
    text = europass_digital_skills(profile, framework(), "C")
    assert "4.2" in text and "not yet (below level 1)" in text
