"""The trainer assessment screen: recording with evidence, refusals, flags and exports."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.competences import Competences
from skillsapp.ui.trainer_assessment import TrainerAssessmentScreen
from tests.assessment_helpers import answer_everything


@pytest.fixture
def competences(centre) -> Competences:
    return Competences(centre)


@pytest.fixture
def screen(qtbot, competences, trainer, make_learner):
    widget = TrainerAssessmentScreen(competences, trainer, make_learner("Maria"))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_recording_with_a_checklist_stores_the_evidence(qtbot, screen, centre):
    choose(screen.competence, "4.2")
    choose(screen.task, "spot-phishing")
    assert len(screen.step_boxes) == 7
    screen.step_boxes[0].setChecked(True)
    screen.step_boxes[2].setChecked(True)
    screen.level.setValue(3)
    screen.note.setPlainText("Found the odd sender at once.")
    with qtbot.waitSignal(screen.saved) as signal:
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    recorded = signal.args[0]
    assert (recorded.code, recorded.level, recorded.steps_observed) == ("4.2", 3, (1, 3))
    statement = centre.log.get(recorded.statement_id)
    assert statement["result"]["extensions"][ce.NOTE] == "Found the odd sender at once."
    assert screen.table.item(14, 2).text() == "3"  # 4.2 is the 15th competence


def test_a_day_in_the_future_is_refused_on_screen(qtbot, screen, centre):
    before = centre.log.count()
    screen.day.setMaximumDate(QDate(2100, 1, 1))
    screen.day.setDate(QDate(2026, 3, 20))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.message.isVisible()
    assert "future" in screen.message.text()
    assert centre.log.count() == before


def test_self_and_trainer_levels_side_by_side_with_a_flag(qtbot, competences, screen):
    session = competences.self_assessments.start(screen.learner.id, "quick", "1")
    answer_everything(competences, session, 3)  # the top of the bank's ladder everywhere
    said = competences.self_assessments.finish(session).levels["1.2"]
    choose(screen.competence, "1.2")
    screen.level.setValue(2)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    choose(screen.competence, "1.3")
    screen.level.setValue(5)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.flagged_codes() == ["1.2"]
    assert [screen.table.item(1, c).text() for c in (1, 2, 3)] == [
        str(said),
        "2",
        "Differs by 2 or more",
    ]


def test_exports_write_pdf_europass_text_and_one_badge_per_validated_competence(
    qtbot, screen, tmp_path
):
    for code, level in (("2.1", 3), ("4.2", 4)):
        choose(screen.competence, code)
        screen.level.setValue(level)
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    screen.export_pdf(tmp_path / "profile.pdf")
    data = (tmp_path / "profile.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Count 1" in data  # one page
    screen.export_europass(tmp_path / "europass.txt")
    assert "2.1 Interacting through digital technologies: level 3" in (
        tmp_path / "europass.txt"
    ).read_text(encoding="utf-8")
    written = screen.export_badges(tmp_path)
    assert sorted(p.name for p in written) == ["digcomp-2.1.json", "digcomp-4.2.json"]
    badge = json.loads((tmp_path / "digcomp-4.2.json").read_text(encoding="utf-8"))
    assert badge["credentialSubject"]["result"][0]["achievedLevel"].endswith("/levels/4")


def test_saving_says_what_was_saved_in_words(qtbot, screen):
    choose(screen.competence, "2.1")
    screen.level.setValue(3)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.done.isVisible()
    short = screen.fw.competence("2.1").short
    assert screen.done.text() == f"Saved: level 3 for 2.1 {short}."
    screen.level.setValue(0)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.done.text() == f"Saved: “not yet” for 2.1 {short}."
    # A refusal takes the confirmation away: nothing was saved.
    screen.day.setMaximumDate(QDate(2100, 1, 1))
    screen.day.setDate(QDate(2099, 3, 20))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.done.isHidden()
    assert screen.message.isVisible()


@pytest.mark.parametrize("language", ["ro", "hu"])
def test_the_screen_speaks_the_trainers_language_and_fits_at_200_percent(
    centre, trainer, open_window, qtbot, tmp_path, language
):
    """Romanian and Hungarian at 200 % text in high contrast on 1366x768: every word
    translated (band, competences, day, confirmation), nothing outside the window."""
    from PySide6.QtWidgets import QApplication

    from skillsapp.core.framework import framework
    from skillsapp.ui.trainer_words import day_format
    from tests.gui import audit
    from tests.gui.screens import prepare

    ids = prepare(centre, trainer)
    window = open_window(centre)
    window.settings.text_scale, window.settings.high_contrast = 200, True
    window.settings.language = language
    window.show_start()  # the trainer's screens speak the PC's language
    window.begin_trainer(centre.trainers.list()[0])
    window.show_trainer_assessment(ids["Jonas"])
    screen = window.current_screen
    assert isinstance(screen, TrainerAssessmentScreen)
    window.resize(1366, 768)
    qtbot.wait(5)
    QApplication.processEvents()
    local = framework(language=language)
    assert screen.competence.itemText(0) == f"1.1 {local.competence('1.1').heading}"
    screen.level.setValue(2)
    assert screen.band.text() not in ("", "Foundation")
    assert screen.day.text() == QLocale().toString(screen.day.date(), day_format())
    shots = Path(os.environ.get("SKILLSAPP_AUDIT_SHOTS", tmp_path))
    window.grab().save(str(shots / f"{language}-trainer-assessment.png"))
    audit_found = audit.audit(screen, language)
    assert audit_found == [], audit_found
    choose(screen.competence, "2.1")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert local.competence("2.1").short in screen.done.text()
    assert not screen.done.text().startswith("Saved")
    window.grab().save(str(shots / f"{language}-trainer-assessment-saved.png"))
    assert audit.out_of_window(screen) == []
