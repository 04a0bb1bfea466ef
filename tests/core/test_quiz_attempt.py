"""A go at a quiz as core decides it: shuffled choices recorded with each answer, feedback
that teaches without giving the answer away, one recorded retry, and mastery read back from
the logged answers."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from skillsapp.core import learning_events as le
from skillsapp.core.courses import is_mastered
from skillsapp.core.courses.model import Mastery
from skillsapp.core.learning import (
    Learning,
    QuizAttempt,
    describe_response,
    given_from_response,
    part_title,
    pass_mark,
    response_text,
    shown_order,
)
from tests.conftest import assert_valid_xapi
from tests.quiz_helpers import right_answer, wrong_answer

QUIZ_PACKS = Path(__file__).parents[1] / "fixtures" / "quiz-packs"
SAMPLE_PACKS = Path(__file__).parents[1] / "fixtures" / "packs"


@pytest.fixture
def pack(centre):
    centre.catalogue.folders.extend([QUIZ_PACKS, SAMPLE_PACKS])
    centre.catalogue.reload()
    return centre.catalogue.get("every-question")


@pytest.fixture
def learner(make_learner):
    return make_learner("Maria")


def _start(centre, learner, pack, seed: int | None = None) -> QuizAttempt:
    chance = random.Random(seed) if seed is not None else None
    return centre.learning.start_quiz(learner.id, pack, pack.lessons[0], "en", chance)


def _go_to(attempt: QuizAttempt, question_id: str) -> None:
    while attempt.question.id != question_id:
        assert attempt.next()


def _answers(centre, learner) -> list[dict]:
    return centre.log.for_actor(learner.id, le.ANSWERED[0])


def test_choices_items_and_pairs_come_in_a_new_order_at_every_attempt(centre, learner, pack):
    first, second = _start(centre, learner, pack, 1), _start(centre, learner, pack, 2)
    assert first.id != second.id
    assert first.orders != second.orders
    shuffled = {q.id for q in pack.lessons[0].quiz("en").questions if q.type != "true-false"}
    assert {qid for qid, order in first.orders.items() if order} == shuffled - {"sign"}
    # The same seed gives the same orders, so tests can fix them.
    assert _start(centre, learner, pack, 1).orders == first.orders
    # Without a seed the service's own random source is used, and it can be replaced.
    centre.learning.chance = random.Random(1)
    assert _start(centre, learner, pack).orders == first.orders


def test_order_items_never_start_in_the_right_order(pack):
    steps = next(q for q in pack.lessons[0].quiz("en").questions if q.type == "order")
    chance = random.Random(0)
    for _ in range(200):
        order = shown_order(steps, chance)
        assert sorted(order) == [1, 2, 3, 4] and list(order) != [1, 2, 3, 4]


def test_each_answer_keeps_the_order_shown_and_reads_back_to_the_words_chosen(
    centre, learner, pack
):
    attempt = _start(centre, learner, pack, 5)
    chosen = {
        "where-new": 3,
        "before-sending": {1, 2},
        "bank-password": False,
        "steps": ['Click "New message"', "Write the text", "Type the address", 'Click "Send"'],
        "words": {
            "Inbox": "Where new messages arrive",
            "Attachment": "Makes the message leave",
            "Send": "A file sent with a message",
        },
        "sign": "  At Sign ",
    }
    expected_words = {
        "where-new": "Under Sent",
        "before-sending": "The address; The colour of the screen",
        "bank-password": "Falsch",
        "steps": 'Click "New message" → Write the text → Type the address → Click "Send"',
        "words": "Inbox = Where new messages arrive; Attachment = Makes the message leave; "
        "Send = A file sent with a message",
        "sign": "  At Sign ",
    }
    orders = {}
    while True:
        orders[attempt.question.id] = attempt.order()
        attempt.answer(chosen[attempt.question.id])
        if not attempt.next():
            break
    questions = {q.id: q for q in attempt.quiz.questions}
    statements = _answers(centre, learner)
    assert len(statements) == 6
    for statement in statements:
        assert_valid_xapi(statement)
        question = questions[statement["object"]["id"].rsplit("/", 1)[1]]
        extensions = statement["context"]["extensions"]
        if orders[question.id]:
            assert extensions[le.SHOWN_ORDER] == list(orders[question.id])
        else:
            assert le.SHOWN_ORDER not in extensions
        response = statement["result"]["response"]
        assert given_from_response(question, response) == chosen[question.id]
        words = describe_response(question, response, ("Wahr", "Falsch"))
        assert words == expected_words[question.id]
    # The choices' own numbers, not their places on the screen nor their words.
    by_question = {s["object"]["id"].rsplit("/", 1)[1]: s["result"]["response"] for s in statements}
    assert by_question["where-new"] == "3"
    assert by_question["before-sending"] == "1[,]2"
    assert by_question["steps"] == "1[,]3[,]2[,]4"
    assert by_question["words"] == "1[.]1[,]2[.]3[,]3[.]2"


def test_an_answer_reads_back_in_another_language_of_the_course(centre, learner, pack):
    sample = centre.catalogue.get("sample-course")
    lesson = sample.lesson("first-message")
    english, portuguese = lesson.quiz("en").questions, lesson.quiz("pt").questions
    steps_en, steps_pt = english[1], portuguese[1]
    response = response_text(steps_en, list(reversed(steps_en.items)))
    assert describe_response(steps_pt, response) == " → ".join(reversed(steps_pt.items))
    words_en, words_pt = english[2], portuguese[2]
    response = response_text(words_en, dict(words_en.pairs))
    assert describe_response(words_pt, response) == "; ".join(
        f"{left} = {right}" for left, right in words_pt.pairs
    )


def test_order_and_match_answers_kept_as_words_by_older_versions_still_read_back(pack):
    questions = {q.id: q for q in pack.lessons[0].quiz("en").questions}
    steps, words = questions["steps"], questions["words"]
    older = "[,]".join(steps.items)
    assert given_from_response(steps, older) == list(steps.items)
    older = "Inbox[.]Where new messages arrive[,]Send[.]Makes the message leave"
    assert describe_response(words, older) == (
        "Inbox = Where new messages arrive; Send = Makes the message leave"
    )
    # A response that no longer fits the question (a course changed) is shown as stored.
    assert describe_response(questions["where-new"], "9") == "9"
    assert describe_response(words, "nonsense") == "nonsense"


def test_a_right_first_try_shows_the_verdict_and_the_explanation(centre, learner, pack):
    attempt = _start(centre, learner, pack, 3)
    feedback = attempt.answer(right_answer(attempt.question))
    assert feedback.right and feedback.try_number == 1
    assert feedback.explanation == attempt.question.explanation
    assert not feedback.retry_offered and not attempt.may_answer


def test_a_wrong_single_choice_shows_the_feedback_of_the_choice_picked_not_the_answer(
    centre, learner, pack
):
    attempt = _start(centre, learner, pack, 3)
    feedback = attempt.answer(2)
    assert not feedback.right and feedback.retry_offered and attempt.may_answer
    assert [(n.text, n.picked) for n in feedback.notes] == [
        ("The bin holds messages you threw away.", "In the bin")
    ]
    assert feedback.explanation == ""
    assert "inbox" not in " ".join(n.text for n in feedback.notes).casefold()


def test_a_wrong_multiple_choice_names_the_wrong_ticks_and_hints_at_what_was_left_out(
    centre, learner, pack
):
    attempt = _start(centre, learner, pack, 3)
    _go_to(attempt, "before-sending")
    order = attempt.order()
    feedback = attempt.answer({1, 2, 4})  # the text (3) is left out
    wrong_ticks = [n for n in order if n in (2, 4)]
    choices = attempt.question.choices
    assert [n.picked for n in feedback.notes] == [choices[n - 1] for n in wrong_ticks] + [""]
    assert feedback.notes[-1].text == "Think of what the other person will read."
    # The choice left out is not named: that would give the answer away.
    assert all(n.picked != "The text" for n in feedback.notes)


def test_order_and_match_say_how_many_places_or_pairs_were_right(centre, learner, pack):
    attempt = _start(centre, learner, pack, 3)
    _go_to(attempt, "steps")
    steps = attempt.question
    feedback = attempt.answer([steps.items[0], steps.items[2], steps.items[1], steps.items[3]])
    assert (feedback.places_right, feedback.places) == (2, 4)
    assert [n.text for n in feedback.notes] == [steps.hint]
    attempt.answer(list(steps.items))
    attempt.next()
    feedback = attempt.answer(
        {
            "Inbox": "Where new messages arrive",
            "Attachment": "Makes the message leave",
            "Send": "A file sent with a message",
        }
    )
    assert (feedback.places_right, feedback.places) == (1, 3)
    assert feedback.explanation == ""


def test_true_false_and_typed_answers_give_their_hint(centre, learner, pack):
    attempt = _start(centre, learner, pack, 3)
    _go_to(attempt, "bank-password")
    assert [n.text for n in attempt.answer(True).notes] == ["Think of who the password is for."]
    attempt.answer(False)
    _go_to(attempt, "sign")
    assert [n.text for n in attempt.answer("#").notes] == ["Look at an address in the lesson."]


def test_without_feedback_or_hint_a_wrong_try_still_offers_the_retry(centre, learner, tmp_path):
    # A copy of the sample pack whose first question has plain choices and no hint.
    plain = tmp_path / "plain"
    shutil.copytree(QUIZ_PACKS, plain)
    quiz = plain / "every-question" / "quizzes" / "sending-mail.yaml"
    text = quiz.read_text(encoding="utf-8")
    for choice in ("In the bin", "Under Sent", "In the drafts"):
        start = text.index(f"      - text: {choice}")
        end = text.index("\n", text.index("feedback:", start)) + 1
        text = text[:start] + f"      - {choice}\n" + text[end:]
    quiz.write_text(text, encoding="utf-8")
    centre.catalogue.folders.append(plain)
    centre.catalogue.reload()
    pack = centre.catalogue.get("every-question")
    attempt = _start(centre, learner, pack)
    assert attempt.question.id == "where-new"
    assert not any(attempt.question.choice_feedback) and not attempt.question.hint
    feedback = attempt.answer(wrong_answer(attempt.question))
    assert feedback.notes == () and feedback.retry_offered and feedback.explanation == ""


def test_the_retry_is_recorded_as_try_2_shows_the_explanation_and_does_not_count(
    centre, learner, pack
):
    attempt = _start(centre, learner, pack, 4)
    first = attempt.question
    attempt.answer(2)
    retry = attempt.answer(1)
    assert retry.right and retry.try_number == 2 and retry.explanation == first.explanation
    with pytest.raises(ValueError):
        attempt.answer(1)  # one retry only
    tries = [s["result"]["extensions"][le.TRY] for s in _answers(centre, learner)]
    assert sorted(tries) == [1, 2]
    # A wrong retry shows the explanation too, and offers nothing more.
    attempt.next()
    attempt.answer({2})
    wrong_again = attempt.answer({4})
    assert not wrong_again.retry_offered and wrong_again.explanation
    while attempt.next():
        attempt.answer(right_answer(attempt.question))
    outcome = attempt.finish()
    assert outcome.right_first_time == 4 and outcome.questions == 6
    assert [q.id for q in outcome.missed] == ["where-new", "before-sending"]
    assert not outcome.passed  # 5 of 6 needed at the first try


def test_mastery_comes_from_the_answers_logged_for_the_attempt(centre, learner, pack):
    attempt = _start(centre, learner, pack, 6)
    while True:
        attempt.answer(right_answer(attempt.question))
        if not attempt.next():
            break
    # The screen lost everything it knew (say the window was rebuilt): a new object for the
    # same attempt, on a fresh service, still finds the answers in the log.
    fresh = Learning(centre, centre.catalogue)
    lost = QuizAttempt(fresh, learner.id, pack, pack.lessons[0], "en", attempt.id, random.Random())
    outcome = lost.finish()
    assert outcome.passed and outcome.right_first_time == 6 and outcome.missed == ()
    [passed] = centre.log.for_actor(learner.id, le.PASSED[0])
    assert passed["result"]["score"]["raw"] == 6
    assert passed["context"]["extensions"][le.ATTEMPT] == attempt.id
    # Answers of another attempt do not count for this one.
    other = _start(centre, learner, pack, 6)
    assert not other.finish().passed


def test_a_question_left_without_an_answer_counts_as_missed(centre, learner, pack):
    attempt = _start(centre, learner, pack, 6)
    attempt.next()  # the first question is never answered
    while True:
        attempt.answer(right_answer(attempt.question))
        if not attempt.next():
            break
    outcome = attempt.finish()
    assert [q.id for q in outcome.missed] == ["where-new"] and outcome.passed  # 5 of 6


@pytest.mark.parametrize("questions", range(1, 21))
def test_the_pass_mark_is_exactly_what_mastery_asks(questions):
    for value in range(1, 101):
        mark = pass_mark(Mastery("percent", value), questions)
        assert mark.questions == questions
        enough = [True] * mark.needed + [False] * (questions - mark.needed)
        assert is_mastered(Mastery("percent", value), enough)
        if mark.needed > 0:
            assert not is_mastered(Mastery("percent", value), [*enough[1:], False])
    streak = pass_mark(Mastery("streak", 3), questions)
    assert (streak.rule, streak.needed) == ("streak", 3)


def test_a_lesson_part_is_named_by_its_heading_without_markdown_marks():
    text = "Intro\n## The **To** box\nx\n```\n## not a part\n```\n## `Send` ##\n"
    assert part_title(text, 1) == "The To box"
    assert part_title(text, 2) == "Send"
    assert part_title(text, 3) == "" and part_title(text, None) == ""
