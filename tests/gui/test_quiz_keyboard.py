"""A whole quiz by keyboard alone, every question type, with a wrong first try and its
retry; the result screen and its way back to the lesson part; Finish asks first during a
quiz; the text size changes inside lessons and quizzes; radio buttons stay round."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton, QStyle, QStyleOptionButton

from skillsapp.core import learning_events as le
from skillsapp.core.learning import Learning, QuizAttempt, describe_response
from skillsapp.ui.course_page import CoursePage
from skillsapp.ui.lesson_view import LessonView
from skillsapp.ui.quiz_sign_out import SignOutDuringQuiz
from skillsapp.ui.quiz_view import QuizView
from skillsapp.ui.start_screen import StartScreen
from skillsapp.ui.theme import apply_theme
from tests.quiz_helpers import give, right_answer, wrong_answer

QUIZ_PACKS = Path(__file__).parents[1] / "fixtures" / "quiz-packs"
COURSE, LESSON = "every-question", "sending-mail"


@pytest.fixture
def window(centre, make_learner, open_window):
    centre.catalogue.folders.append(QUIZ_PACKS)
    centre.catalogue.reload()
    centre.learning.chance = random.Random(2027)  # the same order of choices every run
    learner = make_learner("Jonas")
    window = open_window(centre)
    window.begin_resident(centre.learners.get(learner.id))
    window.activateWindow()
    return window


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Press a key where the keyboard is, as a resident would."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, widget, limit: int = 40) -> None:
    """Press Tab until ``widget`` has the keyboard."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is widget, f"Tab never reached {widget!r}"


def open_quiz_by_keyboard(window, qtbot) -> QuizView:
    window.show_lesson(COURSE, LESSON)
    lesson = window.current_screen
    qtbot.waitUntil(lambda: focused() is lesson.browser)
    tab_to(qtbot, lesson.next_button)
    press(qtbot, Qt.Key.Key_Return)
    view = window.current_screen
    assert isinstance(view, QuizView)
    return view


def choose_by_arrows(qtbot, view: QuizView, number: int) -> None:
    """From the first choice, arrow down to choice ``number`` (as numbered in the quiz file)."""
    position = view.input.buttons.index(view.input.button_for(number))
    assert focused() is view.input.buttons[0]
    press(qtbot, Qt.Key.Key_Down, times=position)
    assert focused() is view.input.button_for(number)
    assert not focused().isChecked()  # the arrow keys move, they do not choose


