"""DigComp levels by area, for funders: how many were assessed, how many in each band
(from "not yet" up), the change from a first to a later self-check (pre/post), and the
self-check score as DigCompSat counts it, for the whole centre and for each group.

Nobody may be singled out: a group, an area or a pre/post comparison with fewer than
``SMALLEST_GROUP`` learners shows "too few to report" instead of any figure
(``docs/command-line.md``).

Levels are read from the self-checks kept by the competence projection (``self_assessments``):
an area's level in a check is the documented mean of its competences' levels
(``scoring.area_levels``); level 0 or below is "not yet" (below Foundation).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from skillsapp.core.assessment import digcompsat
from skillsapp.core.assessment.scoring import area_levels
from skillsapp.core.errors import Message, Term
from skillsapp.core.framework.model import area_of, framework
from skillsapp.core.reports.model import (
    SMALLEST_GROUP,
    TOO_FEW,
    Code,
    Column,
    Report,
    Value,
    check_period,
)

if TYPE_CHECKING:
    from skillsapp.core.assessment.bank import ItemBank
    from skillsapp.core.centre import Centre

AREAS = ("1", "2", "3", "4", "5")
# DigComp's bands by level: 1-2 Foundation, 3-4 Intermediate, 5-6 Advanced, 7-8 Highly
# specialised (2.2) / Highly advanced (3.0); below level 1 is "not yet".
NOT_YET = 0
BAND_FIRST_LEVELS = (1, 3, 5, 7)
# DigCompSat's bands (core/assessment/digcompsat.py), lowest first: Low 0-29, Foundation
# 30-47, Intermediate 48-80, Advanced 81-100. Its "Low" is counted with "not yet".
DIGCOMPSAT_BANDS = tuple(code for code, _ in reversed(digcompsat.BANDS))
ALL_LEARNERS = Code("group", "all")


@dataclass(frozen=True)
class AreaCheck:
    """One self-check's result in one area: the app's level and the DigCompSat score (%)."""

    level: int
    percent: int


def digcomp_levels(centre: Centre, start: str | date, end: str | date) -> Report:
    """The DigComp levels of the self-checks finished from ``start`` to ``end`` (both days
    included), for all learners and for each group."""
    first, last = check_period(start, end, centre.now().date())
    since, until = first.isoformat(), (last + timedelta(days=1)).isoformat()
    bank = centre.competences.bank
    with centre.db.reading() as conn:
        checks = conn.execute(
            "SELECT learner_id, levels, scores FROM self_assessments WHERE finished_at >= ? "
            "AND finished_at < ? ORDER BY finished_at, statement_id",
            (since, until),
        ).fetchall()
    weights = Counter(item.competence for item in bank.items)
    history: dict[str, dict[str, list[AreaCheck]]] = defaultdict(lambda: defaultdict(list))
    for learner, levels_json, scores_json in checks:
        for area, check in area_checks(json.loads(levels_json), json.loads(scores_json), weights):
            history[learner][area].append(check)
    bands = _bands_shown(bank)
    columns = _columns(bank.framework_version, bands)
    rows = _population_rows(ALL_LEARNERS, history, bands)
    for group in centre.groups.list():
        members = {m: history[m] for m in group.members if m in history}
        rows += _population_rows(group.name, members, bands)
    return Report(
        Message("DigComp levels by area from {start} to {end}", {"start": first, "end": last}),
        columns,
        tuple(rows),
        (
            Message(
                "Levels from the self-checks finished in the period. “Latest self-check”: "
                "each learner's latest level in the area. The first and latest self-check are "
                "compared for the learners who did two or more in the period (pre/post)."
            ),
            Message(
                "Self-check score as DigCompSat counts it: the mean of the answers' points "
                "in the area, as a percentage. Its bands: Low 0–29 % (counted under “Not "
                "yet”), Foundation 30–47 %, Intermediate 48–80 %, Advanced 81–100 %."
            ),
            Message(
                "So that nobody can be singled out, figures about fewer than {least} learners "
                "are not shown: “Too few to report”.",
                {"least": SMALLEST_GROUP},
            ),
        ),
        sort_by=(0, 1, 2),
        name="digcomp-levels",
    )


def area_checks(
    levels: Mapping[str, int], scores: Mapping[str, int], weights: Mapping[str, int]
) -> list[tuple[str, AreaCheck]]:
    """A check's level and DigCompSat score per area it covered.

    The score is the mean of the competences' scores weighted by their number of items, which
    is the mean of the answers' points over the area's items.
    """
    codes_of: dict[str, list[str]] = defaultdict(list)
    for code in levels:
        codes_of[area_of(code)].append(code)
    return [
        (area, AreaCheck(level, digcompsat_percent(scores, codes_of[area], weights)))
        for area, level in area_levels(levels).items()
    ]


def digcompsat_percent(
    scores: Mapping[str, int], codes: Iterable[str], weights: Mapping[str, int]
) -> int:
    """DigCompSat's area score: the item-weighted mean of the competence scores (0-100),
    rounded half up, by the rule of core/assessment/digcompsat.py."""
    chosen = {code: int(scores.get(code, 0)) for code in codes}
    figures = digcompsat.area_figures_from_scores(
        chosen, {code: weights.get(code, 1) for code in chosen}
    )
    return next(iter(figures.values())).percent if figures else 0


def level_band(level: int) -> int:
    """The band of a level: 0 "not yet" (below level 1), then 1 to 4 (Foundation to the top)."""
    if level <= NOT_YET:
        return 0
    return bisect_right(BAND_FIRST_LEVELS, level)


def digcompsat_band(percent: int) -> int:
    """DigCompSat's band of a score: 0 Low, 1 Foundation, 2 Intermediate, 3 Advanced."""
    return DIGCOMPSAT_BANDS.index(digcompsat.band(percent))


