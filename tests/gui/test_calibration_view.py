"""The trainer's calibration view on a learner's page: every kind of evidence per competence,
how far the self-rating is from the evidence, and a filter for the disagreements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from skillsapp.core.assessment.bank import Item
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.data_files import load_item_bank, load_knowledge
from skillsapp.ui.learner_competences import LearnerCompetences

FIXTURE = Path(__file__).parents[1] / "fixtures" / "assessment-bank"


def test_calibration_view_shows_the_kinds_and_filters_disagreements(
    qtbot, centre, trainer, make_learner
):
    competences = Competences(centre, load_item_bank(FIXTURE), knowledge=load_knowledge(FIXTURE))
    centre._competences = competences
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "2")
    while (step := session.current) is not None:
        if isinstance(step, Item):
            competences.self_assessments.answer(session, 3)  # says "easily" everywhere
        elif step.competence == "2.1":
            competences.self_assessments.answer_question(session, step.answer)
        else:
            wrong = (not step.answer) if step.type == "true-false" else 1
            competences.self_assessments.answer_question(session, wrong)
    competences.self_assessments.finish(session)
    competences.trainer_assessments.record(trainer.id, learner.id, "2.2", 3, date(2026, 3, 1))
    view = LearnerCompetences(centre, learner)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    listed = view.levels
    assert listed.codes == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert listed.text_of("2.1") == (
        "2.1 E-mail and messages – Said: level 6 · Known: level 6 · Concluded: level 6"
    )
    assert listed.text_of("2.2") == (
        "2.2 Sharing photos and files – Said: level 6 · Known: not yet · Observed: level 3 · "
        "Concluded: level 3 · 3 above · talk it over"
    )
    assert listed.text_of("2.3").endswith("Concluded: not yet · 6 above · talk it over")
    view.only_disagreeing.setChecked(True)
    assert listed.codes == ["2.2", "2.3", "2.4", "2.5", "2.6"]
