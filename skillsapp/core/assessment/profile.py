"""The competence profile: a projection of the self-assessment and trainer statements.

``competence_levels`` keeps, per learner and competence, the latest self-assessed level and
the latest trainer-validated level; ``self_assessments`` keeps each finished check. Updates
compare (time, statement id), so statements merged from another PC in any order give the
same tables as a rebuild from the whole log.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, ClassVar

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.scoring import CompetenceResult, area_levels
from skillsapp.core.assessment.self_assessment import SelfAssessmentResult
from skillsapp.core.events import OBJECT_TYPE_PATH
from skillsapp.storage.statements import arrived_statements, tables_of, verb_is

FLAG_DIFFERENCE = 2  # self and trainer levels this far apart are flagged for a talk


class CompetenceProjection:
    """Keeps ``competence_levels`` and ``self_assessments`` in step with the log."""

    schema = """
    CREATE TABLE competence_levels (learner_id TEXT, code TEXT, self_level INTEGER,
        self_score INTEGER, self_version TEXT, self_at TEXT, self_statement TEXT,
        trainer_level INTEGER, trainer_version TEXT, trainer_on TEXT, trainer_at TEXT,
        trainer_statement TEXT, trainer_id TEXT, PRIMARY KEY (learner_id, code));
    CREATE TABLE self_assessments (statement_id TEXT PRIMARY KEY, learner_id TEXT,
        finished_at TEXT, kind TEXT, area TEXT, version TEXT, levels TEXT, scores TEXT);
    CREATE INDEX self_assessments_by_learner ON self_assessments (learner_id, finished_at)
    """
    # Only checks and trainer assessments are decoded, picked out by the object type SQLite
    # reads (a bundle holds thousands of completed lessons).
    fields: ClassVar[dict[str, str]] = {"object_type": OBJECT_TYPE_PATH}
    wanted = (
        f"({verb_is(ce.COMPLETED[0])} AND object_type = '{ce.SELF_ASSESSMENT_TYPE}') "
        f"OR ({verb_is(ce.DEMONSTRATED[0])} AND object_type = '{ce.COMPETENCE_TYPE}')"
    )

    def fold(self, conn: sqlite3.Connection) -> None:
        """Fold the arrived self-assessments and trainer assessments in."""
        for statement in arrived_statements(conn, self.wanted):
            if statement["verb"]["id"] == ce.COMPLETED[0]:
                _apply_self_assessment(conn, statement)
            else:
                _apply_trainer_assessment(conn, statement)


TABLES = tables_of(CompetenceProjection.schema)


def _apply_self_assessment(conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
    learner = statement["actor"]["account"]["name"]
    extensions = statement["result"]["extensions"]
    context = statement["context"]["extensions"]
    levels: dict[str, int] = extensions[ce.COMPETENCE_LEVELS]
    scores: dict[str, int] = extensions[ce.COMPETENCE_SCORES]
    version = extensions[ce.DIGCOMP_VERSION]
    when, sid = statement["timestamp"], statement["id"]
    conn.execute(
        "INSERT OR IGNORE INTO self_assessments (statement_id, learner_id, finished_at, kind, "
        "area, version, levels, scores) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sid,
            learner,
            when,
            context.get(ce.CHECK_KIND, "full"),
            context.get(ce.CHECK_AREA),
            version,
            json.dumps(levels, sort_keys=True),
            json.dumps(scores, sort_keys=True),
        ),
    )
    newer = (
        "self_at IS NULL OR (excluded.self_at, excluded.self_statement) > (self_at, self_statement)"
    )
    for code, level in levels.items():
        conn.execute(
            "INSERT INTO competence_levels (learner_id, code, self_level, self_score, "
            "self_version, self_at, self_statement) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET "
            + ", ".join(
                f"{column} = CASE WHEN {newer} THEN excluded.{column} ELSE {column} END"
                for column in (
                    "self_level",
                    "self_score",
                    "self_version",
                    "self_statement",
                    "self_at",
                )
            ),
            (learner, code, int(level), int(scores.get(code, 0)), version, when, sid),
        )


def _apply_trainer_assessment(conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
    learner = statement["actor"]["account"]["name"]
    context = statement["context"]
    extensions = context["extensions"]
    result = statement["result"]["extensions"]
    row = (
        learner,
        extensions[ce.COMPETENCE],
        int(result[ce.OBSERVED_LEVEL]),
        extensions[ce.DIGCOMP_VERSION],
        extensions[ce.OBSERVED_ON],
        statement["timestamp"],
        statement["id"],
        context["instructor"]["account"]["name"],
    )
    # The latest observation counts: by the day watched, then when recorded, then id.
    newer = (
        "trainer_on IS NULL OR (excluded.trainer_on, excluded.trainer_at, "
        "excluded.trainer_statement) > (trainer_on, trainer_at, trainer_statement)"
    )
    columns = (
        "trainer_level",
        "trainer_version",
        "trainer_statement",
        "trainer_id",
        "trainer_at",
        "trainer_on",
    )
    conn.execute(
        "INSERT INTO competence_levels (learner_id, code, trainer_level, trainer_version, "
        "trainer_on, trainer_at, trainer_statement, trainer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO UPDATE SET "
        + ", ".join(f"{c} = CASE WHEN {newer} THEN excluded.{c} ELSE {c} END" for c in columns),
        row,
    )


@dataclass(frozen=True)
class CompetenceEntry:
    """One competence in a learner's profile."""

    code: str
    self_level: int | None = None
    self_score: int | None = None
    self_version: str | None = None
    self_at: str | None = None
    trainer_level: int | None = None
    trainer_version: str | None = None
    trainer_on: str | None = None
    trainer_id: str | None = None

    @property
    def level(self) -> int | None:
        """The validated level where a trainer recorded one, else the self-assessed level."""
        return self.trainer_level if self.trainer_level is not None else self.self_level

    @property
    def validated(self) -> bool:
        """True when a trainer observed this competence."""
        return self.trainer_level is not None

    @property
    def flagged(self) -> bool:
        """True when self and trainer levels differ by 2 levels or more."""
        if self.self_level is None or self.trainer_level is None:
            return False
        return abs(self.self_level - self.trainer_level) >= FLAG_DIFFERENCE