def _bands_shown(bank: ItemBank) -> int:
    """How many bands above "not yet" the self-check's ladder reaches (3, or 4 with levels 7+)."""
    top = max((item.level for item in bank.items), default=6)
    return level_band(top)


def _columns(version: str, bands: int) -> tuple[Column, ...]:
    fw = framework(version)
    band_columns = [Column("not_yet", Term("Not yet"), "number")]
    for level in BAND_FIRST_LEVELS[:bands]:
        band = fw.level(level).band
        band_columns.append(Column(band.lower().replace(" ", "_"), Term(band), "number"))
    return (
        Column("group", Term("Group")),
        Column("area", Term("DigComp area")),
        Column("figure", Term("Figure")),
        Column("learners", Term("Learners"), "number"),
        *band_columns,
        Column("mean_level", Term("Mean level"), "number"),
        Column("mean_percent", Term("Mean self-check score, % (DigCompSat)"), "number"),
    )


def _population_rows(
    who: str,
    history: Mapping[str, Mapping[str, list[AreaCheck]]],
    bands: int,
) -> list[tuple[Value, ...]]:
    """The rows of one population (everyone, or one group's members)."""
    blank = (None,) * (bands + 4)  # learners, the bands with "not yet", the two means
    assessed = [learner for learner, areas in history.items() if areas]
    if len(assessed) < SMALLEST_GROUP:
        return [(who, None, TOO_FEW, *blank)]
    rows: list[tuple[Value, ...]] = []
    for area in AREAS:
        seen = [checks[area] for checks in history.values() if checks.get(area)]
        code = Code("area", area)
        if len(seen) < SMALLEST_GROUP:
            rows.append((who, code, TOO_FEW, *blank))
            continue
        latest = [checks[-1] for checks in seen]
        rows.append((who, code, Code("figure", "latest"), *_level_figures(latest, bands)))
        rows.append((who, code, Code("figure", "digcompsat"), *_digcompsat_figures(latest, bands)))
        twice = [checks for checks in seen if len(checks) >= 2]
        if len(twice) < SMALLEST_GROUP:
            rows.append((who, code, Code("figure", "pre-post-too-few"), *blank))
            continue
        first = [checks[0] for checks in twice]
        later = [checks[-1] for checks in twice]
        rows.append((who, code, Code("figure", "first"), *_level_figures(first, bands)))
        rows.append((who, code, Code("figure", "later"), *_level_figures(later, bands)))
    return rows


def _level_figures(checks: list[AreaCheck], bands: int) -> tuple[Value, ...]:
    counts = Counter(min(level_band(c.level), bands) for c in checks)
    return (
        len(checks),
        *(counts.get(band, 0) for band in range(bands + 1)),
        round(sum(c.level for c in checks) / len(checks), 2),
        round(sum(c.percent for c in checks) / len(checks), 1),
    )


def _digcompsat_figures(checks: list[AreaCheck], bands: int) -> tuple[Value, ...]:
    counts = Counter(digcompsat_band(c.percent) for c in checks)
    # DigCompSat has no band above Advanced: that column stays empty.
    by_band = [counts.get(band, 0) if band <= 3 else None for band in range(bands + 1)]
    return (
        len(checks),
        *by_band,
        None,
        round(sum(c.percent for c in checks) / len(checks), 1),
    )
