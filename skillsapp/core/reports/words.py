"""The words behind the codes of reports, in English, for the interface to translate.

A report holds codes (``Code("gender", "not-stated")``); people read words. This is the one
list of those words: each kind of code and, for each code, its English word as a ``Term``
(translated in the "Messages" context like every message of core). Kinds that are named
elsewhere are not listed here: courses (their titles come from the course packs), DigComp
areas and competences (from the framework's descriptions in each language), people and
groups (as registered).

``ORDERED`` kinds keep the order a report gives them (areas 1-5, age bands from young to
old); every other value is sorted in the alphabetical order of the reader's language.
"""

from __future__ import annotations

from skillsapp.core.errors import Term

WORDS: dict[str, dict[str, Term]] = {
    "indicator": {
        "participants": Term("Participants"),
        "courses completed": Term("Courses completed"),
        "hours of learning": Term("Hours of learning"),
        "self-assessed level gain": Term("Level gain, self-assessed"),
        "trainer-validated level gain": Term("Level gain, observed by a trainer"),
    },
    # What a row of "DigComp levels by area" shows.
    "figure": {
        "latest": Term("Latest self-check"),
        "digcompsat": Term("Latest self-check, DigCompSat bands"),
        "first": Term("Pre: first self-check (of those with two or more)"),
        "later": Term("Post: latest self-check (of those with two or more)"),
        "too-few": Term("Too few to report"),
        "pre-post-too-few": Term("Pre/post: too few to report"),
    },
    "group": {"all": Term("All learners")},
    "breakdown": {
        "all": Term("All"),
        "gender": Term("Gender"),
        "age band": Term("Age group"),
        "course": Term("Course"),
        "DigComp area": Term("DigComp area"),
    },
    "all": {"all": Term("All")},
    "gender": {
        "female": Term("Women"),
        "male": Term("Men"),
        "other": Term("Another gender"),
        "not-stated": Term("Not stated"),
    },
    "age-band": {"not-stated": Term("Not stated")},  # the others are numbers: "16-24"
    "status": {
        "not started": Term("Not started"),
        "in progress": Term("In progress"),
        "completed": Term("Completed"),
        "needs help": Term("May need help"),
    },
    "help-reason": {
        "failed-quiz": Term("Quiz not passed after {count} tries"),
        "no-progress": Term("No progress for 2 weeks"),
    },
    # DigComp's level bands, in the words of versions 2.2 and 3.0.
    "band": {
        # Level 0, below Foundation: "Not yet" is the framework model's band name,
        # "not-yet" the code of the funders' report columns.
        "Not yet": Term("Not yet"),
        "not-yet": Term("Not yet"),
        "Foundation": Term("Foundation"),
        "Intermediate": Term("Intermediate"),
        "Advanced": Term("Advanced"),
        "Highly specialised": Term("Highly specialised"),
        "Basic": Term("Basic"),
        "Highly advanced": Term("Highly advanced"),
    },
}

ORDERED = frozenset(
    {
        "indicator",
        "breakdown",
        "all",
        "figure",
        "group",
        "gender",
        "age-band",
        "status",
        "help-reason",
        "band",
    }
    | {"area", "competence", "level"}
)


def word(kind: str, code: str) -> Term | None:
    """The English word of ``code`` of ``kind``; None when the code is shown as it is."""
    return WORDS.get(kind, {}).get(code)
