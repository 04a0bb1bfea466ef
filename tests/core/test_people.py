"""Learner and trainer profiles: what is accepted, what is refused, what is recorded."""

from __future__ import annotations

import pytest

from skillsapp.core import events
from skillsapp.core.errors import Refused
from skillsapp.core.people import AgeBand, Consent, Gender, LearnerDetails
from tests.conftest import TRAINER_PASSWORD


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "Please type"),
        ("   ", "Please type"),
        ("x" * 10_000, "too long"),
        ("Ma\x00ria", "cannot be shown"),
        ("Ma\u202eria", "cannot be shown"),
        ("12345", "at least one letter"),
    ],
)
def test_empty_or_absurd_names_are_refused_and_nothing_is_saved(centre, trainer, name, reason):
    with pytest.raises(Refused, match=reason):
        centre.learners.create(LearnerDetails(name), by=trainer)
    assert centre.learners.list() == []
    assert centre.log.count() == 0


def test_a_name_is_tidied_before_it_is_saved(make_learner):
    assert make_learner("  Anna   Maria ").first_name == "Anna Maria"


@pytest.mark.parametrize("pin", ["12", "1234567", "12a4", "١٢٣٤"])
def test_a_pin_must_be_four_to_six_digits(centre, trainer, pin):
    with pytest.raises(Refused, match="4 to 6 numbers"):
        centre.learners.create(LearnerDetails("Maria", pin=pin), by=trainer)


def test_a_learner_without_consent_to_keep_records_is_refused(centre, trainer):
    with pytest.raises(Refused, match="agree"):
        centre.learners.create(
            LearnerDetails("Maria", consent=Consent(keep_records=False)), by=trainer
        )


def test_creating_a_learner_records_a_valid_registered_statement(centre, trainer):
    from tests.conftest import assert_valid_xapi

    learner = centre.learners.create(
        LearnerDetails("Maria", gender=Gender.FEMALE, age_band=AgeBand.FROM_65), by=trainer
    )
    [stmt] = centre.log.for_actor(learner.id)
    assert_valid_xapi(stmt)
    assert stmt["verb"]["id"] == events.Verb.REGISTERED[0]
    assert stmt["actor"]["account"] == {"homePage": centre.profile.iri, "name": learner.id}
    assert stmt["context"]["instructor"]["account"]["name"] == trainer.id
    assert stmt["context"]["extensions"][events.Extension.GENDER] == "female"
    assert "Maria" not in str(stmt)  # names never travel in statements


def test_the_pin_is_stored_only_as_a_scrypt_hash(centre, make_learner):
    learner = make_learner("Maria", pin="4815")
    stored = centre.learners.pin_hash(learner.id)
    assert stored.startswith("scrypt$") and "4815" not in stored


def test_editing_keeps_the_pin_unless_a_new_one_is_given(centre, make_learner):
    learner = make_learner("Maria", pin="4815")
    before = centre.learners.pin_hash(learner.id)
    centre.learners.update(learner.id, LearnerDetails("Mária", pin=None))
    assert centre.learners.pin_hash(learner.id) == before
    assert centre.learners.get(learner.id).first_name == "Mária"
    centre.learners.update(learner.id, LearnerDetails("Mária", pin=""))
    assert not centre.learners.get(learner.id).has_pin


def test_archived_learners_leave_the_start_screen_but_keep_their_records(centre, make_learner):
    learner = make_learner("Maria")
    centre.learners.archive(learner.id)
    assert centre.learners.list() == []
    assert centre.learners.list(include_archived=True)[0].archived
    assert centre.log.for_actor(learner.id)
    centre.learners.restore(learner.id)
    assert [x.first_name for x in centre.learners.list()] == ["Maria"]


@pytest.mark.parametrize("password", ["short", "x" * 129, "pass\x07word"])
def test_weak_or_absurd_trainer_passwords_are_refused(centre, password):
    with pytest.raises(Refused):
        centre.trainers.create("Second Trainer", password)
    assert len(centre.trainers.list()) == 1


def test_the_last_trainer_account_cannot_be_closed(centre, trainer):
    with pytest.raises(Refused, match="at least one trainer"):
        centre.trainers.archive(trainer.id)


def test_the_trainer_password_is_checked_against_its_hash(centre, trainer):
    assert centre.signin.trainer_with_password(trainer.id, TRAINER_PASSWORD) == trainer
    assert centre.signin.trainer_with_password(trainer.id, "wrong password") is None
    stored = centre.db.scalar("SELECT password_hash FROM trainers")
    assert TRAINER_PASSWORD not in stored


def test_the_learners_table_holds_exactly_the_fields_the_roster_carries_and_the_local_ones(db):
    # One list: a field added to the table but not to it would silently never reach the
    # centre's other PCs.
    from skillsapp.core.people import (
        LEARNER_LOCAL_FIELDS,
        LEARNER_PROFILE_FIELDS,
        TRAINER_PROFILE_FIELDS,
    )

    learners = {row[1] for row in db.query("PRAGMA table_info(learners)")}
    assert learners == {"id", *LEARNER_PROFILE_FIELDS, *LEARNER_LOCAL_FIELDS}
    trainers = {row[1] for row in db.query("PRAGMA table_info(trainers)")}
    assert trainers == {"id", *TRAINER_PROFILE_FIELDS}
