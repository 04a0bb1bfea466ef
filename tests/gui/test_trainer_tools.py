"""Trainers create, edit, archive and unlock learners, and add trainer accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from skillsapp.core.people import AgeBand, Gender
from skillsapp.core.signin import MAX_WRONG_PINS
from skillsapp.ui.learner_form import LearnerForm


def _save(qtbot, dialog):
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _trainer_home(window, trainer):
    window.begin_trainer(trainer)
    return window.current_screen


def test_a_trainer_creates_a_learner_who_then_has_a_tile(centre, trainer, open_window, qtbot):
    window = open_window(centre)
    tab = _trainer_home(window, trainer).learners_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form: LearnerForm = tab.form
    qtbot.keyClicks(form.first_name, "Rosa")
    qtbot.keyClicks(form.pin, "2580")
    form.gender.setCurrentIndex(form.gender.findData(Gender.FEMALE))
    form.age_band.setCurrentIndex(form.age_band.findData(AgeBand.FROM_75))
    form.keep_records.setChecked(True)
    _save(qtbot, form)
    assert not form.isVisible()
    [rosa] = centre.learners.list()
    assert (rosa.first_name, rosa.has_pin, rosa.gender, rosa.age_band) == (
        "Rosa",
        True,
        Gender.FEMALE,
        AgeBand.FROM_75,
    )
    assert tab.table.item(0, 0).text() == "Rosa"
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert [t.accessibleName() for t in window.current_screen.tiles] == ["Rosa"]


def test_the_form_refuses_a_missing_name_or_consent_in_plain_words(
    centre, trainer, open_window, qtbot
):
    window = open_window(centre)
    tab = _trainer_home(window, trainer).learners_tab
    tab.new_learner()
    form = tab.form
    _save(qtbot, form)
    assert form.isVisible() and "Please type a first name" in form.error.text()
    qtbot.keyClicks(form.first_name, "Rosa")
    _save(qtbot, form)
    assert "agree" in form.error.text()
    assert centre.learners.list() == []


def test_a_trainer_edits_and_archives_a_learner(centre, trainer, make_learner, open_window, qtbot):
    learner = make_learner("Rosa")
    window = open_window(centre)
    tab = _trainer_home(window, trainer).learners_tab
    tab.select(learner.id)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    tab.form.first_name.setText("Rosalind")
    _save(qtbot, tab.form)
    assert centre.learners.get(learner.id).first_name == "Rosalind"
    tab.select(learner.id)
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    assert centre.learners.get(learner.id).archived
    assert tab.table.rowCount() == 0


def test_a_trainer_unlocks_a_locked_learner(centre, trainer, make_learner, open_window, qtbot):
    learner = make_learner("Rosa", pin="2580")
    for _ in range(MAX_WRONG_PINS):
        centre.signin.learner_with_pin(learner.id, "0000")
    window = open_window(centre)
    tab = _trainer_home(window, trainer).learners_tab
    tab.select(learner.id)
    assert tab.table.item(0, 3).text().startswith("locked")
    qtbot.mouseClick(tab.unlock_button, Qt.MouseButton.LeftButton)
    assert centre.signin.learner_with_pin(learner.id, "2580").signed_in


def test_a_trainer_adds_another_trainer(centre, trainer, open_window, qtbot):
    window = open_window(centre)
    tab = _trainer_home(window, trainer).trainers_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.form.name, "Second Trainer")
    qtbot.keyClicks(tab.form.password, "long enough")
    qtbot.keyClicks(tab.form.password_again, "long enough")
    _save(qtbot, tab.form)
    assert sorted(t.name for t in centre.trainers.list()) == ["Petra Trainer", "Second Trainer"]
