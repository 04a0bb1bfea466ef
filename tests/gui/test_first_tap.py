"""A resident who taps a tile in the first seconds after the start, while the courses are
still being read on the worker, sees that their screen is coming (a moving bar, not a frozen
window) and gets it by itself as soon as the courses are ready. How long the window stalls
is measured by bench/first_tap.py."""

from __future__ import annotations

import threading

import pytest

from skillsapp.core.people import LearnerDetails
from skillsapp.core.signin import SignOutReason
from skillsapp.storage.settings import Settings
from skillsapp.ui.main_window import MainWindow
from skillsapp.ui.resident_home import ResidentHome
from skillsapp.ui.tasks import TaskRunner
from skillsapp.ui.waiting_screen import WaitingScreen


@pytest.fixture
def starting(centre, trainer, qtbot, tmp_path):
    """A window just started: the courses are read on the worker until ``release`` is set."""
    learner = centre.learners.create(LearnerDetails("Ilona"), by=trainer)
    centre.catalogue.reload()  # nothing read yet, as at the start
    release = threading.Event()
    runner = TaskRunner()
    folder = tmp_path / "pc"
    (folder / "courses").mkdir(parents=True)
    window = MainWindow(centre, Settings(language="hu"), runner, folder)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.load_courses(lambda: (release.wait(20), centre.catalogue.packs()))
    yield window, centre.learners.get(learner.id), release
    release.set()
    runner.wait()
    if window.languages is not None:  # the translator is global: leave English for the next
        window.languages.use("en")


def test_a_tap_while_the_courses_load_shows_they_are_coming_then_opens_the_home(starting, qtbot):
    window, learner, release = starting
    window.learner_chosen(learner)  # the tile, pressed at once
    assert isinstance(window.current_screen, WaitingScreen)
    assert window.current_screen.bar.maximum() == 0  # a moving bar
    assert not window.centre.catalogue.is_loaded
    release.set()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, ResidentHome))
    assert window.current_screen.learner.id == learner.id


def test_who_signs_out_while_waiting_is_not_signed_in_again_when_the_courses_come(starting, qtbot):
    window, learner, release = starting
    window.learner_chosen(learner)
    window.sign_out(SignOutReason.FINISHED)
    release.set()
    qtbot.waitUntil(lambda: window.centre.catalogue.is_loaded)
    qtbot.wait(50)
    assert window.learner is None
    assert not isinstance(window.current_screen, (ResidentHome, WaitingScreen))


def test_a_trainer_who_signs_in_at_once_waits_the_same_way(starting, trainer, qtbot):
    window, _learner, release = starting
    window.begin_trainer(trainer)
    assert isinstance(window.current_screen, WaitingScreen)
    release.set()
    qtbot.waitUntil(lambda: type(window.current_screen).__name__ == "TrainerHome")