def test_a_whole_quiz_by_keyboard_alone_with_a_wrong_first_try_and_its_retry(centre, window, qtbot):
    view = open_quiz_by_keyboard(window, qtbot)

    # 1. Single choice: the quiz opens on the first answer, not on "Back to the lesson".
    qtbot.waitUntil(lambda: focused() is view.input.buttons[0])
    assert view.question.id == "where-new"
    choose_by_arrows(qtbot, view, 2)  # "In the bin": wrong
    press(qtbot, Qt.Key.Key_Space)
    assert view.input.value() == 2
    press(qtbot, Qt.Key.Key_Return)
    assert view.verdict.text() == "Not quite"
    assert view.notes.text() == "The bin holds messages you threw away."
    assert not view.explanation.isVisible()
    assert focused() is view.retry_button and view.retry_button.objectName() == "primary"
    press(qtbot, Qt.Key.Key_Return)  # "Try again"
    assert focused() is view.input.buttons[0] and view.notes.isVisible()
    choose_by_arrows(qtbot, view, 1)
    press(qtbot, Qt.Key.Key_Return)  # Enter chooses...
    assert view.input.value() == 1
    press(qtbot, Qt.Key.Key_Return)  # ...and, once chosen, checks
    assert view.verdict.text() == "That's right"
    assert view.explanation.text() == "New messages always land in the inbox first."
    assert focused() is view.next_button
    press(qtbot, Qt.Key.Key_Return)

    # 2. Multiple choice: Tab and the arrow keys reach every box, Space ticks.
    assert view.question.id == "before-sending"
    boxes = view.input.buttons
    assert focused() is boxes[0]
    for position, box in enumerate(boxes):
        assert focused() is box
        if view.input.numbers[box] in (1, 3):
            press(qtbot, Qt.Key.Key_Space)
        if position < len(boxes) - 1:
            press(qtbot, Qt.Key.Key_Tab if position % 2 else Qt.Key.Key_Down)
    assert view.input.value() == {1, 3}
    press(qtbot, Qt.Key.Key_Tab)  # from the last box Tab goes to "Check my answer"...
    assert focused() is view.check_button  # ...never to the banner's Finish
    press(qtbot, Qt.Key.Key_Return)
    assert view.verdict.text() == "That's right"
    press(qtbot, Qt.Key.Key_Return)

    # 3. True or false.
    assert view.question.id == "bank-password"
    assert focused() is view.input.button_for(1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert view.input.value() is False
    press(qtbot, Qt.Key.Key_Return)
    assert view.verdict.text() == "That's right"
    press(qtbot, Qt.Key.Key_Return)

    # 4. Order: the arrow keys pick a step, Ctrl and an arrow key move it.
    assert view.question.id == "steps"
    steps = view.input.list
    assert focused() is steps
    for target, wanted in enumerate(view.question.items):
        row = next(i for i in range(steps.count()) if steps.item(i).text() == wanted)
        press(
            qtbot,
            Qt.Key.Key_Down if row > steps.currentRow() else Qt.Key.Key_Up,
            times=abs(row - steps.currentRow()),
        )
        assert steps.currentRow() == row
        press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier, times=row - target)
    assert view.input.value() == list(view.question.items)
    press(qtbot, Qt.Key.Key_Return)
    assert view.verdict.text() == "That's right"
    press(qtbot, Qt.Key.Key_Return)

    # 5. Match: each list box is reached with Tab and set with the arrow keys.
    assert view.question.id == "words"
    for number, (left, right) in enumerate(view.question.pairs, start=1):
        box = view.input.boxes[left]
        assert focused() is box
        assert box.accessibleName() == f"What goes with “{left}”"
        press(qtbot, Qt.Key.Key_Down, times=1 + list(view.attempt.order()).index(number))
        assert box.currentText() == right
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert view.verdict.text() == "That's right"
    press(qtbot, Qt.Key.Key_Return)

    # 6. A typed answer, checked with Enter.
    assert view.question.id == "sign"
    assert focused() is view.input.field
    qtbot.keyClicks(focused(), "@")
    press(qtbot, Qt.Key.Key_Return)
    assert view.verdict.text() == "That's right"
    assert view.next_button.text() == "See my result"
    press(qtbot, Qt.Key.Key_Return)

    # The result: passed (5 of 6 first tries right, 5 needed); the wrong first try is listed.
    result = view.result
    assert result is not None and view.outcome.passed
    assert result.score.text() == "Your result: 5 of 6 right at the first try."
    assert result.pass_mark.text() == "You need 5 of 6 right at the first try to pass."
    assert [p.text() for p in result.missed_prompts] == ["Where do new messages arrive?"]
    assert result.part_buttons[0].text() == "Read “The inbox” again"
    assert focused() is result.finish_button
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(window.current_screen, CoursePage)

    answers = centre.log.for_actor(window.learner.id, le.ANSWERED[0])
    tries = sorted(
        (a["object"]["id"].rsplit("/", 1)[1], a["result"]["extensions"][le.TRY]) for a in answers
    )
    assert tries == [
        ("bank-password", 1),
        ("before-sending", 1),
        ("sign", 1),
        ("steps", 1),
        ("where-new", 1),
        ("where-new", 2),
        ("words", 1),
    ]


