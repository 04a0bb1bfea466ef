"""A resident takes a course: home, course page, lesson, quiz with feedback, result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from skillsapp.core import learning_events as le
from skillsapp.ui.course_page import CoursePage
from skillsapp.ui.lesson_view import LessonView
from skillsapp.ui.quiz_view import QuizView
from skillsapp.ui.resident_home import ResidentHome
from tests.gui.conftest import answer_message_box
from tests.quiz_helpers import give, right_answer, wrong_answer

SAMPLE_PACKS = Path(__file__).parent.parent / "fixtures" / "packs"


def _signed_in(centre, make_learner, open_window, **kw):
    learner = make_learner("Jonas", **kw)
    window = open_window(centre)
    window.begin_resident(centre.learners.get(learner.id))
    return window, learner


def test_the_home_lists_every_course_and_opens_a_course_page(
    centre, make_learner, open_window, qtbot
):
    window, _ = _signed_in(centre, make_learner, open_window)
    home = window.current_screen
    assert isinstance(home, ResidentHome)
    assert not home.continue_button.isVisible()
    titles = [card.pack.id for card in home.all_courses.cards]
    assert len(titles) >= 8 and "email-basics" in titles
    card = next(c for c in home.all_courses.cards if c.pack.id == "email-basics")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, CoursePage)
    qtbot.mouseClick(window.current_screen.go_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, LessonView)
    assert window.current_screen.lesson.id == "what-is-email"


def test_a_whole_quiz_with_a_wrong_answer_retried(centre, make_learner, open_window, qtbot):
    window, learner = _signed_in(centre, make_learner, open_window)
    window.show_lesson("email-basics", "what-is-email")
    qtbot.mouseClick(window.current_screen.next_button, Qt.MouseButton.LeftButton)
    view = window.current_screen
    assert isinstance(view, QuizView)
    assert not view.check_button.isEnabled()  # nothing chosen yet
    first = view.question
    give(view, wrong_answer(first))
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert view.verdict.text() == (first.wrong_feedback or "Not quite")
    # While a retry is offered the explanation stays hidden: it would give the answer away.
    assert not view.explanation.isVisible()
    assert view.retry_button.isVisible() and view.retry_button.objectName() == "primary"
    assert view.next_button.objectName() != "primary"
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    for _ in view.quiz.questions:
        give(view, right_answer(view.question))
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
        assert view.verdict.text() == (view.question.right_feedback or "That's right")
        assert view.explanation.isVisible()
        assert view.explanation.text() == view.question.explanation
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.outcome is not None
    answers = centre.log.for_actor(learner.id, le.ANSWERED[0])
    assert len(answers) == len(view.quiz.questions) + 1
    assert sorted(a["result"]["extensions"][le.TRY] for a in answers)[-1] == 2
    qtbot.mouseClick(view.result.finish_button, Qt.MouseButton.LeftButton)
    page = window.current_screen
    assert isinstance(page, CoursePage)
    assert page.lesson_buttons[0].text().startswith("✓")


def test_continue_where_i_left_off_opens_the_last_lesson(centre, make_learner, open_window, qtbot):
    window, _ = _signed_in(centre, make_learner, open_window)
    window.show_lesson("passwords-and-scams", "keeping-passwords")
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    tile = window.current_screen.tiles[0]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    home = window.current_screen
    assert home.continue_button.isVisible()
    assert "Passwords" in home.continue_button.text()
    assert [c.pack.id for c in home.my_courses.cards] == ["passwords-and-scams"]
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    assert window.current_screen.lesson.id == "keeping-passwords"


def test_a_resident_reads_courses_in_their_language_when_translated(
    centre, make_learner, open_window
):
    # Every bundled course speaks all ten languages; the sample pack only English and
    # Portuguese.
    centre.catalogue.folders.append(SAMPLE_PACKS)
    centre.catalogue.reload()
    window, _ = _signed_in(centre, make_learner, open_window, language="de")
    window.show_lesson("email-basics", "what-is-email")
    lesson = centre.catalogue.get("email-basics").lesson("what-is-email")
    assert (
        window.current_screen.heading.text() == lesson.text("de").title != lesson.text("en").title
    )
    # A course not translated into German opens in its own language.
    window.show_lesson("sample-course", "welcome")
    sample = centre.catalogue.get("sample-course").lesson("welcome")
    assert (
        window.current_screen.heading.text() == sample.text("en").title != sample.text("pt").title
    )


def test_a_web_link_opens_only_after_the_resident_confirms(
    centre, make_learner, open_window, qtbot
):
    window, _ = _signed_in(centre, make_learner, open_window)
    window.show_lesson("email-basics", "what-is-email")
    view = window.current_screen
    opened: list[QUrl] = []
    view.open_external.disconnect()
    view.open_external.connect(opened.append)
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.No, seen)
    view.follow_link(QUrl("https://example.org/form"))
    assert "outside SkillsApp" in seen[0] and opened == []
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    view.follow_link(QUrl("https://example.org/form"))
    assert opened == [QUrl("https://example.org/form")]
    view.follow_link(QUrl("file:///etc/passwd"))
    view.follow_link(QUrl("javascript:alert(1)"))
    assert len(opened) == 1


def test_the_lesson_browser_loads_nothing_outside_the_pack(centre, make_learner, open_window):
    window, _ = _signed_in(centre, make_learner, open_window)
    window.show_lesson("email-basics", "attachments")
    browser = window.current_screen.browser
    inside = next((window.current_screen.pack.path / "media").iterdir())
    assert browser.loadResource(2, QUrl.fromLocalFile(str(inside))) is not None
    assert browser.loadResource(2, QUrl.fromLocalFile("/etc/hostname")) is None
    assert browser.loadResource(2, QUrl("https://example.org/tracker.png")) is None
