"""The competence profile: a projection of the statements of the four kinds of evidence.

``competence_levels`` keeps, per learner and competence, the latest level of each kind the
log holds: self-assessed ("said"), from the self-check's knowledge questions ("known"), from
practice tasks ("did") and observed by a trainer ("observed"); ``self_assessments`` keeps
each finished check. Course quizzes (also "known") are read from the course progress when the
profile is read, so every quiz ever passed counts. Updates compare (time, statement id), so
statements merged from another PC in any order give the same tables as a rebuild from the
whole log. docs/competence-scoring.md says how the kinds combine.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.evidence import CONFLICT, Evidence, course_known_levels
from skillsapp.core.assessment.scoring import CompetenceResult, area_levels
from skillsapp.core.assessment.self_assessment import SelfAssessmentResult
from skillsapp.core.events import OBJECT_TYPE_PATH, extension_path
from skillsapp.storage.statements import arrived_statements, tables_of, verb_is

if TYPE_CHECKING:
    from skillsapp.core.courses import CoursePack

FLAG_DIFFERENCE = CONFLICT  # kinds of evidence this far apart are flagged for a talk


class CompetenceProjection:
    """Keeps ``competence_levels`` and ``self_assessments`` in step with the log."""

    schema = """
    CREATE TABLE competence_levels (learner_id TEXT, code TEXT, self_level INTEGER,
        self_score INTEGER, self_version TEXT, self_at TEXT, self_statement TEXT,
        trainer_level INTEGER, trainer_version TEXT, trainer_on TEXT, trainer_at TEXT,
        trainer_statement TEXT, trainer_id TEXT, known_level INTEGER, known_at TEXT,
        known_statement TEXT, did_level INTEGER, did_at TEXT, did_statement TEXT,
        PRIMARY KEY (learner_id, code));
    CREATE TABLE self_assessments (statement_id TEXT PRIMARY KEY, learner_id TEXT,
        finished_at TEXT, kind TEXT, area TEXT, version TEXT, levels TEXT, scores TEXT,
        counts TEXT);
    CREATE INDEX self_assessments_by_learner ON self_assessments (learner_id, finished_at)
    """
    # Only checks and trainer assessments are decoded, picked out by the object type SQLite
    # reads (a bundle holds thousands of completed lessons).
    fields: ClassVar[dict[str, str]] = {
        "object_type": OBJECT_TYPE_PATH,
        "evidence_kind": extension_path(ce.EVIDENCE_KIND),
    }
    wanted = (
        f"({verb_is(ce.COMPLETED[0])} AND object_type IN ('{ce.SELF_ASSESSMENT_TYPE}', "
        f"'{ce.KNOWLEDGE_CHECK_TYPE}')) "
        f"OR ({verb_is(ce.DEMONSTRATED[0])} AND object_type = '{ce.COMPETENCE_TYPE}') "
        f"OR evidence_kind = '{ce.DID}'"
    )

    def fold(self, conn: sqlite3.Connection) -> None:
        """Fold the arrived checks, knowledge results, tasks and trainer assessments in."""
        for statement in arrived_statements(conn, self.wanted):
            extensions = statement.get("context", {}).get("extensions", {})
            kind = statement["object"].get("definition", {}).get("type")
            if extensions.get(ce.EVIDENCE_KIND) == ce.DID:
                _apply_task(conn, statement)
            elif statement["verb"]["id"] == ce.DEMONSTRATED[0]:
                _apply_trainer_assessment(conn, statement)
            elif kind == ce.KNOWLEDGE_CHECK_TYPE:
                _apply_knowledge(conn, statement)
            else:
                _apply_self_assessment(conn, statement)


TABLES = tables_of(CompetenceProjection.schema)


def _apply_self_assessment(conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
    learner = statement["actor"]["account"]["name"]
    extensions = statement["result"]["extensions"]
    context = statement["context"]["extensions"]
    levels: dict[str, int] = extensions[ce.COMPETENCE_LEVELS]
    scores: dict[str, int] = extensions[ce.COMPETENCE_SCORES]
    counts: dict[str, int] | None = extensions.get(ce.ITEM_COUNTS)
    if counts is None:
        # Recorded before "not yet" existed (nobody below level 1, attitude gating): read
        # again from its answers under today's rules, when this PC holds them.
        again = rescore_from_answers(conn, learner, statement["context"].get("registration"))
        if again is not None:
            levels, scores, counts = again
    version = extensions[ce.DIGCOMP_VERSION]
    when, sid = statement["timestamp"], statement["id"]
    conn.execute(
        "INSERT OR IGNORE INTO self_assessments (statement_id, learner_id, finished_at, kind, "
        "area, version, levels, scores, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sid,
            learner,
            when,
            context.get(ce.CHECK_KIND, "full"),
            context.get(ce.CHECK_AREA),
            version,
            json.dumps(levels, sort_keys=True),
            json.dumps(scores, sort_keys=True),
            None if counts is None else json.dumps(counts, sort_keys=True),
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


def rescore_from_answers(
    conn: sqlite3.Connection, learner: str, registration: str | None
) -> tuple[dict[str, int], dict[str, int], dict[str, int]] | None:
    """Levels, scores and item counts of an older check, from its answer statements in the
    log and today's rules; None when the log holds none of them (they stay as recorded)."""
    if not registration:
        return None
    from skillsapp.core.assessment.bank import default_item_bank
    from skillsapp.core.assessment.scoring import score_competences

    bank = {item.id: item for item in default_item_bank().items}
    latest: dict[str, tuple[int, int]] = {}
    for (body,) in conn.execute(
        "SELECT body FROM statements WHERE actor_id = ? AND verb = ?",
        (learner, ce.ANSWERED[0]),
    ):
        answer = json.loads(body)
        if answer.get("context", {}).get("registration") != registration:
            continue
        item_id = answer["object"]["id"].rsplit("/", 1)[-1]
        if "/self-assessment/items/" not in answer["object"]["id"] or item_id not in bank:
            continue
        number = int(answer["context"]["extensions"].get(ce.ANSWER_NUMBER, 0))
        if item_id not in latest or number > latest[item_id][0]:
            latest[item_id] = (number, int(answer["result"]["response"]))
    if not latest:
        return None
    results = score_competences({bank[i]: points for i, (_, points) in latest.items()})
    return (
        {code: r.level for code, r in results.items()},
        {code: r.score for code, r in results.items()},
        {code: r.items for code, r in results.items()},
    )