def test_choices_come_in_a_new_order_at_each_attempt_and_the_answer_reads_back(
    centre, window, qtbot
):
    window.show_quiz(COURSE, LESSON)
    first = window.current_screen
    first_order = [first.input.numbers[b] for b in first.input.buttons]
    assert first_order == list(first.attempt.order())
    give(first, 3)
    qtbot.mouseClick(first.check_button, Qt.MouseButton.LeftButton)
    window.show_quiz(COURSE, LESSON)
    second = window.current_screen
    orders = [second.attempt.order(q) for q in second.quiz.questions]
    assert orders != [first.attempt.order(q) for q in first.quiz.questions]
    [answer] = centre.log.for_actor(window.learner.id, le.ANSWERED[0])
    assert answer["context"]["extensions"][le.SHOWN_ORDER] == first_order
    question = first.quiz.questions[0]
    assert describe_response(question, answer["result"]["response"]) == "Under Sent"


def test_the_result_lists_what_was_missed_and_opens_the_lesson_at_its_part(window, qtbot):
    window.show_quiz(COURSE, LESSON)
    view = window.current_screen
    for question in view.quiz.questions:
        answer = wrong_answer(question) if question.id in ("before-sending", "steps") else None
        give(view, right_answer(question) if answer is None else answer)
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # no retry taken
    result = view.result
    assert not view.outcome.passed
    assert result.headline.text().startswith("Not yet.")
    assert [p.text() for p in result.missed_prompts] == [
        "What should you check before you click Send?",
        "Put the steps in order.",
    ]
    assert [b.text() for b in result.part_buttons] == [
        "Read “Sending it” again",
        "Read “Writing a message” again",
    ]
    assert focused() is result.part_buttons[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    lesson = window.current_screen
    assert isinstance(lesson, LessonView) and lesson.part == 3
    heading = lesson.part_block(3)
    assert heading.text() == "Sending it"
    # The part's heading is at the top of the lesson text, where the keyboard reads on.
    qtbot.waitUntil(
        lambda: (
            lesson.browser.cursorForPosition(QPoint(4, 4)).block().blockNumber()
            == heading.blockNumber()
        )
    )
    assert lesson.browser.verticalScrollBar().value() > 0
    assert lesson.browser.textCursor().block().blockNumber() == heading.blockNumber()


def answer_sign_out_question(qtbot, leave: bool, seen: list[str]) -> None:
    """Answer the question Finish asks, by keyboard: Escape stays, Tab and Enter leave."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, SignOutDuringQuiz):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.question.text())
        # Staying is where the keyboard starts (noted, not asserted: an error here would
        # leave the dialog open).
        seen.append("stay first" if box.focusWidget() is box.stay_button else "?")
        if leave:
            qtbot.keyClick(box.stay_button, Qt.Key.Key_Tab)
            qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return)
        else:
            qtbot.keyClick(box.stay_button, Qt.Key.Key_Escape)

    QTimer.singleShot(20, answer)


def test_finish_during_a_quiz_asks_first_in_the_residents_words(window, qtbot):
    window.show_quiz(COURSE, LESSON)
    view = window.current_screen
    seen: list[str] = []
    answer_sign_out_question(qtbot, False, seen)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert seen == ["Your answers so far are saved. Sign out now?", "stay first"]
    assert window.current_screen is view and window.learner is not None
    answer_sign_out_question(qtbot, True, seen)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, StartScreen) and window.learner is None


def test_the_question_is_asked_in_the_residents_language(centre, make_learner, open_window, qtbot):
    centre.catalogue.folders.append(QUIZ_PACKS)
    centre.catalogue.reload()
    learner = make_learner("Ioana", language="ro")
    window = open_window(centre)
    window.begin_resident(centre.learners.get(learner.id))
    window.show_quiz(COURSE, LESSON)
    seen: list[str] = []
    answer_sign_out_question(qtbot, False, seen)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert seen[0] == "Răspunsurile de până acum sunt salvate. Ieșiți acum?"


def test_finish_outside_a_quiz_signs_out_at_once(window, qtbot):
    window.show_lesson(COURSE, LESSON)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, StartScreen)


def test_ctrl_plus_grows_the_lesson_text_and_keeps_it_for_the_resident(centre, window, qtbot):
    window.show_lesson(COURSE, LESSON)
    lesson = window.current_screen
    qtbot.waitUntil(lambda: focused() is lesson.browser)
    before = lesson.browser.document().defaultFont().pointSizeF()
    height = lesson.browser.document().size().height()
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert centre.learners.get(window.learner.id).text_scale == 125
    assert lesson.browser.document().defaultFont().pointSizeF() > before
    assert lesson.browser.document().size().height() > height
    assert lesson.text_size.size_label.text() == "125%"
    press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert centre.learners.get(window.learner.id).text_scale == 100
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier, times=2)
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert centre.learners.get(window.learner.id).text_scale == 100
    assert lesson.browser.document().defaultFont().pointSizeF() == before


def test_a_plus_in_a_quiz_changes_the_size_and_keeps_the_question(centre, window, qtbot):
    window.show_quiz(COURSE, LESSON)
    view = window.current_screen
    give(view, 2)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    before = view.prompt.font().pointSizeF()
    qtbot.mouseClick(view.text_size.bigger, Qt.MouseButton.LeftButton)
    assert window.current_screen is view and view.retry_button.isVisible()
    assert centre.learners.get(window.learner.id).text_scale == 125
    assert view.prompt.font().pointSizeF() > before
    qtbot.mouseClick(view.text_size.smaller, Qt.MouseButton.LeftButton)
    assert centre.learners.get(window.learner.id).text_scale == 100


def test_escape_in_a_quiz_goes_back_to_the_lesson(window, qtbot):
    window.show_quiz(COURSE, LESSON)
    view = window.current_screen
    qtbot.waitUntil(lambda: focused() is view.input.buttons[0])
    press(qtbot, Qt.Key.Key_Escape)
    assert isinstance(window.current_screen, LessonView)


@pytest.mark.parametrize("scale", [100, 125, 150, 175, 200])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_radio_buttons_stay_round_at_every_size_and_contrast(qtbot, scale, high_contrast):
    app = QApplication.instance()
    apply_theme(app, scale, high_contrast)
    try:
        radio = QRadioButton("Adevărat")
        qtbot.addWidget(radio)
        radio.show()
        option = QStyleOptionButton()
        option.initFrom(radio)
        mark = radio.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, radio
        )
        image = radio.grab().toImage()
        corner = image.pixelColor(mark.left() + 1, mark.top() + 1)
        middle_left = image.pixelColor(mark.left() + 1, mark.center().y())
        background = image.pixelColor(radio.width() - 2, 2)
        assert corner == background  # the corner is outside the circle
        assert middle_left != background  # the circle's border is there
    finally:
        apply_theme(app)


def test_a_new_text_size_keeps_the_readers_place_in_the_lesson(window, qtbot):
    window.show_lesson(COURSE, LESSON, 3)
    lesson = window.current_screen
    heading = lesson.part_block(3)

    def top_block() -> int:
        return lesson.browser.cursorForPosition(QPoint(4, 4)).block().blockNumber()

    qtbot.waitUntil(lambda: top_block() == heading.blockNumber())
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: top_block() == heading.blockNumber())
    press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: top_block() == heading.blockNumber())


def test_a_screen_that_lost_what_it_knew_still_gets_the_result_from_the_log(centre, window, qtbot):
    window.show_quiz(COURSE, LESSON)
    view = window.current_screen
    for question in view.quiz.questions[:-1]:
        give(view, right_answer(question))
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    give(view, right_answer(view.question))
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    # The screen's attempt is replaced by a blank one for the same attempt id, at the last
    # question: it knows none of the answers given so far.
    lost = QuizAttempt(
        Learning(centre, centre.catalogue),
        window.learner.id,
        view.pack,
        view.lesson,
        view.language,
        view.attempt.id,
        random.Random(),
    )
    lost.index = len(view.quiz.questions) - 1
    lost.feedback = view.attempt.feedback
    view.attempt = lost
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)
    assert view.outcome.passed and view.outcome.right_first_time == 6
    assert view.result.score.text() == "Your result: 6 of 6 right at the first try."
