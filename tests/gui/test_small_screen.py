"""Issue 16 on a small laptop: at 1024x600 and 200 % text in high contrast, the PIN screen's
OK, the lesson's main button and the home's "Continue" stay in view (the content above them
scrolls), and the home's course list still gets a fair part of the window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea

from skillsapp.core.people import LearnerDetails
from tests.gui import audit

# Screenshots for people to look at, where the screen audit puts its own (if set).
SHOTS = os.environ.get("SKILLSAPP_AUDIT_SHOTS")


@pytest.fixture
def resident(centre, trainer):
    """A Latvian resident with a PIN, half-way through a course, at 200 % in high contrast."""
    learner = centre.learners.create(LearnerDetails("Ilze", pin="4815"), by=trainer)
    pack = centre.catalogue.get("email-basics")
    centre.learning.open_lesson(learner.id, pack, pack.lessons[0], "lv")
    centre.learners.set_display(learner.id, 200, True)
    centre.learners.set_language(learner.id, "lv")
    return centre.learners.get(learner.id)


def _in_window(window, widget) -> bool:
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisibleTo(window) and window.rect().contains(place)


def _settle(window, qtbot, name: str) -> None:
    window.resize(1024, 600)
    qtbot.wait(5)
    QApplication.processEvents()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"1024x600-{name}.png"))


def test_primary_buttons_stay_in_view_at_1024x600_and_200_percent(
    centre, resident, open_window, qtbot
):
    window = open_window(centre)
    window.settings.text_scale, window.settings.high_contrast = 200, True
    window.settings.language = "lv"
    window.show_start()  # the PC's own display choices, as before a resident signs in
    window.learner_chosen(resident)
    _settle(window, qtbot, "pin")
    pin = window.current_screen
    assert _in_window(window, pin.ok_button)
    assert audit.out_of_window(window) == []

    window.begin_resident(resident)
    _settle(window, qtbot, "home")
    home = window.current_screen
    assert _in_window(window, home.continue_button)
    # The courses get room to be seen, not a sliver under the buttons.
    shelves = home.findChildren(QScrollArea)[0]
    assert shelves.viewport().height() >= window.height() // 3

    window.show_lesson("email-basics", "attachments")
    _settle(window, qtbot, "lesson")
    lesson = window.current_screen
    assert _in_window(window, lesson.next_button)
    assert audit.out_of_window(window) == []


def test_the_self_check_wraps_its_answers_and_buttons_at_1024x600_in_german(
    centre, resident, open_window, qtbot
):
    centre.learners.set_language(resident.id, "de")
    window = open_window(centre)
    window.begin_resident(centre.learners.get(resident.id))
    window.start_skills_check("quick", "4")
    _settle(window, qtbot, "self-check")
    screen = window.current_screen
    assert audit.clipped(window) == []
    assert audit.out_of_window(window) == []
    # Back and Pause wrap their words and, when that is not enough, go one under the
    # other, rather than being cut off at the column's edge.
    for button in (screen.back_button, screen.pause_button):
        row = button.parentWidget()
        assert row.rect().contains(button.geometry())
        assert button.height() >= button.heightForWidth(button.width())
    holder = screen.parentWidget().parentWidget()
    holder.ensureWidgetVisible(screen.pause_button)
    QApplication.processEvents()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "1024x600-self-check-bottom.png"))


def test_trainer_dialogs_and_resident_lists_fit_1024x600_at_200_percent(
    centre, trainer, resident, open_window, qtbot
):
    from skillsapp.core.history import Titles
    from skillsapp.ui.learner_page import AssignDialog
    from skillsapp.ui.trainer_words import current_language

    window = open_window(centre)
    window.settings.text_scale, window.settings.high_contrast = 200, True
    window.settings.language = "ro"
    window.show_start()
    window.resize(1024, 600)
    QApplication.processEvents()
    # A course title in a drop-down shows fewer characters rather than widen the dialog past
    # the window; opened, the list still shows every title whole.
    dialog = AssignDialog(
        centre, trainer, resident, Titles(centre.catalogue, current_language()), window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024
    dialog.close()
    # The resident's lists of lessons and of self-checks wrap their words instead of cutting.
    window.begin_resident(resident)
    for show in (lambda: window.show_course("email-basics"), window.show_skills_check_start):
        show()
        _settle(window, qtbot, "lists")
        problems = [p for p in audit.audit(window.current_screen, "lv") if p.startswith("clipped")]
        assert problems == []
