"""Which courses close a learner's gaps, and the plain summary of a profile.

A course fits a competence when the learner's level is at least the course's entry level and
below its target level. Courses are ranked by how many levels they add in total, then by the
lowest level they start from (the largest gap first).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.core.assessment.scoring import area_levels
from skillsapp.core.framework.model import area_of

if TYPE_CHECKING:
    from skillsapp.core.courses import CoursePack

MOST_RECOMMENDATIONS = 5
CONFIDENT_FROM = 3  # "on one's own": the level from which we say "you are confident with"
TOP_SELF_LEVEL = 6  # the self-check's top level: nothing left to work on there


@dataclass(frozen=True)
class Recommendation:
    """A course worth taking next and why."""

    course_id: str
    title: str
    gain: int  # levels the course can add over the competences it fits
    competences: tuple[str, ...]  # the codes it fits


@dataclass(frozen=True)
class Summary:
    """What the plain-language summary talks about.

    The next step is an area, or, when the only area left to work on holds the strength (a
    check of one area), a competence of that area other than the strength: the summary never
    praises and sends the learner on in the same area.
    """

    strongest: str | None  # a competence code the learner is confident with
    next_step: str | None  # an area code to work on next
    next_competence: str | None = None  # a competence to work on, instead of an area


def recommend(
    levels: Mapping[str, int],
    packs: Iterable[CoursePack],
    done: Iterable[str] = (),
    most: int = MOST_RECOMMENDATIONS,
    language: str = "en",
) -> list[Recommendation]:
    """Up to ``most`` courses fitting the learner's levels, best first (completed ones left out)."""
    finished = set(done)
    ranked = []
    for pack in packs:
        if pack.id in finished:
            continue
        fits = [
            (c.code, c.target_level - levels[c.code])
            for c in pack.competences
            if c.code in levels and _fits(c.entry_level, levels[c.code], c.target_level)
        ]
        if not fits:
            continue
        gain = sum(g for _, g in fits)
        lowest = min(levels[code] for code, _ in fits)
        title = pack.title_in(language)
        key = (-gain, lowest, title.casefold(), pack.id)
        ranked.append((key, Recommendation(pack.id, title, gain, tuple(c for c, _ in fits))))
    ranked.sort(key=lambda pair: pair[0])
    return [recommendation for _, recommendation in ranked[:most]]


def _fits(entry: int, level: int, target: int) -> bool:
    # "Not yet" (0) is where a course that starts at level 1 begins: beginners' courses are
    # exactly for them. No course expects less than level 1.
    return entry <= max(level, 1) and level < target


def summarise(levels: Mapping[str, int], scores: Mapping[str, int] | None = None) -> Summary:
    """The competence to praise and what to work on next, never in the same area.

    The next step is the area with the lowest level below 6 (then area order). The praise goes
    to the competence with the highest level from 3 (then highest score, then code order)
    outside that area. When every such competence is inside it (a check of one area), the
    praise stays and the next step is the weakest other competence of that area below 6
    (lowest level, then lowest score, then code order); if there is none, there is no next step.
    """
    scores = scores or {}
    areas = {area: level for area, level in area_levels(levels).items() if level < TOP_SELF_LEVEL}
    next_step = min(areas, key=lambda a: (areas[a], int(a))) if areas else None
    confident = [code for code, level in levels.items() if level >= CONFIDENT_FROM]

    def best(codes: list[str]) -> str:
        return min(codes, key=lambda c: (-levels[c], -scores.get(c, 0), _code_key(c)))

    elsewhere = [code for code in confident if area_of(code) != next_step]
    if elsewhere or not confident:
        return Summary(best(elsewhere) if elsewhere else None, next_step)
    strongest = best(confident)
    others = [
        code
        for code, level in levels.items()
        if area_of(code) == next_step and code != strongest and level < TOP_SELF_LEVEL
    ]
    weakest = min(others, key=lambda c: (levels[c], scores.get(c, 0), _code_key(c)), default=None)
    return Summary(strongest, None, weakest)


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))
