"""The centre's people: learners and trainers, created, edited and archived by trainers."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from skillsapp.core import credentials, events
from skillsapp.core.errors import Refused
from skillsapp.core.ids import new_id
from skillsapp.core.languages import LANGUAGE_CODES
from skillsapp.core.people import (
    LEARNER_LOCAL_FIELDS,
    LEARNER_PROFILE_FIELDS,
    TRAINER_NAME,
    AgeBand,
    Consent,
    Gender,
    Learner,
    LearnerDetails,
    Trainer,
    check_details,
    check_password,
    clean_name,
)

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

_LEARNER_COLUMNS = ", ".join(("id", *LEARNER_PROFILE_FIELDS, *LEARNER_LOCAL_FIELDS))


class Learners:
    """Create, read, edit and archive learner profiles."""

    def __init__(self, centre: Centre) -> None:
        self.centre = centre
        self.db = centre.db

    def list(self, include_archived: bool = False) -> list[Learner]:
        """Learners in name order (archived ones only when asked)."""
        where = "" if include_archived else "WHERE archived_at IS NULL"
        rows = self.db.query(
            f"SELECT {_LEARNER_COLUMNS} FROM learners {where} ORDER BY first_name COLLATE NOCASE"
        )
        return [_learner(r) for r in rows]

    def get(self, learner_id: str) -> Learner:
        """One learner, archived or not; LookupError when unknown."""
        row = self.db.one(f"SELECT {_LEARNER_COLUMNS} FROM learners WHERE id = ?", (learner_id,))
        if row is None:
            raise LookupError(f"no learner {learner_id}")
        return _learner(row)

    def pin_hash(self, learner_id: str) -> str | None:
        """The stored PIN hash (for sign-in and sync only)."""
        return self.db.scalar("SELECT pin_hash FROM learners WHERE id = ?", (learner_id,))

    def create(self, details: LearnerDetails, by: Trainer) -> Learner:
        """Register a new learner and record it in the event log, in one transaction."""
        check_details(details, LANGUAGE_CODES)
        learner_id = new_id()
        now = self.centre.now_iso()
        pin_hash = credentials.hash_secret(details.pin) if details.pin else None
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO learners (id, first_name, pin_hash, colour, avatar, language, "
                "gender, age_band, consent, text_scale, high_contrast, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    learner_id,
                    details.first_name,
                    pin_hash,
                    details.colour,
                    details.avatar,
                    details.language,
                    details.gender.value,
                    details.age_band.value,
                    details.consent.to_json(),
                    details.text_scale,
                    int(details.high_contrast),
                    now,
                    now,
                ),
            )
            profile = self.centre.profile
            self.centre.record(
                learner_id,
                events.Verb.REGISTERED,
                events.centre_activity(profile.iri, profile.name),
                instructor_id=by.id,
                extensions={
                    # Coarse demographics only: coordinators may count these.
                    events.Extension.GENDER: details.gender.value,
                    events.Extension.AGE_BAND: details.age_band.value,
                },
            )
        return self.get(learner_id)

    def update(self, learner_id: str, details: LearnerDetails) -> Learner:
        """Save a trainer's edits; ``details.pin`` None keeps the PIN, "" removes it."""
        self.get(learner_id)
        check_details(details, LANGUAGE_CODES)
        sets = [
            "first_name = ?",
            "colour = ?",
            "avatar = ?",
            "language = ?",
            "gender = ?",
            "age_band = ?",
            "consent = ?",
            "text_scale = ?",
            "high_contrast = ?",
            "updated_at = ?",
        ]
        params: list[object] = [
            details.first_name,
            details.colour,
            details.avatar,
            details.language,
            details.gender.value,
            details.age_band.value,
            details.consent.to_json(),
            details.text_scale,
            int(details.high_contrast),
            self.centre.now_iso(),
        ]
        if details.pin is not None:
            sets += ["pin_hash = ?", "failed_pins = 0", "locked_until = NULL"]
            params.append(credentials.hash_secret(details.pin) if details.pin else None)
        self.db.execute(
            f"UPDATE learners SET {', '.join(sets)} WHERE id = ?", [*params, learner_id]
        )
        return self.get(learner_id)

    def set_display(self, learner_id: str, text_scale: int, high_contrast: bool) -> None:
        """The resident's own choice of text size and contrast, remembered for next time."""
        if not 100 <= text_scale <= 200:
            raise Refused("Text size must be between 100% and 200%.")
        self.db.execute(
            "UPDATE learners SET text_scale = ?, high_contrast = ?, updated_at = ? WHERE id = ?",
            (text_scale, int(high_contrast), self.centre.now_iso(), learner_id),
        )

    def set_language(self, learner_id: str, language: str) -> None:
        """The resident's own choice of interface language, remembered for next time."""
        if language not in LANGUAGE_CODES:
            raise Refused("Please choose one of the offered languages.")
        self.db.execute(
            "UPDATE learners SET language = ?, updated_at = ? WHERE id = ?",
            (language, self.centre.now_iso(), learner_id),
        )

    def archive(self, learner_id: str) -> None:
        """Hide a learner from the start screen; their records are kept."""
        self.db.execute(
            "UPDATE learners SET archived_at = ?, updated_at = ? WHERE id = ?",
            (self.centre.now_iso(), self.centre.now_iso(), learner_id),
        )

    def restore(self, learner_id: str) -> None:
        """Bring an archived learner back to the start screen."""
        self.db.execute(
            "UPDATE learners SET archived_at = NULL, updated_at = ? WHERE id = ?",
            (self.centre.now_iso(), learner_id),
        )

    def unlock(self, learner_id: str) -> None:
        """A trainer lifts a PIN lockout at once."""
        self.db.execute(
            "UPDATE learners SET failed_pins = 0, locked_until = NULL WHERE id = ?", (learner_id,)
        )


