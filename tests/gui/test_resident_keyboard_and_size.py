"""A resident of a village centre, keyboard only, at 200 % text in high contrast, in Romanian,
Hungarian and Latvian: home starts on "Continue", Enter opens tiles, cards and lessons, the
cards grow at once with A+, nothing of "Continue where I left off" is cut off, radio buttons
stay round, and lessons and quizzes have their own text size keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QStyle, QStyleOptionButton

from skillsapp.core.people import LearnerDetails
from skillsapp.ui.course_page import CoursePage
from skillsapp.ui.lesson_view import LessonView
from skillsapp.ui.resident_home import ResidentHome
from skillsapp.ui.theme import HIGH_CONTRAST
from tests.gui import audit

LANGUAGES = ("ro", "hu", "lv")


@pytest.fixture
def resident(centre, trainer):
    """A resident half-way through a course, at 200 % text in high contrast."""
    learner = centre.learners.create(LearnerDetails("Ileana"), by=trainer)
    pack = centre.catalogue.get("email-basics")
    centre.learning.open_lesson(learner.id, pack, pack.lessons[0], "en")
    centre.learning.complete_lesson(learner.id, pack, pack.lessons[0], "en")
    centre.learning.open_lesson(learner.id, pack, pack.lessons[1], "en")
    centre.learners.set_display(learner.id, 200, True)
    return learner


def _home(window, centre, learner, language, qtbot) -> ResidentHome:
    centre.learners.set_language(learner.id, language)
    window.show_start()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tile = next(t for t in window.current_screen.tiles if t.learner.id == learner.id)
    tile.setFocus()
    QTest.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, ResidentHome))
    return window.current_screen


@pytest.mark.parametrize("language", LANGUAGES)
def test_enter_on_a_tile_opens_home_on_continue_and_a_plus_is_not_first(
    centre, resident, open_window, qtbot, language
):
    window = open_window(centre)
    home = _home(window, centre, resident, language, qtbot)
    assert window.focusWidget() is home.continue_button
    order = audit.tab_order(window, 6)
    assert order[0] is home.continue_button
    assert home.bigger not in order[:4] and home.smaller not in order[:4]
    # Its words are as readable as any primary button's (black on yellow in high contrast).
    words = home.continue_button.label.palette().color(QPalette.ColorRole.WindowText)
    assert words == QColor(HIGH_CONTRAST.accent_text)
    QTest.keyClick(home.continue_button, Qt.Key.Key_Return)
    assert isinstance(window.current_screen, LessonView)


@pytest.mark.parametrize("language", LANGUAGES)
def test_enter_on_a_course_card_and_a_lesson_button_opens_them(
    centre, resident, open_window, qtbot, language
):
    window = open_window(centre)
    home = _home(window, centre, resident, language, qtbot)
    card = home.all_courses.cards[0]
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Return)
    page = window.current_screen
    assert isinstance(page, CoursePage) and page.pack.id == card.pack.id
    page.lesson_buttons[1].setFocus()
    QTest.keyClick(page.lesson_buttons[1], Qt.Key.Key_Enter)
    assert isinstance(window.current_screen, LessonView)


@pytest.mark.parametrize("language", LANGUAGES)
def test_cards_grow_at_once_with_a_plus_and_continue_is_whole_at_200_percent(
    centre, resident, open_window, qtbot, language
):
    centre.learners.set_display(resident.id, 150, True)
    window = open_window(centre)
    window.resize(1366, 768)
    home = _home(window, centre, resident, language, qtbot)
    before = home.all_courses.cards[0].width()
    home.bigger.setFocus()
    QTest.keyClick(home.bigger, Qt.Key.Key_Space)  # 150 % -> 175 %
    QTest.keyClick(window.current_screen.bigger, Qt.Key.Key_Space)  # -> 200 %
    home = window.current_screen
    QApplication.processEvents()
    card = home.all_courses.cards[0]
    assert card.width() > before
    title = card.findChildren(type(home.scale_label))[0]
    assert title.fontMetrics().height() * 2 <= card.height()
    problems = audit.clipped(home)
    assert [p for p in problems if "Continu" in p or "Folytat" in p or "Turpin" in p] == []
    assert problems == []


def test_radio_buttons_are_round_in_high_contrast(centre, resident, open_window, qtbot):
    window = open_window(centre)
    _home(window, centre, resident, "ro", qtbot)
    window.show_quiz("email-basics", "attachments")
    radios = [r for r in window.current_screen.findChildren(QRadioButton) if r.isVisible()]
    assert radios
    picture = radios[0].grab().toImage()
    option = QStyleOptionButton()
    radios[0].initStyleOption(option)
    indicator = (
        radios[0]
        .style()
        .subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radios[0])
    )
    # A round mark leaves its corner in the window's colour; a square one paints it.
    corner = QColor(picture.pixel(indicator.topLeft() + QPoint(1, 1)))
    middle = QColor(picture.pixel(indicator.center()))
    assert corner != middle


@pytest.mark.parametrize("screen", ["lesson", "quiz"])
def test_ctrl_plus_and_minus_change_the_text_size_inside_lessons_and_quizzes(
    centre, resident, open_window, qtbot, screen
):
    window = open_window(centre)
    _home(window, centre, resident, "hu", qtbot)
    centre.learners.set_display(resident.id, 150, True)
    window.learner = centre.learners.get(resident.id)
    show = window.show_lesson if screen == "lesson" else window.show_quiz
    show("email-basics", "attachments")
    QTest.keyClick(window.current_screen, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert centre.learners.get(resident.id).text_scale == 175
    QTest.keyClick(window.current_screen, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert centre.learners.get(resident.id).text_scale == 150
