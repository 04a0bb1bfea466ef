"""Programme indicators for funders over a period: who took part, what they finished, how
long they learned, and how their DigComp levels moved (first vs latest, per area)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from skillsapp.core.activity import session_seconds
from skillsapp.core.errors import Message, Term
from skillsapp.core.people import AgeBand, Gender
from skillsapp.core.reports.model import (
    SMALLEST_GROUP,
    TOO_FEW,
    Code,
    Column,
    Report,
    Value,
    check_period,
    course_code,
)

if TYPE_CHECKING:
    import sqlite3

    from skillsapp.core.centre import Centre

DEMONSTRATED = "https://w3id.org/skillsapp/xapi/verbs/demonstrated"
OBSERVED_LEVEL = "https://w3id.org/skillsapp/xapi/extensions/observed-level"
COMPETENCE = "https://w3id.org/skillsapp/xapi/extensions/digcomp-competence"
OBSERVED_ON = "https://w3id.org/skillsapp/xapi/extensions/observed-on"
AREAS = ("1", "2", "3", "4", "5")
COLUMNS = (
    Column("indicator", Term("Indicator")),
    Column("breakdown", Term("Counted by")),
    Column("category", Term("Category")),
    Column("value", Term("Value"), "number"),
    Column("learners", Term("Learners"), "number"),
)
ALL = (Code("breakdown", "all"), Code("all", "all"))


def programme_indicators(centre: Centre, start: str | date, end: str | date) -> Report:
    """The indicators of the period from ``start`` to ``end`` (both days included)."""
    first, last = check_period(start, end, centre.now().date())
    since, until = first.isoformat(), (last + timedelta(days=1)).isoformat()
    with centre.db.reading() as conn:
        rows = [
            *_participants(conn, since, until),
            *_completions(conn, since, until),
            *_hours(conn, since, until),
            *_self_gains(conn, since, until),
            *_trainer_gains(conn, since, until),
        ]
    # Course titles come from the course packs, outside the database's lock.
    rows = [
        tuple(course_code(centre, str(v)) if getattr(v, "kind", "") == "course" else v for v in row)
        for row in rows
    ]
    return Report(
        Message("Programme indicators from {start} to {end}", {"start": first, "end": last}),
        COLUMNS,
        tuple(rows),
        (
            Message(
                "Participants: learners who signed in or learned on at least one day of the period."
            ),
            Message(
                "Level gains: latest minus first level in the period, averaged over the "
                "learners assessed at least twice; the column “Learners” says how many."
            ),
            Message(
                "So that nobody can be singled out, figures about fewer than {least} learners "
                "are not shown: “Too few to report”.",
                {"least": SMALLEST_GROUP},
            ),
        ),
        sort_by=(0, 1, 2),
        name="indicators",
    )


def _participants(conn: sqlite3.Connection, since: str, until: str) -> list[tuple[Value, ...]]:
    people = conn.execute(
        "SELECT l.gender, l.age_band FROM learners l WHERE l.id IN "
        "(SELECT DISTINCT learner_id FROM learner_days WHERE day >= ? AND day < ?)",
        (since, until),
    ).fetchall()
    # Every gender and age group has a row, in the order of the lists, even when nobody.
    by_gender = defaultdict(int, {g.value: 0 for g in Gender})
    by_age = defaultdict(int, {a.value: 0 for a in AgeBand})
    for gender, age in people:
        by_gender[gender] += 1
        by_age[age] += 1
    indicator = Code("indicator", "participants")
    gender, age_band = Code("breakdown", "gender"), Code("breakdown", "age band")
    rows: list[tuple[Value, ...]] = [(indicator, *ALL, len(people), len(people))]
    rows += [(indicator, gender, Code("gender", g), n, n) for g, n in by_gender.items()]
    rows += [(indicator, age_band, Code("age-band", a), n, n) for a, n in by_age.items()]
    return rows


def _completions(conn: sqlite3.Connection, since: str, until: str) -> list[tuple[Value, ...]]:
    found = conn.execute(
        "SELECT course_id, count(*), count(DISTINCT learner_id) FROM course_progress "
        "WHERE completed_at >= ? AND completed_at < ? GROUP BY course_id ORDER BY course_id",
        (since, until),
    ).fetchall()
    learners = conn.execute(
        "SELECT count(DISTINCT learner_id) FROM course_progress "
        "WHERE completed_at >= ? AND completed_at < ?",
        (since, until),
    ).fetchone()[0]
    indicator, course = Code("indicator", "courses completed"), Code("breakdown", "course")
    rows: list[tuple[Value, ...]] = [(indicator, *ALL, sum(n for _, n, _ in found), learners)]
    rows += [(indicator, course, Code("course", c), n, people) for c, n, people in found]
    return rows


def _hours(conn: sqlite3.Connection, since: str, until: str) -> list[tuple[Value, ...]]:
    seconds = session_seconds(conn, since, until)
    hours = round(sum(seconds.values()) / 3600, 2)
    return [(Code("indicator", "hours of learning"), *ALL, hours, len(seconds))]


def _self_gains(conn: sqlite3.Connection, since: str, until: str) -> list[tuple[Value, ...]]:
    history: dict[str, list[dict[str, int]]] = defaultdict(list)
    for learner, levels in conn.execute(
        "SELECT learner_id, levels FROM self_assessments WHERE finished_at >= ? "
        "AND finished_at < ? ORDER BY finished_at, statement_id",
        (since, until),
    ):
        history[learner].append(json.loads(levels))
    gains: dict[str, list[float]] = defaultdict(list)
    for checks in history.values():
        for area in AREAS:
            levels = [_area_level(check, area) for check in checks]
            known = [level for level in levels if level is not None]
            if len(known) >= 2:
                gains[area].append(known[-1] - known[0])
    return _gain_rows("self-assessed level gain", gains)


def _trainer_gains(conn: sqlite3.Connection, since: str, until: str) -> list[tuple[Value, ...]]:
    seen: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for (body,) in conn.execute(
        "SELECT body FROM statements WHERE verb = ? AND timestamp >= ? AND timestamp < ?",
        (DEMONSTRATED, since, until),
    ):
        statement = json.loads(body)
        extensions = statement["context"]["extensions"]
        level = int(statement["result"]["extensions"][OBSERVED_LEVEL])
        key = (statement["actor"]["account"]["name"], extensions[COMPETENCE])
        seen[key].append((f"{extensions.get(OBSERVED_ON, '')}{statement['timestamp']}", level))
    gains: dict[str, list[float]] = defaultdict(list)
    for (_, code), observations in seen.items():
        if len(observations) >= 2:
            observations.sort()
            gains[code.split(".")[0]].append(observations[-1][1] - observations[0][1])
    return _gain_rows("trainer-validated level gain", gains)


def _area_level(levels: dict[str, int], area: str) -> float | None:
    values = [level for code, level in levels.items() if code.split(".")[0] == area]
    return sum(values) / len(values) if values else None


def _gain_rows(name: str, gains: dict[str, list[float]]) -> list[tuple[Value, ...]]:
    rows: list[tuple[Value, ...]] = []
    indicator, by_area = Code("indicator", name), Code("breakdown", "DigComp area")
    for area in AREAS:
        values = gains.get(area, [])
        if 0 < len(values) < SMALLEST_GROUP:
            # A mean of a handful of people is a person's result: not shown.
            rows.append((indicator, by_area, Code("area", area), TOO_FEW, None))
            continue
        mean = round(sum(values) / len(values), 2) if values else None
        rows.append((indicator, by_area, Code("area", area), mean, len(values)))
    return rows