class Trainers:
    """Trainer accounts: a name and a password."""

    def __init__(self, centre: Centre) -> None:
        self.centre = centre
        self.db = centre.db

    def list(self, include_archived: bool = False) -> list[Trainer]:
        """Trainers in name order."""
        where = "" if include_archived else "WHERE archived_at IS NULL"
        rows = self.db.query(
            f"SELECT id, name, archived_at FROM trainers {where} ORDER BY name COLLATE NOCASE"
        )
        return [Trainer(r[0], r[1], r[2] is not None) for r in rows]

    def get(self, trainer_id: str) -> Trainer:
        """One trainer; LookupError when unknown."""
        row = self.db.one("SELECT id, name, archived_at FROM trainers WHERE id = ?", (trainer_id,))
        if row is None:
            raise LookupError(f"no trainer {trainer_id}")
        return Trainer(row[0], row[1], row[2] is not None)

    def create(self, name: str, password: str) -> Trainer:
        """Add a trainer account."""
        name = clean_name(name, TRAINER_NAME)
        check_password(password)
        trainer_id = new_id()
        now = self.centre.now_iso()
        try:
            self.db.execute(
                "INSERT INTO trainers (id, name, password_hash, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (trainer_id, name, credentials.hash_secret(password), now, now),
            )
        except sqlite3.IntegrityError as exc:  # pragma: no cover - uuid collision
            raise Refused("This trainer could not be saved. Please try again.") from exc
        return Trainer(trainer_id, name)

    def change_password(self, trainer_id: str, password: str) -> None:
        """Set a new password for a trainer."""
        check_password(password)
        self.db.execute(
            "UPDATE trainers SET password_hash = ?, updated_at = ? WHERE id = ?",
            (credentials.hash_secret(password), self.centre.now_iso(), trainer_id),
        )

    def archive(self, trainer_id: str) -> None:
        """Close a trainer account; at least one trainer always stays."""
        if len(self.list()) <= 1:
            raise Refused("The centre needs at least one trainer account.")
        self.db.execute(
            "UPDATE trainers SET archived_at = ?, updated_at = ? WHERE id = ?",
            (self.centre.now_iso(), self.centre.now_iso(), trainer_id),
        )

    def password_matches(self, trainer_id: str, password: str) -> bool:
        """Check a password against the stored hash."""
        stored = self.db.scalar(
            "SELECT password_hash FROM trainers WHERE id = ? AND archived_at IS NULL",
            (trainer_id,),
        )
        return stored is not None and credentials.verify_secret(password, stored)


def _learner(row: sqlite3.Row) -> Learner:
    return Learner(
        id=row["id"],
        first_name=row["first_name"],
        colour=row["colour"],
        avatar=row["avatar"],
        language=row["language"],
        gender=Gender(row["gender"]),
        age_band=AgeBand(row["age_band"]),
        consent=Consent.from_json(row["consent"]),
        has_pin=row["pin_hash"] is not None,
        text_scale=row["text_scale"],
        high_contrast=bool(row["high_contrast"]),
        failed_pins=row["failed_pins"],
        locked_until=row["locked_until"],
        archived=row["archived_at"] is not None,
    )
