"""From answers to levels, exactly as docs/competence-scoring.md says.

Only whole numbers are used, so the screen, the exports, the statements and the tests all
show the same figures on every PC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from skillsapp.core.assessment.bank import ANSWERS_PER_SCALE, Item
from skillsapp.core.framework.model import NOT_YET, area_of

MAX_POINTS = ANSWERS_PER_SCALE - 1  # answers are worth 0, 1, 2 or 3 points
HOLDS_AT = 2  # "on my own" / "quite well" / "mostly agree"
# Attitude statements ("I think it matters to…") say what someone values, not what they can
# do or know: they count in the 0-100 score and the summary, never as a step of the ladder.
GATING_SCALES = ("skills", "knowledge")


@dataclass(frozen=True)
class CompetenceResult:
    """The outcome of one competence in a self-assessment."""

    code: str
    score: int  # 0-100
    level: int  # 0 ("not yet", below Foundation) to 6
    items: int  # how many statements were answered


def points(answer: int) -> int:
    """The points of an answer: its place on the 4-point scale, 0 to 3."""
    if not 0 <= answer <= MAX_POINTS:
        raise ValueError(f"an answer is 0 to {MAX_POINTS}, not {answer}")
    return answer


def competence_score(answers: Iterable[int]) -> int:
    """Points as a percentage of the most points possible, rounded half up (0-100)."""
    given = [points(a) for a in answers]
    if not given:
        raise ValueError("a competence score needs at least one answer")
    total, most = sum(given), MAX_POINTS * len(given)
    return (200 * total + most) // (2 * most)


def competence_level(answered: Iterable[tuple[Item, int]]) -> int:
    """The highest item level up to which every level's statements average 2 points or more.

    Levels are taken from the easiest up; the first level whose skills and knowledge
    statements average less than 2 points stops the climb. When the easiest level does not
    hold, the level is 0, "not yet" (below Foundation). Attitude statements never gate.
    """
    by_level: dict[int, list[int]] = {}
    for item, answer in answered:
        points(answer)  # an answer outside the scale is refused even on an attitude item
        if item.scale in GATING_SCALES:
            by_level.setdefault(item.level, []).append(answer)
    level = NOT_YET
    for item_level in sorted(by_level):
        group = by_level[item_level]
        if sum(group) < HOLDS_AT * len(group):
            break
        level = max(level, item_level)
    return level


def score_competences(answers: Mapping[Item, int]) -> dict[str, CompetenceResult]:
    """The result of every competence that has answers, by code (in code order)."""
    grouped: dict[str, list[tuple[Item, int]]] = {}
    for item, answer in answers.items():
        grouped.setdefault(item.competence, []).append((item, answer))
    return {
        code: CompetenceResult(
            code,
            competence_score(a for _, a in pairs),
            competence_level(pairs),
            len(pairs),
        )
        for code, pairs in sorted(grouped.items(), key=lambda kv: _code_key(kv[0]))
    }


def area_levels(levels: Mapping[str, int]) -> dict[str, int]:
    """Per area, the mean of its competences' levels rounded half up (only areas with levels)."""
    grouped: dict[str, list[int]] = {}
    for code, level in levels.items():
        grouped.setdefault(area_of(code), []).append(level)
    return {area: half_up_mean(values) for area, values in sorted(grouped.items())}


def half_up_mean(values: list[int]) -> int:
    """The mean of whole numbers, rounded half up: [2, 3] -> 3, [2, 2, 3] -> 2."""
    return (2 * sum(values) + len(values)) // (2 * len(values))


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))
