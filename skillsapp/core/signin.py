"""Shared-PC sign-in: learner tiles with an optional PIN and lockout, trainer passwords.

Five wrong PINs lock a profile for five minutes; a trainer can lift the lock at once.
Signing in and out are recorded as statements (they give the trainer attendance).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from skillsapp.core import credentials, events
from skillsapp.core.clock import iso, parse_iso
from skillsapp.core.people import Learner, Trainer

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

MAX_WRONG_PINS = 5
LOCK_TIME = timedelta(minutes=5)


class SignOutReason(StrEnum):
    """Why a session ended."""

    FINISHED = "finished"  # the resident pressed "Finish"
    IDLE = "idle"  # nobody touched the PC for the idle time


@dataclass(frozen=True)
class PinOutcome:
    """What happened when a resident typed a PIN."""

    signed_in: bool
    attempts_left: int = MAX_WRONG_PINS
    locked_until: datetime | None = None


class SignIn:
    """Checks PINs and passwords and records sessions."""

    def __init__(self, centre: Centre) -> None:
        self.centre = centre
        self.db = centre.db

    def locked_until(self, learner: Learner) -> datetime | None:
        """When the learner's lockout ends, or None when they may try."""
        if learner.locked_until is None:
            return None
        until = parse_iso(learner.locked_until)
        return until if until > self.centre.now() else None

    def learner_with_pin(self, learner_id: str, pin: str | None) -> PinOutcome:
        """Sign a learner in if the PIN is right (or they have none); count wrong tries."""
        learner = self.centre.learners.get(learner_id)
        if learner.archived:
            return PinOutcome(False, 0)
        locked = self.locked_until(learner)
        if locked is not None:
            return PinOutcome(False, 0, locked)
        stored = self.centre.learners.pin_hash(learner_id)
        if stored is None or (pin is not None and credentials.verify_secret(pin, stored)):
            self._record_sign_in(learner)
            return PinOutcome(True)
        failed = learner.failed_pins + 1
        if failed >= MAX_WRONG_PINS:
            until = self.centre.now() + LOCK_TIME
            self.db.execute(
                "UPDATE learners SET failed_pins = 0, locked_until = ? WHERE id = ?",
                (iso(until), learner_id),
            )
            return PinOutcome(False, 0, until)
        self.db.execute("UPDATE learners SET failed_pins = ? WHERE id = ?", (failed, learner_id))
        return PinOutcome(False, MAX_WRONG_PINS - failed)

    def trainer_with_password(self, trainer_id: str, password: str) -> Trainer | None:
        """The trainer when the password is right, else None."""
        if not self.centre.trainers.password_matches(trainer_id, password):
            return None
        return self.centre.trainers.get(trainer_id)

    def learner_signed_out(self, learner_id: str, reason: SignOutReason) -> None:
        """Record the end of a resident's session."""
        with self.db.transaction():
            self.centre.record(
                learner_id,
                events.Verb.LOGGED_OUT,
                events.app_activity(self.centre.profile.iri),
                extensions={events.Extension.REASON: reason.value},
            )

    def _record_sign_in(self, learner: Learner) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE learners SET failed_pins = 0, locked_until = NULL WHERE id = ?",
                (learner.id,),
            )
            self.centre.record(
                learner.id,
                events.Verb.LOGGED_IN,
                events.app_activity(self.centre.profile.iri),
                language=learner.language,
            )
