"""The self-assessment screen and the result screen, driven like a resident would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.data_files import load_item_bank, load_knowledge
from skillsapp.core.assessment.knowledge import KnowledgeQuestion
from skillsapp.ui.assessment_result import AssessmentResultScreen
from skillsapp.ui.self_assessment import SelfAssessmentScreen
from skillsapp.ui.skills_check_start import SkillsCheckStart
from tests.assessment_helpers import answer_everything


@pytest.fixture
def competences(centre) -> Competences:
    return Competences(centre)


def open_screen(qtbot, competences, session) -> SelfAssessmentScreen:
    screen = SelfAssessmentScreen(competences, session)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def test_one_statement_per_screen_with_four_big_answers_and_progress(
    qtbot, competences, make_learner
):
    session = competences.self_assessments.start(make_learner("Maria").id, "quick", "4")
    screen = open_screen(qtbot, competences, session)
    assert screen.statement.text() == session.items[0].text("en")
    assert screen.progress_text.text() == f"Statement 1 of {session.total}"
    shown = [b for b in screen.answer_buttons if b.isVisible()]
    assert [b.accessibleName() for b in shown] == list(
        competences.bank.answers(session.items[0].scale, "en")
    )
    assert all(b.height() >= 44 for b in shown)
    assert not screen.back_button.isEnabled()
    qtbot.mouseClick(screen.answer_buttons[2], Qt.MouseButton.LeftButton)
    assert screen.progress_text.text() == f"Statement 2 of {session.total}"
    assert screen.statement.text() == session.items[1].text("en")


def test_statements_and_answers_are_shown_in_the_learners_language(
    qtbot, competences, make_learner
):
    session = competences.self_assessments.start(make_learner("Maria").id, "quick", "1", "pt")
    screen = open_screen(qtbot, competences, session)
    assert screen.statement.text().startswith("Consigo escrever algumas palavras")
    assert screen.answer_buttons[0].accessibleName() == "Não consigo fazer isto"


def test_back_shows_the_previous_answer_to_change_it(qtbot, competences, make_learner):
    session = competences.self_assessments.start(make_learner("Maria").id, "quick", "1")
    screen = open_screen(qtbot, competences, session)
    qtbot.keyClick(screen, Qt.Key.Key_4)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.progress_text.text() == f"Statement 1 of {session.total}"
    assert screen.answer_buttons[3].isChecked()
    qtbot.mouseClick(screen.answer_buttons[0], Qt.MouseButton.LeftButton)
    assert session.answers[session.items[0].id] == 0


def test_escape_goes_back_a_statement_and_pauses_on_the_first(qtbot, competences, make_learner):
    session = competences.self_assessments.start(make_learner("Maria").id, "quick", "1")
    screen = open_screen(qtbot, competences, session)
    qtbot.keyClick(screen, Qt.Key.Key_4)
    qtbot.keyClick(screen.answer_buttons[0], Qt.Key.Key_Escape)  # from a button, too
    assert screen.progress_text.text() == f"Statement 1 of {session.total}"
    assert screen.answer_buttons[3].isChecked()
    with qtbot.waitSignal(screen.paused):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)


def test_pause_emits_paused_and_the_check_resumes_where_it_stopped(
    qtbot, competences, make_learner
):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "3")
    screen = open_screen(qtbot, competences, session)
    for _ in range(3):
        qtbot.mouseClick(screen.answer_buttons[1], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.paused):
        qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    resumed = competences.self_assessments.paused(learner.id)
    again = open_screen(qtbot, competences, resumed)
    # "With help" three times: a level that does not hold, so the higher statements of
    # that competence are not asked and the check is shorter.
    assert resumed.position == 3
    assert again.progress_text.text().endswith(f" 4 of {resumed.total}")
    assert resumed.total < len(resumed.items)


def test_answering_the_last_statement_finishes_with_the_result(
    qtbot, competences, make_learner, centre
):
    learner = make_learner("Maria")
    session = competences.self_assessments.start(learner.id, "quick", "1")
    screen = open_screen(qtbot, competences, session)
    results: list = []
    screen.finished.connect(results.append)
    while not results:  # by keyboard: "on my own" for statements, questions answered right
        step = session.current
        if isinstance(step, KnowledgeQuestion):
            qtbot.keyClick(screen, Qt.Key.Key_1 + screen._choices.index(step.answer))
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
        else:
            qtbot.keyClick(screen, Qt.Key.Key_3)
    [result] = results
    top = max(item.level for item in competences.bank.for_area("1"))
    assert result.levels == {"1.1": top, "1.2": top, "1.3": top}
    finished = 2 if session.questions else 1  # the check, and its knowledge result
    assert len(centre.log.for_actor(learner.id, ce.COMPLETED[0])) == finished


def finish_check(competences, learner_id, area, answer):
    session = competences.self_assessments.start(learner_id, "quick" if area else "full", area)
    answer_everything(competences, session, answer)
    return competences.self_assessments.finish(session)


def test_result_screen_says_what_is_strong_and_what_comes_next(qtbot, competences, make_learner):
    learner = make_learner("Maria")
    finish_check(competences, learner.id, "2", 3)
    finish_check(competences, learner.id, "4", 0)
    screen = AssessmentResultScreen(competences, learner.id)
    qtbot.addWidget(screen)
    assert screen.summary.text() == (
        "You are confident with e-mail and messages. Staying safe online is the next step."
    )
    assert 1 <= len(screen.course_buttons) <= 5
    with qtbot.waitSignal(screen.course_chosen) as signal:
        qtbot.mouseClick(screen.course_buttons[0], Qt.MouseButton.LeftButton)
    assert signal.args == ["passwords-and-scams"]


def test_result_screen_shows_the_change_since_last_time(qtbot, clock, competences, make_learner):
    learner = make_learner("Maria")
    finish_check(competences, learner.id, "4", 0)
    clock.advance(days=14)
    finish_check(competences, learner.id, "4", 2)
    screen = AssessmentResultScreen(competences, learner.id, high_contrast=True)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    assert not screen.change.isHidden()
    assert "Staying safe online: not yet before, level 6 now" in screen.change.text()
    assert screen.chart.before == {"4": 0}
    assert "staying safe online: 6" in screen.chart.accessibleDescription()
    image = screen.chart.grab().toImage()
    assert image.pixelColor(3, 3).name() == "#000000"  # high-contrast background


def test_a_german_speaking_resident_sees_the_topics_of_the_skills_check_in_german(
    centre, make_learner, open_window
):
    greta = make_learner("Greta", language="de")
    window = open_window(centre)
    window.begin_resident(centre.learners.get(greta.id))
    window.show_skills_check_start()
    screen = window.current_screen
    assert isinstance(screen, SkillsCheckStart)
    assert [button.text() for button in screen.area_buttons] == [
        "Informationen finden und prüfen",
        "Sich mit anderen austauschen",
        "Eigene Inhalte erstellen",
        "Sicher im Internet unterwegs sein",
        "Probleme mit der Technik lösen",
    ]
    assert screen.area_buttons[3].accessibleDescription().startswith("Ihre Geräte")


def test_statement_topic_and_result_use_the_residents_language(qtbot, competences, make_learner):
    greta = make_learner("Greta", language="de")
    session = competences.self_assessments.start(greta.id, "quick", "4", "de")
    screen = open_screen(qtbot, competences, session)
    assert session.items[0].competence == "4.1"
    assert screen.about.text() == "Ihre Geräte schützen"
    finish_check(competences, greta.id, "2", 3)
    finish_check(competences, greta.id, "4", 0)
    result = AssessmentResultScreen(competences, greta.id, "de")
    qtbot.addWidget(result)
    assert "E-Mails und Nachrichten" in result.summary.text()
    assert "Sicher im Internet unterwegs sein" in result.summary.text()


FIXTURE = Path(__file__).parents[1] / "fixtures" / "assessment-bank"


@pytest.fixture
def with_questions(centre) -> Competences:
    return Competences(centre, load_item_bank(FIXTURE), knowledge=load_knowledge(FIXTURE))


def test_knowledge_questions_follow_the_statements_with_feedback_by_keyboard(
    qtbot, with_questions, make_learner, centre
):
    learner = make_learner("Maria")
    session = with_questions.self_assessments.start(learner.id, "quick", "1", "ro")
    screen = open_screen(qtbot, with_questions, session)
    for _ in range(13):  # every statement of 1.1, all "easily"
        qtbot.keyClick(screen, Qt.Key.Key_4)
    assert screen.progress_text.text() == "Question 14 of 42"  # grows as answers are right
    assert screen.statement.text() == "Întrebarea 1.1 la nivelul 2 e falsă."
    shown = [b for b in screen.answer_buttons if b.isVisible()]
    assert len(shown) == 2  # true / false
    qtbot.keyClick(screen, Qt.Key.Key_2)  # "False": right
    assert screen.showing_feedback and "E falsă." in screen.feedback.text()
    assert not shown[0].isEnabled() and shown[1].isChecked()
    assert shown[1].text().endswith("(your answer)")
    qtbot.keyClick(screen, Qt.Key.Key_1)  # ignored while the feedback is shown
    assert len(session.responses) == 1
    assert screen.focusWidget() is screen.next_button
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
    question = session.current
    assert question.id == "k-1-1-four"
    shown = [b for b in screen.answer_buttons if b.isVisible()]
    order = session.shown_order(question)
    assert [b.accessibleName() for b in shown] == [question.choices_in("ro")[n - 1] for n in order]
    wrong = next(i for i, n in enumerate(order) if n != question.answer)
    qtbot.keyClick(screen, Qt.Key.Key_1 + wrong)
    assert "A treia e corectă." in screen.feedback.text()
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
    assert session.current.id == "f-1-2-1a"  # the climb of 1.1's questions stopped
    answered = centre.log.for_actor(learner.id, ce.ANSWERED[0])[-1]
    assert answered["result"]["success"] is False
    assert answered["result"]["extensions"][ce.SHOWN_ORDER] == list(order)


def test_result_shows_each_kind_of_evidence_and_kind_words(qtbot, with_questions, make_learner):
    learner = make_learner("Maria")
    session = with_questions.self_assessments.start(learner.id, "quick", "4")
    while (step := session.current) is not None:
        if isinstance(step, KnowledgeQuestion):
            with_questions.self_assessments.answer_question(session, step.answer)
        else:  # "with help" everywhere: level 1 does not hold
            with_questions.self_assessments.answer(session, 1)
    with_questions.self_assessments.finish(session)
    screen = AssessmentResultScreen(with_questions, learner.id, high_contrast=True)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    assert screen.evidence.codes == ["4.1", "4.2", "4.3", "4.4"]
    assert screen.evidence.text_of("4.2") == (
        "Protecting your personal details – You said: not yet · The questions showed: level 6 · "
        "Your level: level 6"
    )
    assert screen.calibration.text().splitlines()[0] == (
        "You know more about protecting your devices than you thought."
    )
    assert len(screen.calibration.text().splitlines()) == 3  # at most three notes


def test_not_yet_is_said_in_words_on_the_residents_home(qtbot, centre, make_learner):
    from skillsapp.ui.resident_home import ResidentHome

    learner = make_learner("Maria")
    finish_check(centre.competences, learner.id, "4", 0)
    home = ResidentHome(centre, centre.learners.get(learner.id))
    qtbot.addWidget(home)
    assert home.skills_line.text().endswith(": staying safe online not yet")
