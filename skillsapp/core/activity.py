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
        kind = statement["object"].get("definition", {}).get("type")
        if verb == le.COMPLETED[0] and kind == le.COURSE_TYPE:
            course = statement["context"]["extensions"][le.COURSE]
            conn.execute(
                "INSERT OR IGNORE INTO certificates (code, learner_id, course_id, completed_at, "
                "statement_id) VALUES (?, ?, ?, ?, ?)",
                (certificate_code(statement["id"]), learner, course, when, statement["id"]),
            )


# Sessions: each sign-in paired with the next event of the same learner on the same PC when
# that is a sign-out within LONGEST_SESSION_HOURS; otherwise its length is unknown (NULL).
SESSIONS_SQL = f"""
WITH ordered AS (
    SELECT learner_id, at, kind,
           lead(at) OVER w AS next_at, lead(kind) OVER w AS next_kind
    FROM session_events {{where}}
    WINDOW w AS (PARTITION BY learner_id, pc_id ORDER BY at)
)
SELECT learner_id, at AS started,
       CASE WHEN next_kind = 'out'
                 AND julianday(next_at) - julianday(at) <= {LONGEST_SESSION_HOURS} / 24.0
            THEN next_at END AS ended
FROM ordered WHERE kind = 'in'
"""


def sessions(
    conn: sqlite3.Connection, learner_ids: list[str] | None = None
) -> list[tuple[str, str, str | None]]:
    """Every session as (learner id, started, ended or None), oldest first."""
    if learner_ids is None:
        sql, params = SESSIONS_SQL.format(where=""), []
    else:
        marks = ",".join("?" * len(learner_ids))
        sql, params = SESSIONS_SQL.format(where=f"WHERE learner_id IN ({marks})"), learner_ids
    return [tuple(row) for row in conn.execute(sql + " ORDER BY started", params)]


def session_seconds(
    conn: sqlite3.Connection, start: str, end: str, learner_ids: list[str] | None = None
) -> dict[str, int]:
    """Seconds of learning per learner, from sessions that began in [start, end).

    A session without a sign-out counts for nothing: nobody knows how long it lasted.
    """
    where = ""
    params: list[str] = []
    if learner_ids is not None:
        where = f"WHERE learner_id IN ({','.join('?' * len(learner_ids))})"
        params = list(learner_ids)
    sql = (
        "SELECT learner_id, sum((julianday(ended) - julianday(started)) * 86400) "
        f"FROM ({SESSIONS_SQL.format(where=where)}) "
        "WHERE ended IS NOT NULL AND started >= ? AND started < ? GROUP BY learner_id"
    )
    return {row[0]: round(row[1]) for row in conn.execute(sql, [*params, start, end])}
