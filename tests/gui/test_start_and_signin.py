"""Residents sign in from their tile (with or without a PIN); trainers with a password."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skillsapp.core import events
from skillsapp.core.signin import MAX_WRONG_PINS
from skillsapp.ui.pin_screen import PinScreen
from skillsapp.ui.resident_home import ResidentHome
from skillsapp.ui.start_screen import StartScreen
from skillsapp.ui.trainer_home import TrainerHome
from skillsapp.ui.trainer_signin import TrainerSignIn
from tests.conftest import TRAINER_PASSWORD


def _tile(window, name):
    return next(t for t in window.current_screen.tiles if t.learner.first_name == name)


def test_the_start_screen_shows_a_tile_per_active_learner(centre, make_learner, open_window):
    make_learner("Maria")
    make_learner("Jonas")
    archived = make_learner("Old Friend")
    centre.learners.archive(archived.id)
    window = open_window(centre)
    assert isinstance(window.current_screen, StartScreen)
    assert [t.accessibleName() for t in window.current_screen.tiles] == ["Jonas", "Maria"]


def test_a_learner_without_pin_is_in_with_one_click(centre, make_learner, open_window, qtbot):
    learner = make_learner("Jonas")
    window = open_window(centre)
    qtbot.mouseClick(_tile(window, "Jonas"), Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, ResidentHome)
    assert window.person_label.text() == "Jonas"
    assert window.finish_button.isVisible()
    assert centre.log.for_actor(learner.id, events.Verb.LOGGED_IN[0])


def test_a_learner_types_their_pin_with_the_keyboard(centre, make_learner, open_window, qtbot):
    make_learner("Maria", pin="4815")
    window = open_window(centre)
    tile = _tile(window, "Maria")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert isinstance(window.current_screen, PinScreen)
    qtbot.keyClicks(window.current_screen.pin, "4815")
    qtbot.keyClick(window.current_screen.pin, Qt.Key.Key_Return)
    assert isinstance(window.current_screen, ResidentHome)


def test_the_number_pad_types_the_pin(centre, make_learner, open_window, qtbot):
    make_learner("Maria", pin="2468")
    window = open_window(centre)
    qtbot.mouseClick(_tile(window, "Maria"), Qt.MouseButton.LeftButton)
    pin_screen = window.current_screen
    for digit in "2468":
        button = next(
            b for b in pin_screen.findChildren(type(pin_screen.ok_button)) if b.text() == digit
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin_screen.ok_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, ResidentHome)


def test_wrong_pins_are_explained_and_the_fifth_locks_the_profile(
    centre, make_learner, open_window, qtbot
):
    make_learner("Maria", pin="4815")
    window = open_window(centre)
    qtbot.mouseClick(_tile(window, "Maria"), Qt.MouseButton.LeftButton)
    screen = window.current_screen
    qtbot.keyClicks(screen.pin, "1111")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert screen.message.isVisible()
    assert "try 4 more times" in screen.message.text()
    for _ in range(MAX_WRONG_PINS - 1):
        qtbot.keyClicks(screen.pin, "1111")
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert "Too many wrong PINs" in screen.message.text()
    assert not screen.ok_button.isEnabled()
    assert screen.pin.text() == ""


def test_escape_goes_back_from_the_pin_screen(centre, make_learner, open_window, qtbot):
    make_learner("Maria", pin="4815")
    window = open_window(centre)
    qtbot.mouseClick(_tile(window, "Maria"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.current_screen.pin, Qt.Key.Key_Escape)
    assert isinstance(window.current_screen, StartScreen)


def test_the_trainer_signs_in_with_a_password(centre, open_window, qtbot):
    window = open_window(centre)
    qtbot.mouseClick(window.current_screen.trainer_button, Qt.MouseButton.LeftButton)
    screen = window.current_screen
    assert isinstance(screen, TrainerSignIn)
    qtbot.keyClicks(screen.password, "not the password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert "not right" in screen.message.text()
    assert screen.password.text() == ""
    qtbot.keyClicks(screen.password, TRAINER_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert isinstance(window.current_screen, TrainerHome)


def test_tab_walks_through_the_tiles_then_the_trainer_button(
    centre, make_learner, open_window, qtbot
):
    for name in ("Anna", "Bruno", "Carla"):
        make_learner(name)
    window = open_window(centre)
    window.activateWindow()
    visited = []
    for _ in range(4):
        visited.append(window.focusWidget().accessibleName())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert visited == ["Anna", "Bruno", "Carla", "Trainer sign-in"]
