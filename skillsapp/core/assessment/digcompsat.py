"""The DigCompSat-style figure: per area, the mean of item scores as a percentage, and its band.

DigCompSat (the EU's self-assessment instrument behind Europass "Test your digital skills")
scores each item from 0 to 1, takes the mean of the items of an area and reports it as a
percentage in four bands: Low 0-29 %, Foundation 30-47 %, Intermediate 48-80 %, Advanced
81-100 %. SkillsApp shows this figure beside its own level ("not yet", 1-6) so a funder can
compare; docs/competence-scoring.md compares the two methods point by point.

Whole numbers only, like the rest of the scoring: a percentage is rounded half up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from skillsapp.core.framework.model import area_of

# (band code, lowest percentage of the band), from the top down. Codes never change with the
# language; their English words are in BAND_WORDS.
BANDS: tuple[tuple[str, int], ...] = (
    ("advanced", 81),
    ("intermediate", 48),
    ("foundation", 30),
    ("low", 0),
)
BAND_WORDS: dict[str, str] = {
    "low": "Low",
    "foundation": "Foundation",
    "intermediate": "Intermediate",
    "advanced": "Advanced",
}


@dataclass(frozen=True)
class ItemScore:
    """One answered item: its competence and its points out of the most points possible.

    A self-assessment statement is 0-3 of 3; a knowledge question is 1 of 1 when right and
    0 of 1 when wrong (as DigCompSat scores its knowledge items).
    """

    competence: str
    points: int
    most: int


@dataclass(frozen=True)
class AreaFigure:
    """An area's DigCompSat-style percentage, its band and how many items it rests on."""

    area: str
    percent: int  # 0-100
    band: str  # a code of BANDS
    items: int


def band(percent: int) -> str:
    """The DigCompSat band code of a percentage: 29 -> "low", 30 -> "foundation", ..."""
    if not 0 <= percent <= 100:
        raise ValueError(f"a percentage is 0 to 100, not {percent}")
    return next(code for code, lowest in BANDS if percent >= lowest)


def area_figures(items: Iterable[ItemScore]) -> dict[str, AreaFigure]:
    """Per area (in area order), the mean of its item scores as a percentage, and its band.

    Each item counts once, whatever its scale: the mean of the items' shares of their most
    points (an answer of 2 of 3 is 0.667, a right answer 1), rounded half up to a percentage.
    """
    shares: dict[str, list[tuple[Fraction, int]]] = {}
    for item in items:
        if item.most <= 0 or not 0 <= item.points <= item.most:
            raise ValueError(f"{item.points} of {item.most} points is not a score")
        shares.setdefault(area_of(item.competence), []).append(
            (Fraction(item.points, item.most), 1)
        )
    return _figures(shares)


def area_figures_from_scores(
    scores: Mapping[str, int], items: Mapping[str, int] | None = None
) -> dict[str, AreaFigure]:
    """The same figure from stored competence scores (0-100) when the answers are not at hand.

    ``items`` gives how many items each competence's score rests on, so the mean stays a mean
    of items; without it (older records) each competence weighs the same. The result can
    differ from ``area_figures`` by rounding (each competence score was rounded once).
    """
    shares: dict[str, list[tuple[Fraction, int]]] = {}
    for code, score in scores.items():
        if not 0 <= score <= 100:
            raise ValueError(f"a competence score is 0 to 100, not {score}")
        weight = (items or {}).get(code, 1)
        shares.setdefault(area_of(code), []).append((Fraction(score, 100), weight))
    return _figures(shares)


def _figures(shares: Mapping[str, list[tuple[Fraction, int]]]) -> dict[str, AreaFigure]:
    found = {}
    for area in sorted(shares, key=int):
        values = shares[area]
        count = sum(weight for _, weight in values)
        mean = sum((share * weight for share, weight in values), Fraction(0)) / count
        percent = int(mean * 100 + Fraction(1, 2))  # exact, then rounded half up
        found[area] = AreaFigure(area, percent, band(percent), count)
    return found
