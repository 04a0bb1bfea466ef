"""Attendance, sessions and certificates, projected from the log.

- ``learner_days``: the days a learner signed in or learned something (attendance, and the
  participants of a period);
- ``session_events``: sign-in and sign-out moments, paired into sessions for time spent;
- ``certificates``: a short code for each completed course, printed on the certificate.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from skillsapp.core import events
from skillsapp.core import learning_events as le
from skillsapp.core.clock import parse_iso

# Verbs that show a learner was at the centre and learning.
PRESENT = frozenset(
    {
        events.Verb.LOGGED_IN[0],
        le.EXPERIENCED[0],
        le.ANSWERED[0],
        le.COMPLETED[0],
        le.PASSED[0],
        le.FAILED[0],
    }
)
SESSION_KINDS = {events.Verb.LOGGED_IN[0]: "in", events.Verb.LOGGED_OUT[0]: "out"}
LONGEST_SESSION_HOURS = 4  # a sign-in with no sign-out counts for at most this long


def certificate_code(statement_id: str) -> str:
    """A short code derived from the course-completed statement, e.g. ``K7Q2-M9XD``."""
    import base64
    import hashlib

    digest = hashlib.sha256(statement_id.encode()).digest()
    text = base64.b32encode(digest).decode()[:8]
    return f"{text[:4]}-{text[4:]}"


class ActivityProjection:
    """Keeps attendance, session events and certificates in step with the log."""

    def reset(self, conn: sqlite3.Connection) -> None:
        """Empty the tables before a rebuild."""
        for table in ("learner_days", "session_events", "certificates"):
            conn.execute(f"DELETE FROM {table}")

    def apply(self, conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
        """Fold one statement in."""
        verb = statement["verb"]["id"]
        learner = statement["actor"]["account"]["name"]
        when = statement["timestamp"]
        if verb in PRESENT:
            conn.execute(
                "INSERT OR IGNORE INTO learner_days (learner_id, day) VALUES (?, ?)",
                (learner, when[:10]),
            )
        if verb in SESSION_KINDS:
            pc = statement.get("context", {}).get("extensions", {}).get(events.Extension.PC, "")
            conn.execute(
                "INSERT OR IGNORE INTO session_events (statement_id, learner_id, pc_id, at, kind)"
                " VALUES (?, ?, ?, ?, ?)",
                (statement["id"], learner, pc, when, SESSION_KINDS[verb]),
            )
            _pair_around(conn, statement["id"], learner, pc, when)
        kind = statement["object"].get("definition", {}).get("type")
        if verb == le.COMPLETED[0] and kind == le.COURSE_TYPE:
            course = statement["context"]["extensions"][le.COURSE]
            conn.execute(
                "INSERT OR IGNORE INTO certificates (code, learner_id, course_id, completed_at, "
                "statement_id) VALUES (?, ?, ?, ?, ?)",
                (certificate_code(statement["id"]), learner, course, when, statement["id"]),
            )


def _pair_around(conn: sqlite3.Connection, statement_id: str, learner: str, pc: str, at: str):
    """Re-pair the sign-ins next to a new event: only the new event and the one just before it
    can change partner, so the result is the same whatever order events arrive in."""
    before = conn.execute(
        "SELECT statement_id, at FROM session_events WHERE learner_id = ? AND pc_id = ? "
        "AND (at, statement_id) < (?, ?) ORDER BY at DESC, statement_id DESC LIMIT 1",
        (learner, pc, at, statement_id),
    ).fetchone()
    for sid, started in ([tuple(before)] if before else []) + [(statement_id, at)]:
        following = conn.execute(
            "SELECT at, kind FROM session_events WHERE learner_id = ? AND pc_id = ? "
            "AND (at, statement_id) > (?, ?) ORDER BY at, statement_id LIMIT 1",
            (learner, pc, started, sid),
        ).fetchone()
        seconds = None
        if following is not None and following[1] == "out":
            length = (parse_iso(following[0]) - parse_iso(started)).total_seconds()
            if 0 <= length <= LONGEST_SESSION_HOURS * 3600:
                seconds = round(length)
        conn.execute(
            "UPDATE session_events SET seconds = ? WHERE statement_id = ? AND kind = 'in'",
            (seconds, sid),
        )


def sessions(
    conn: sqlite3.Connection, learner_ids: list[str], newest: int
) -> list[tuple[str, str, int | None]]:
    """The newest sessions of these learners: (learner id, started, seconds or None)."""
    marks = ",".join("?" * len(learner_ids))
    rows = conn.execute(
        f"SELECT learner_id, at, seconds FROM session_events WHERE kind = 'in' "
        f"AND learner_id IN ({marks}) ORDER BY at DESC LIMIT ?",
        [*learner_ids, newest],
    )
    return [tuple(row) for row in rows]


def session_seconds(
    conn: sqlite3.Connection, start: str, end: str, learner_ids: list[str] | None = None
) -> dict[str, int]:
    """Seconds of learning per learner, from sessions that began in [start, end).

    A session without a sign-out counts for nothing: nobody knows how long it lasted.
    """
    sql = (
        "SELECT learner_id, sum(seconds) FROM session_events WHERE kind = 'in' "
        "AND at >= ? AND at < ? AND seconds IS NOT NULL"
    )
    params: list[str] = [start, end]
    if learner_ids is not None:
        sql += f" AND learner_id IN ({','.join('?' * len(learner_ids))})"
        params += learner_ids
    return {row[0]: int(row[1]) for row in conn.execute(sql + " GROUP BY learner_id", params)}
