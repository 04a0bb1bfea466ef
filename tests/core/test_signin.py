"""Shared-PC sign-in: PINs, the lockout after five wrong tries, and session statements."""

from __future__ import annotations

from skillsapp.core import events
from skillsapp.core.signin import MAX_WRONG_PINS, SignOutReason
from tests.conftest import assert_valid_xapi


def test_the_right_pin_signs_in_and_records_a_valid_statement(centre, make_learner):
    learner = make_learner("Maria", pin="4815")
    assert centre.signin.learner_with_pin(learner.id, "4815").signed_in
    stmt = centre.log.for_actor(learner.id, events.Verb.LOGGED_IN[0])[0]
    assert_valid_xapi(stmt)


def test_a_wrong_pin_says_how_many_tries_are_left(centre, make_learner):
    learner = make_learner("Maria", pin="4815")
    outcome = centre.signin.learner_with_pin(learner.id, "0000")
    assert not outcome.signed_in and outcome.attempts_left == MAX_WRONG_PINS - 1
    assert centre.log.for_actor(learner.id, events.Verb.LOGGED_IN[0]) == []


def test_five_wrong_pins_lock_the_profile_for_five_minutes(centre, clock, make_learner):
    learner = make_learner("Maria", pin="4815")
    for _ in range(MAX_WRONG_PINS):
        outcome = centre.signin.learner_with_pin(learner.id, "0000")
    assert outcome.locked_until is not None
    # Even the right PIN is refused while locked.
    assert not centre.signin.learner_with_pin(learner.id, "4815").signed_in
    clock.advance(minutes=4, seconds=59)
    assert not centre.signin.learner_with_pin(learner.id, "4815").signed_in
    clock.advance(seconds=2)
    assert centre.signin.learner_with_pin(learner.id, "4815").signed_in


def test_a_trainer_can_unlock_at_once(centre, make_learner):
    learner = make_learner("Maria", pin="4815")
    for _ in range(MAX_WRONG_PINS):
        centre.signin.learner_with_pin(learner.id, "0000")
    centre.learners.unlock(learner.id)
    assert centre.signin.learner_with_pin(learner.id, "4815").signed_in


def test_a_right_pin_resets_the_count_of_wrong_tries(centre, make_learner):
    learner = make_learner("Maria", pin="4815")
    for _ in range(MAX_WRONG_PINS - 1):
        centre.signin.learner_with_pin(learner.id, "0000")
    centre.signin.learner_with_pin(learner.id, "4815")
    assert centre.signin.learner_with_pin(learner.id, "0000").attempts_left == MAX_WRONG_PINS - 1


def test_an_archived_learner_cannot_sign_in(centre, make_learner):
    learner = make_learner("Maria")
    centre.learners.archive(learner.id)
    assert not centre.signin.learner_with_pin(learner.id, None).signed_in


def test_signing_out_records_why(centre, make_learner):
    learner = make_learner("Maria")
    centre.signin.learner_signed_out(learner.id, SignOutReason.IDLE)
    stmt = centre.log.for_actor(learner.id, events.Verb.LOGGED_OUT[0])[0]
    assert_valid_xapi(stmt)
    assert stmt["context"]["extensions"][events.Extension.REASON] == "idle"
