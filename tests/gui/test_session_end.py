"""Sessions end with Finish or after inactivity, and leave nothing of the person on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from skillsapp.core import events
from skillsapp.ui.resident_home import ResidentHome
from skillsapp.ui.start_screen import StartScreen


def _sign_in(window, qtbot, name):
    tile = next(t for t in window.current_screen.tiles if t.learner.first_name == name)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)


def _texts_on_screen(window) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def test_finish_signs_out_at_once_and_nothing_of_the_person_stays(
    centre, make_learner, open_window, qtbot
):
    learner = make_learner("Jonas")
    window = open_window(centre)
    _sign_in(window, qtbot, "Jonas")
    assert "Hello, Jonas" in _texts_on_screen(window)
    home = window.current_screen
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, StartScreen)
    assert "Hello, Jonas" not in _texts_on_screen(window)
    assert window.person_label.text() == ""
    assert not window.finish_button.isVisible()
    qtbot.waitUntil(lambda: home not in window.findChildren(ResidentHome))
    [out] = centre.log.for_actor(learner.id, events.Verb.LOGGED_OUT[0])
    assert out["context"]["extensions"][events.Extension.REASON] == "finished"


def test_inactivity_warns_then_signs_out(centre, make_learner, open_window, qtbot):
    learner = make_learner("Jonas")
    window = open_window(centre, idle_ms=200, warning_ms=300)
    _sign_in(window, qtbot, "Jonas")
    qtbot.waitUntil(window.idle_warning.isVisible, timeout=2000)
    assert "signed out in" in window.idle_text.text()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, StartScreen), timeout=3000)
    assert not window.idle_warning.isVisible()
    [out] = centre.log.for_actor(learner.id, events.Verb.LOGGED_OUT[0])
    assert out["context"]["extensions"][events.Extension.REASON] == "idle"


def test_i_am_still_here_keeps_the_session(centre, make_learner, open_window, qtbot):
    make_learner("Jonas")
    window = open_window(centre, idle_ms=200, warning_ms=5000)
    _sign_in(window, qtbot, "Jonas")
    qtbot.waitUntil(window.idle_warning.isVisible, timeout=2000)
    qtbot.mouseClick(window.still_here, Qt.MouseButton.LeftButton)
    assert not window.idle_warning.isVisible()
    assert isinstance(window.current_screen, ResidentHome)


def test_a_residents_text_size_and_contrast_are_remembered(
    centre, make_learner, open_window, qtbot
):
    learner = make_learner("Jonas")
    window = open_window(centre)
    _sign_in(window, qtbot, "Jonas")
    qtbot.mouseClick(window.current_screen.bigger, Qt.MouseButton.LeftButton)
    window.current_screen.contrast.setChecked(True)
    saved = centre.learners.get(learner.id)
    assert (saved.text_scale, saved.high_contrast) == (125, True)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    _sign_in(window, qtbot, "Jonas")
    assert window.current_screen.scale == 125 and window.current_screen.contrast.isChecked()