def _apply_knowledge(conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
    """The known levels of a self-check's questions: the latest check counts per competence."""
    learner = statement["actor"]["account"]["name"]
    levels: dict[str, int] = statement["result"]["extensions"][ce.KNOWN_LEVELS]
    for code, level in levels.items():
        _latest(conn, "known", (learner, code, int(level), statement["timestamp"], statement["id"]))


def _apply_task(conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
    """A practice task ("did"): the competence it shows and the level, the latest counts."""
    code = statement["context"]["extensions"].get(ce.COMPETENCE)
    level = statement.get("result", {}).get("extensions", {}).get(ce.EVIDENCE_LEVEL)
    if code is None or type(level) is not int:
        return  # a task statement of a newer version that this one cannot read
    learner = statement["actor"]["account"]["name"]
    _latest(conn, "did", (learner, code, level, statement["timestamp"], statement["id"]))


def _latest(conn: sqlite3.Connection, kind: str, row: tuple[str, str, int, str, str]) -> None:
    # The latest statement wins: by its time, then its id (the same on every PC).
    newer = (
        f"{kind}_at IS NULL OR (excluded.{kind}_at, excluded.{kind}_statement) > "
        f"({kind}_at, {kind}_statement)"
    )
    columns = (f"{kind}_level", f"{kind}_statement", f"{kind}_at")
    conn.execute(
        f"INSERT INTO competence_levels (learner_id, code, {kind}_level, {kind}_at, "
        f"{kind}_statement) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
        + ", ".join(f"{c} = CASE WHEN {newer} THEN excluded.{c} ELSE {c} END" for c in columns),
        row,
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
    check_known_level: int | None = None  # from the latest self-check's questions
    did_level: int | None = None  # from practice tasks
    course_level: int | None = None  # from the courses whose every quiz was passed
    course_id: str | None = None  # the course that shows ``course_level``

    @property
    def known_level(self) -> int | None:
        """What the learner showed they know: the higher of questions and course quizzes."""
        known = [v for v in (self.check_known_level, self.course_level) if v is not None]
        return max(known) if known else None

    @property
    def evidence(self) -> Evidence:
        """The four kinds of evidence side by side."""
        return Evidence(self.self_level, self.known_level, self.did_level, self.trainer_level)

    @property
    def level(self) -> int | None:
        """The level the app concludes: observed, else did, else known, else said."""
        return self.evidence.concluded

    @property
    def validated(self) -> bool:
        """True when a trainer observed this competence."""
        return self.trainer_level is not None

    @property
    def flagged(self) -> bool:
        """True when two kinds of evidence differ by 2 levels or more."""
        return self.evidence.conflict


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


def learner_profile(
    conn: sqlite3.Connection, learner_id: str, packs: Iterable[CoursePack] = ()
) -> CompetenceProfile:
    """The learner's profile from the projection table, with the courses' quizzes (``packs``:
    the courses of this centre) as evidence of what the learner knows."""
    rows = conn.execute(
        "SELECT code, self_level, self_score, self_version, self_at, trainer_level, "
        "trainer_version, trainer_on, trainer_id, known_level, did_level "
        "FROM competence_levels WHERE learner_id = ?",
        (learner_id,),
    ).fetchall()
    entries = {row[0]: CompetenceEntry(*row) for row in rows}
    passed: dict[str, set[str]] = {}
    for course_id, lesson_id in conn.execute(
        "SELECT course_id, lesson_id FROM quiz_results WHERE learner_id = ? "
        "AND passed_at IS NOT NULL",
        (learner_id,),
    ):
        passed.setdefault(course_id, set()).add(lesson_id)
    if passed:
        for code, (level, course) in course_known_levels(passed, packs).items():
            entry = entries.get(code) or CompetenceEntry(code)
            entries[code] = replace(entry, course_level=level, course_id=course)
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
