"""The demo centre: sample learners of both genders and several age bands, and a trainer.

Created once in the data folder and reused, so ``--demo`` always opens the same centre.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from skillsapp.core.centre import Centre
from skillsapp.core.people import TILE_COLOURS, AgeBand, Consent, Gender, LearnerDetails

DEMO_CENTRE = "Demo Village Hall"
DEMO_TRAINER = "Alex Demo"
DEMO_PASSWORD = "demo-trainer"
DEMO_CENTRE_KEY = "demo-centre-key"

# first name, gender, age band, PIN, colour index, avatar, language
DEMO_LEARNERS = (
    ("Maria", Gender.FEMALE, AgeBand.FROM_65, "1234", 0, "sun", "pt"),
    ("Jonas", Gender.MALE, AgeBand.FROM_55, None, 1, "star", "en"),
    ("Elena", Gender.FEMALE, AgeBand.FROM_35, "2468", 2, "flower", "es"),
    ("Tomasz", Gender.MALE, AgeBand.FROM_75, None, 3, "house", "pl"),
    ("Ilse", Gender.FEMALE, AgeBand.FROM_45, None, 4, "heart", "de"),
    ("Andrei", Gender.MALE, AgeBand.FROM_25, "1357", 5, "music", "ro"),
    ("Kim", Gender.NOT_STATED, AgeBand.NOT_STATED, None, 6, "umbrella", "en"),
)


@dataclass(frozen=True)
class DemoInfo:
    """What to print so a person can try the demo."""

    created: bool
    trainer: str = DEMO_TRAINER
    password: str = DEMO_PASSWORD
    centre_key: str = DEMO_CENTRE_KEY

    def describe(self) -> str:
        """The lines printed when the demo opens."""
        pins = ", ".join(f"{row[0]} {row[3]}" for row in DEMO_LEARNERS if row[3])
        return (
            f"Demo centre: {DEMO_CENTRE}\n"
            f"  Trainer: {self.trainer}, password: {self.password}\n"
            f"  Learner PINs: {pins} (the others have no PIN)\n"
            f"  Centre key: {self.centre_key}"
        )


def is_demo(centre: Centre) -> bool:
    """True when this data folder holds the demo centre."""
    return centre.db.scalar("SELECT value FROM meta WHERE key = 'demo'") == "1"


def ensure_demo_centre(centre: Centre) -> DemoInfo:
    """Create the demo centre unless this data folder already has a centre."""
    if centre.is_set_up:
        return DemoInfo(created=False)
    # The demo's history is played with the centre's clock set back in time.
    real_clock = centre.clock
    end = real_clock()
    now = [end - timedelta(days=40)]
    centre.clock = lambda: now[0]
    try:
        _create(centre, now, end)
    finally:
        centre.clock = real_clock
    return DemoInfo(created=True)


def _create(centre: Centre, now: list[datetime], end: datetime) -> None:
    from skillsapp.core.demo_history import play_demo_history

    with centre.db.transaction():
        trainer = centre.set_up(DEMO_CENTRE, "en", DEMO_TRAINER, DEMO_PASSWORD)
        centre.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')")
        for name, gender, age, pin, colour, avatar, language in DEMO_LEARNERS:
            centre.learners.create(
                LearnerDetails(
                    first_name=name,
                    language=language,
                    colour=TILE_COLOURS[colour],
                    avatar=avatar,
                    gender=gender,
                    age_band=age,
                    consent=Consent(True, True, centre.now().date().isoformat()),
                    pin=pin,
                ),
                by=trainer,
            )
        pins = {name: pin for name, _g, _a, pin, *_ in DEMO_LEARNERS if pin}
        play_demo_history(centre, trainer, now, end, pins)
