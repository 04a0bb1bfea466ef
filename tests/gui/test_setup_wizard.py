"""The first-run wizard creates the centre and its first trainer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skillsapp.core.centre import Centre
from skillsapp.ui.setup_wizard import SetupWizard
from skillsapp.ui.trainer_home import TrainerHome


def test_the_wizard_creates_the_centre_and_signs_the_trainer_in(db, open_window, qtbot):
    centre = Centre(db)
    window = open_window(centre)
    wizard = window.screen
    assert isinstance(wizard, SetupWizard)
    qtbot.keyClicks(wizard.centre_name, "Casa do Povo")
    wizard.language.setCurrentIndex(wizard.language.findData("pt"))
    qtbot.keyClick(wizard.centre_name, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.trainer_name, "Joana")
    qtbot.keyClicks(wizard.password, "secret-pass")
    qtbot.keyClicks(wizard.password_again, "secret-pass")
    qtbot.keyClick(wizard.password_again, Qt.Key.Key_Return)
    assert isinstance(window.screen, TrainerHome)
    assert centre.profile.name == "Casa do Povo" and centre.profile.language == "pt"
    assert [t.name for t in centre.trainers.list()] == ["Joana"]


def test_the_wizard_refuses_a_short_password_and_saves_nothing(db, open_window, qtbot):
    centre = Centre(db)
    window = open_window(centre)
    wizard = window.screen
    qtbot.keyClicks(wizard.centre_name, "Casa do Povo")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.trainer_name, "Joana")
    qtbot.keyClicks(wizard.password, "short")
    qtbot.keyClicks(wizard.password_again, "short")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in wizard.trainer_error.text()
    assert not centre.is_set_up


def test_the_wizard_refuses_an_empty_centre_name(db, open_window, qtbot):
    centre = Centre(db)
    wizard = open_window(centre).screen
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentIndex() == 0
    assert "Please type a centre name" in wizard.centre_error.text()