@dataclass(frozen=True)
class CompetenceProfile:
    """A learner's levels per competence, as the log says on this PC."""

    learner_id: str
    entries: dict[str, CompetenceEntry]

    @property
    def levels(self) -> dict[str, int]:
        """Competence code -> the level shown (validated where there is one)."""
        return {c: e.level for c, e in self.entries.items() if e.level is not None}

    @property
    def self_levels(self) -> dict[str, int]:
        """Competence code -> self-assessed level."""
        return {c: e.self_level for c, e in self.entries.items() if e.self_level is not None}

    @property
    def area_levels(self) -> dict[str, int]:
        """Area code -> level, from the levels shown."""
        return area_levels(self.levels)

    @property
    def is_empty(self) -> bool:
        """True before any self-assessment or trainer assessment."""
        return not self.levels


def learner_profile(conn: sqlite3.Connection, learner_id: str) -> CompetenceProfile:
    """The learner's profile from the projection table."""
    rows = conn.execute(
        "SELECT code, self_level, self_score, self_version, self_at, trainer_level, "
        "trainer_version, trainer_on, trainer_id FROM competence_levels WHERE learner_id = ?",
        (learner_id,),
    ).fetchall()
    entries = {row[0]: CompetenceEntry(*row) for row in rows}
    ordered = dict(sorted(entries.items(), key=lambda kv: tuple(map(int, kv[0].split(".")))))
    return CompetenceProfile(learner_id, ordered)


_HISTORY_COLUMNS = "statement_id, finished_at, kind, area, version, levels, scores"


def self_assessment_history(
    conn: sqlite3.Connection, learner_id: str
) -> list[SelfAssessmentResult]:
    """The learner's finished self-assessments, oldest first."""
    rows = conn.execute(
        f"SELECT {_HISTORY_COLUMNS} FROM self_assessments WHERE learner_id = ? "
        "ORDER BY finished_at, statement_id",
        (learner_id,),
    ).fetchall()
    return [_result(learner_id, row) for row in rows]


def latest_self_assessment(
    conn: sqlite3.Connection, learner_id: str
) -> SelfAssessmentResult | None:
    """The learner's most recent finished self-assessment."""
    row = conn.execute(
        f"SELECT {_HISTORY_COLUMNS} FROM self_assessments WHERE learner_id = ? "
        "ORDER BY finished_at DESC, statement_id DESC LIMIT 1",
        (learner_id,),
    ).fetchone()
    return None if row is None else _result(learner_id, row)


def change_since_last_time(conn: sqlite3.Connection, learner_id: str) -> dict[str, tuple[int, int]]:
    """Per area of the latest check: (level last time, level now), where there was a last time.

    "Last time" for an area is the most recent earlier check that covered it: a quick check of
    that area or a full check. A few indexed lookups, however long the history.
    """
    latest = latest_self_assessment(conn, learner_id)
    if latest is None:
        return {}
    changes = {}
    for area, now in latest.area_levels.items():
        row = conn.execute(
            f"SELECT {_HISTORY_COLUMNS} FROM self_assessments WHERE learner_id = ? "
            "AND (finished_at, statement_id) < (?, ?) AND (area = ? OR area IS NULL) "
            "ORDER BY finished_at DESC, statement_id DESC LIMIT 1",
            (learner_id, latest.finished_at, latest.statement_id, area),
        ).fetchone()
        if row is not None:
            before = _result(learner_id, row).area_levels.get(area)
            if before is not None:
                changes[area] = (before, now)
    return changes


def _result(learner_id: str, row: sqlite3.Row | tuple) -> SelfAssessmentResult:
    sid, finished_at, kind, area, version, levels_json, scores_json = tuple(row)
    levels, scores = json.loads(levels_json), json.loads(scores_json)
    competences = {
        code: CompetenceResult(code, int(scores.get(code, 0)), int(level), 0)
        for code, level in levels.items()
    }
    return SelfAssessmentResult(sid, learner_id, finished_at, kind, area, version, competences)
