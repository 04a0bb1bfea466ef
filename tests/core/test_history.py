"""A learner's history as events, quiz answers read back as words, the learner's courses:
the rules behind the trainer's learner page, without Qt."""

from __future__ import annotations

from skillsapp.core.groups import CourseAssignment, Group
from skillsapp.core.history import (
    EventKind,
    Titles,
    answer_words,
    describe,
    learner_history,
    quiz_goes,
)
from skillsapp.core.learner_courses import learner_courses, seconds_learning
from skillsapp.core.signin import SignOutReason
from tests.core.test_learning import take_course


def test_every_statement_of_a_course_becomes_an_event_with_its_course_and_lesson(
    centre, make_learner
):
    jonas = make_learner("Jonas")
    take_course(centre, jonas.id, "email-basics")
    events = learner_history(centre, jonas.id)
    kinds = {e.kind for e in events}
    assert {
        EventKind.REGISTERED,
        EventKind.OPENED_LESSON,
        EventKind.FINISHED_LESSON,
        EventKind.PASSED_QUIZ,
        EventKind.FINISHED_COURSE,
    } <= kinds
    assert EventKind.OTHER not in kinds
    # Answers have their own tab: the history leaves them out unless asked.
    assert EventKind.ANSWERED_QUESTION not in kinds
    everything = learner_history(centre, jonas.id, with_answers=True)
    assert EventKind.ANSWERED_QUESTION in {e.kind for e in everything}
    opened = next(e for e in events if e.kind is EventKind.OPENED_LESSON)
    assert opened.course_id == "email-basics" and opened.lesson_id
    passed = next(e for e in events if e.kind is EventKind.PASSED_QUIZ)
    assert passed.questions and passed.right == passed.questions
    # Newest first.
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)


def test_sign_in_and_sign_out_after_idle_are_told_apart(centre, clock, make_learner):
    rosa = make_learner("Rosa")
    centre.signin.learner_with_pin(rosa.id, None)
    clock.advance(minutes=5)
    centre.signin.learner_signed_out(rosa.id, SignOutReason.IDLE)
    newest, signed_in = learner_history(centre, rosa.id)[:2]
    assert (newest.kind, newest.idle) == (EventKind.SIGNED_OUT, True)
    assert signed_in.kind is EventKind.SIGNED_IN


def test_an_observation_names_its_competence_and_level(centre, trainer, clock, make_learner):
    rosa = make_learner("Rosa")
    centre.competences.trainer_assessments.record(trainer.id, rosa.id, "2.1", 3, clock.now.date())
    [observed] = [e for e in learner_history(centre, rosa.id) if e.kind is EventKind.OBSERVED]
    assert (observed.competence, observed.level) == ("2.1", 3)


def test_a_statement_of_an_unknown_kind_is_kept_as_other_with_its_verb():
    event = describe(
        {
            "id": "x",
            "timestamp": "2026-03-02T09:30:00Z",
            "verb": {"id": "https://example.org/verbs/juggled", "display": {"en": "juggled"}},
            "object": {"id": "https://example.org/balls"},
        }
    )
    assert (event.kind, event.verb) == (EventKind.OTHER, "juggled")


def test_titles_come_in_the_readers_language_and_a_gone_course_keeps_its_stored_name(centre):
    titles = Titles(centre.catalogue, "ro")
    pack = centre.catalogue.get("email-basics")
    assert titles.course("email-basics") == pack.title_in("ro") != pack.title
    lesson = pack.lessons[0]
    assert titles.lesson("email-basics", lesson.id) == lesson.text("ro").title
    assert titles.course("gone-course", "Old course") == "Old course"
    assert titles.lesson("gone-course", "l1", "Quiz: Old lesson") == "Old lesson"


def test_quiz_answers_read_back_as_the_words_chosen_in_the_readers_language(centre, make_learner):
    jonas = make_learner("Jonas")
    take_course(centre, jonas.id, "email-basics")
    goes = quiz_goes(centre, jonas.id)
    pack = centre.catalogue.get("email-basics")
    assert len(goes) == sum(1 for lesson in pack.lessons if lesson.quiz("en"))
    titles = Titles(centre.catalogue, "hu")
    seen_types = set()
    for go in goes:
        for answer in go.answers:
            question = titles.question(answer)
            assert question is not None
            words = answer_words(question, answer.response, ("Igaz", "Hamis"))
            seen_types.add(question.type)
            if question.type == "single":
                hungarian = pack.lesson(answer.lesson_id).quiz("hu")
                assert words in next(q for q in hungarian.questions if q.id == question.id).choices
            # Never the raw form of a stored answer.
            assert "[,]" not in words and "[.]" not in words
    assert {"single", "multiple", "true-false"} <= seen_types


def test_an_answer_that_no_longer_fits_its_question_is_shown_as_stored(centre):
    question = centre.catalogue.get("email-basics").lessons[0].quiz("en").questions[0]
    assert answer_words(question, "99", ("True", "False")) == "99"


def test_a_learners_courses_hold_assigned_ones_with_their_day_and_started_ones(
    centre, trainer, clock, make_learner
):
    jonas = make_learner("Jonas")
    group = centre.groups.create("Tuesday", by=trainer)
    centre.groups.save(
        Group(
            group.id, "Tuesday", (jonas.id,), (CourseAssignment("online-banking", "2026-06-30"),)
        ),
        by=trainer,
    )
    centre.signin.learner_with_pin(jonas.id, None)
    take_course(centre, jonas.id, "email-basics")
    clock.advance(minutes=90)
    centre.signin.learner_signed_out(jonas.id, SignOutReason.FINISHED)
    courses = {c.course_id: c for c in learner_courses(centre, jonas.id)}
    banking, email = courses["online-banking"], courses["email-basics"]
    assert (banking.assigned, banking.due, banking.started) == (True, "2026-06-30", False)
    assert email.completed_at and email.lessons_done == email.lessons
    assert seconds_learning(centre, jonas.id) == 90 * 60
