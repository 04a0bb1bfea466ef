"""Learners (residents), trainers, and the rules their details must follow."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from skillsapp.core.errors import Refused, Term

NAME_MAX = 40
PASSWORD_MIN = 8
PASSWORD_MAX = 128
PIN_DIGITS = (4, 6)

# The one list of what a learner's profile holds (the columns of ``learners`` besides ``id``).
# Every field here travels to the centre's other PCs with the roster, sealed with the centre
# key; the local ones stay on this PC (each PC counts its own wrong PINs).
LEARNER_PROFILE_FIELDS = (
    "first_name",
    "pin_hash",
    "colour",
    "avatar",
    "language",
    "gender",
    "age_band",
    "consent",
    "text_scale",
    "high_contrast",
    "created_at",
    "updated_at",
    "archived_at",
)
LEARNER_LOCAL_FIELDS = ("failed_pins", "locked_until")
TRAINER_PROFILE_FIELDS = ("name", "password_hash", "created_at", "updated_at", "archived_at")

# Tile colours: distinct, and dark enough for white text (contrast >= 4.5:1).
TILE_COLOURS = (
    "#1f5f8b",
    "#8a3b12",
    "#2e6b30",
    "#6b2d7b",
    "#9b1c31",
    "#00606b",
    "#5d4a00",
    "#3b4a9b",
)

# Simple pictures a resident can recognise their tile by, as symbols that common fonts carry.
AVATARS: dict[str, str] = {
    "none": "",
    "sun": "\u2600",
    "star": "\u2605",
    "heart": "\u2665",
    "flower": "\u273f",
    "house": "\u2302",
    "music": "\u266a",
    "snowflake": "\u2744",
    "umbrella": "\u2602",
}


class Gender(StrEnum):
    """Coarse, optional, for programme indicators only."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    NOT_STATED = "not-stated"


class AgeBand(StrEnum):
    """Coarse, optional, for programme indicators only."""

    UNDER_25 = "16-24"
    FROM_25 = "25-34"
    FROM_35 = "35-44"
    FROM_45 = "45-54"
    FROM_55 = "55-64"
    FROM_65 = "65-74"
    FROM_75 = "75+"
    NOT_STATED = "not-stated"


@dataclass(frozen=True)
class Consent:
    """What the resident agreed to, recorded when the trainer created or edited the profile."""

    keep_records: bool  # the centre keeps their learning records (needed to take part)
    share_statistics: bool = False  # pseudonymous results go to the programme's record store
    given_on: str = ""  # ISO date

    def to_json(self) -> str:
        """The form stored in the database."""
        return json.dumps(
            {
                "keep_records": self.keep_records,
                "share_statistics": self.share_statistics,
                "given_on": self.given_on,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Consent:
        """Read the stored form."""
        raw = json.loads(text)
        return cls(
            bool(raw.get("keep_records")),
            bool(raw.get("share_statistics")),
            str(raw.get("given_on", "")),
        )


@dataclass(frozen=True)
class Learner:
    """A resident who learns at the centre."""

    id: str
    first_name: str
    colour: str
    avatar: str
    language: str
    gender: Gender
    age_band: AgeBand
    consent: Consent
    has_pin: bool = False
    text_scale: int = 100
    high_contrast: bool = False
    failed_pins: int = 0
    locked_until: str | None = None
    archived: bool = False


@dataclass(frozen=True)
class Trainer:
    """A facilitator who runs sessions and keeps the centre's records."""

    id: str
    name: str
    archived: bool = False


@dataclass
class LearnerDetails:
    """What a trainer types when creating or editing a learner (before validation)."""

    first_name: str
    language: str = "en"
    colour: str = TILE_COLOURS[0]
    avatar: str = "none"
    gender: Gender = Gender.NOT_STATED
    age_band: AgeBand = AgeBand.NOT_STATED
    consent: Consent = field(default_factory=lambda: Consent(keep_records=True))
    pin: str | None = None  # None keeps the current PIN; "" removes it
    text_scale: int = 100
    high_contrast: bool = False


# The names a person types, as the messages about them call them (translated with them).
NAME = Term("name")
FIRST_NAME = Term("first name")
CENTRE_NAME = Term("centre name")
TRAINER_NAME = Term("trainer's name")
GROUP_NAME = Term("group name")


def clean_name(raw: str, field: Term = NAME) -> str:
    """Return the name tidied (spaces collapsed), or refuse it with a plain reason that
    calls it ``field``."""
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in raw):
        raise Refused(
            "The {field} contains characters that cannot be shown. Please type it again.",
            field=field,
        )
    name = " ".join(raw.split())
    if not name:
        raise Refused("Please type a {field}.", field=field)
    if len(name) > NAME_MAX:
        raise Refused(
            "The {field} is too long: please use at most {limit} letters.",
            field=field,
            limit=NAME_MAX,
        )
    if not any(ch.isalpha() for ch in name):
        raise Refused("The {field} needs at least one letter.", field=field)
    return name


def check_pin(pin: str) -> str:
    """A PIN is 4 to 6 digits; return it, or refuse with a plain reason."""
    low, high = PIN_DIGITS
    if not pin.isascii() or not pin.isdigit() or not low <= len(pin) <= high:
        raise Refused("A PIN is {low} to {high} numbers, for example 4 8 1 5.", low=low, high=high)
    return pin


def check_password(password: str) -> str:
    """A trainer password has 8 to 128 characters; return it, or refuse."""
    if len(password) < PASSWORD_MIN:
        raise Refused("The password needs at least {limit} characters.", limit=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        raise Refused("The password can have at most {limit} characters.", limit=PASSWORD_MAX)
    if any(unicodedata.category(ch) == "Cc" for ch in password):
        raise Refused("The password contains characters that cannot be typed. Please try again.")
    return password


def check_details(details: LearnerDetails, languages: tuple[str, ...]) -> LearnerDetails:
    """Validate everything a trainer typed for a learner; refuse the first problem found."""
    details.first_name = clean_name(details.first_name, FIRST_NAME)
    if details.pin:
        check_pin(details.pin)
    if details.language not in languages:
        raise Refused("Please choose one of the offered languages.")
    if details.colour not in TILE_COLOURS:
        raise Refused("Please choose one of the offered colours.")
    if details.avatar not in AVATARS:
        raise Refused("Please choose one of the offered pictures.")
    if not details.consent.keep_records:
        raise Refused(
            "The resident needs to agree that the centre keeps their learning records, "
            "otherwise their progress cannot be saved."
        )
    if not 100 <= details.text_scale <= 200:
        raise Refused("Text size must be between 100% and 200%.")
    return details
