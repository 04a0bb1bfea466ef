"""Four kinds of evidence about one competence, side by side, and the level the app concludes.

- said: the self-assessment (the latest check);
- known: the self-check's knowledge questions (the latest check) and course quizzes (a course
  whose every quiz was passed shows its target level for each competence it trains);
  the higher of the two;
- did: practice tasks (a later version records them; statements of kind "did");
- observed: a trainer watched a real task (the latest observation).

The conclusion takes the strongest kind present: observed beats did beats known beats said.
The kinds are never averaged. When two kinds present differ by 2 levels or more, the
competence is flagged for a conversation. docs/competence-scoring.md explains the rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core.assessment.competence_events import DID, KNOWN, OBSERVED, SAID

if TYPE_CHECKING:
    from skillsapp.core.courses import CoursePack

STRONGEST_FIRST = (OBSERVED, DID, KNOWN, SAID)
CONFLICT = 2  # kinds this many levels apart are flagged


@dataclass(frozen=True)
class Evidence:
    """The level each kind of evidence shows for one competence (None: no such evidence)."""

    said: int | None = None
    known: int | None = None
    did: int | None = None
    observed: int | None = None

    def levels(self) -> dict[str, int]:
        """Kind -> level, for the kinds present, strongest first."""
        found = {kind: getattr(self, kind) for kind in STRONGEST_FIRST}
        return {kind: level for kind, level in found.items() if level is not None}

    @property
    def concluded_kind(self) -> str | None:
        """The kind the conclusion rests on: the strongest present."""
        return next(iter(self.levels()), None)

    @property
    def concluded(self) -> int | None:
        """The level the app concludes: the strongest kind's level, never a blend."""
        kind = self.concluded_kind
        return None if kind is None else self.levels()[kind]

    @property
    def conflict(self) -> bool:
        """True when two kinds present differ by 2 levels or more."""
        values = list(self.levels().values())
        return len(values) > 1 and max(values) - min(values) >= CONFLICT

    @property
    def measured(self) -> tuple[str, int] | None:
        """The strongest kind other than the self-assessment, with its level: what the
        self-rating is calibrated against."""
        for kind, level in self.levels().items():
            if kind != SAID:
                return kind, level
        return None

    @property
    def calibration(self) -> int | None:
        """Measured level minus self-assessed level (positive: more than the resident
        thought); None without both."""
        measured = self.measured
        if measured is None or self.said is None:
            return None
        return measured[1] - self.said


def course_known_levels(
    passed: Mapping[str, set[str]], packs: Iterable[CoursePack]
) -> dict[str, tuple[int, str]]:
    """Competence -> (level, course id) shown by courses whose every quiz was passed.

    ``passed``: course id -> the lesson ids whose quiz the learner passed. A course counts
    when every lesson with a quiz is among them; it shows its target level for each
    competence it trains (the highest such course wins, then the course id).
    """
    found: dict[str, tuple[int, str]] = {}
    for pack in packs:
        done = passed.get(pack.id)
        if not done:
            continue
        quizzes = {lesson.id for lesson in pack.lessons if lesson.quizzes}
        if not quizzes or not quizzes <= done:
            continue
        for competence in pack.competences:
            best = found.get(competence.code)
            mine = (competence.target_level, pack.id)
            if best is None or mine > best:
                found[competence.code] = mine
    return found


MORE_FROM = 1  # a resident hears "you know more than you thought" from one level up
LESS_FROM = CONFLICT  # and about a gap only from two levels, kindly


@dataclass(frozen=True)
class CalibrationNote:
    """A kind word for the resident about one competence: where the measured evidence
    (knowledge questions, quizzes, tasks or a trainer) differs from their own rating."""

    code: str
    more: bool  # True: the evidence shows more than they said; False: less
    said: int
    measured: int
    kind: str  # the kind of the measured evidence


def calibration_notes(evidence: Mapping[str, Evidence], most: int = 3) -> list[CalibrationNote]:
    """Up to ``most`` notes, good news first (largest difference, then code order)."""
    notes = []
    for code, found in evidence.items():
        difference, measured = found.calibration, found.measured
        if difference is None or measured is None or found.said is None:
            continue
        if difference >= MORE_FROM or -difference >= LESS_FROM:
            notes.append(
                CalibrationNote(code, difference > 0, found.said, measured[1], measured[0])
            )
    notes.sort(
        key=lambda n: (not n.more, -abs(n.measured - n.said), tuple(map(int, n.code.split("."))))
    )
    return notes[:most]
