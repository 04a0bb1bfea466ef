"""Attendance, sessions and certificates, projected from the log.

- ``learner_days``: the days a learner signed in or learned something (attendance, and the
  participants of a period);
- ``session_events``: sign-in and sign-out moments, paired into sessions for time spent;
- ``certificates``: a short code for each completed course, printed on the certificate.
"""

from __future__ import annotations

import sqlite3
from typing import ClassVar

from skillsapp.core import events
from skillsapp.core import learning_events as le
from skillsapp.storage.statements import verb_is

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

    schema = """
    CREATE TABLE learner_days (learner_id TEXT, day TEXT, PRIMARY KEY (learner_id, day));
    CREATE INDEX learner_days_by_day ON learner_days (day);
    CREATE TABLE session_events (statement_id TEXT PRIMARY KEY, learner_id TEXT, pc_id TEXT,
        at TEXT, kind TEXT, seconds INTEGER);
    CREATE INDEX session_events_by_place ON session_events (learner_id, pc_id, at, statement_id);
    CREATE INDEX session_events_by_kind ON session_events (kind, at);
    CREATE TABLE certificates (code TEXT PRIMARY KEY, learner_id TEXT, course_id TEXT,
        completed_at TEXT, statement_id TEXT);
    CREATE INDEX certificates_by_learner ON certificates (learner_id)
    """
    # What it reads out of each arriving statement's JSON.
    fields: ClassVar[dict[str, str]] = {
        "pc": events.extension_path(events.Extension.PC),
        "object_type": events.OBJECT_TYPE_PATH,
        "course": events.extension_path(le.COURSE),
    }

    def fold(self, conn: sqlite3.Connection) -> None:
        """Fold the arrived statements in with set-based SQL: days present, sign-ins and
        sign-outs (paired again around the new ones), certificates of completed courses."""
        conn.execute(
            "INSERT OR IGNORE INTO learner_days (learner_id, day) "
            f"SELECT actor_id, substr(timestamp, 1, 10) FROM arrived WHERE {verb_is(*PRESENT)}"
        )
        after_event = _last_event(conn)
        pairing = {"longest": LONGEST_SESSION_HOURS * 3600 * 1000, "in": events.Verb.LOGGED_IN[0]}
        if not after_event:
            # None yet (a new PC, a rebuild): they are paired as they are written.
            conn.execute(_WRITE_PAIRED, pairing)
        else:
            conn.execute(_WRITE, pairing)
        completions = conn.execute(
            "SELECT id, actor_id, course, timestamp FROM arrived "
            "WHERE verb = ? AND object_type = ?",
            (le.COMPLETED[0], le.COURSE_TYPE),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO certificates (code, learner_id, course_id, completed_at, "
            "statement_id) VALUES (?, ?, ?, ?, ?)",
            [
                (certificate_code(sid), learner, course, when, sid)
                for sid, learner, course, when in completions
            ],
        )
        if after_event and _any_after(conn, after_event):
            conn.execute(_PAIR, {**pairing, "after": after_event})


def _last_event(conn: sqlite3.Connection) -> int:
    """The rowid of the newest session event (events added later have greater ones)."""
    return int(conn.execute("SELECT coalesce(max(rowid), 0) FROM session_events").fetchone()[0])


def _any_after(conn: sqlite3.Connection, after_event: int) -> bool:
    """Whether session events were added after rowid ``after_event``."""
    return (
        conn.execute("SELECT 1 FROM session_events WHERE rowid > ?", (after_event,)).fetchone()
        is not None
    )


# Each sign-in is paired with the event that follows it on the same PC: when that is a
# sign-out, the session lasted the time between them, in whole seconds rounded as Python's
# round() does (halves to even), and only up to LONGEST_SESSION_HOURS. The times are the
# log's millisecond timestamps, so the milliseconds between them come out exact. One
# formula serves the events of a new PC (paired as they are written) and those added later.
_PLACE = "WINDOW place AS (PARTITION BY learner_id, pc_id ORDER BY at, statement_id)"
_MILLISECONDS = (
    "CASE WHEN lead(kind) OVER place = 'out' THEN CAST(round((julianday(lead(at) OVER place) "
    "- julianday(at)) * 86400000.0) AS INTEGER) END AS ms"
)
_SECONDS = (
    "CASE WHEN kind = 'in' AND ms BETWEEN 0 AND :longest THEN "
    "ms / 1000 + (ms % 1000 > 500 OR (ms % 1000 = 500 AND ms / 1000 % 2 = 1)) END"
)
_EVENTS = (
    "SELECT id AS statement_id, actor_id AS learner_id, coalesce(pc, '') AS pc_id, "
    "timestamp AS at, CASE verb WHEN :in THEN 'in' ELSE 'out' END AS kind "
    f"FROM arrived WHERE {verb_is(*SESSION_KINDS)}"
)
_COLUMNS = "statement_id, learner_id, pc_id, at, kind"
_WRITE = f"INSERT OR IGNORE INTO session_events ({_COLUMNS}) {_EVENTS}"
# Written in the order of the pairing (by learner, PC and time), so the index by place grows
# at its end.
_WRITE_PAIRED = f"""
INSERT INTO session_events ({_COLUMNS}, seconds)
SELECT {_COLUMNS}, {_SECONDS}
FROM (SELECT {_COLUMNS}, {_MILLISECONDS} FROM ({_EVENTS}) {_PLACE})
"""
# New events can change the partner of only themselves and the event just before them, so
# each place (a learner on a PC) is paired again from the event before its earliest new one
# (the new events found by rowid, NOT INDEXED keeping SQLite from reading the whole index to
# group them; CROSS JOIN going from those few places to their events, not the other way).
_PAIR = f"""
UPDATE session_events SET seconds = paired.seconds
FROM (
    SELECT statement_id, {_SECONDS} AS seconds
    FROM (
        SELECT statement_id, kind, {_MILLISECONDS}
        FROM (
            SELECT learner_id, pc_id, coalesce((SELECT max(at) FROM session_events AS before
                WHERE before.learner_id = new.learner_id AND before.pc_id = new.pc_id
                AND before.at < new.first), new.first) AS start
            FROM (SELECT learner_id, pc_id, min(at) AS first FROM session_events NOT INDEXED
                WHERE rowid > :after GROUP BY learner_id, pc_id) AS new
        ) AS since CROSS JOIN session_events AS event USING (learner_id, pc_id)
        WHERE event.at >= since.start
        {_PLACE}
    ) WHERE kind = 'in'
) AS paired
WHERE session_events.statement_id = paired.statement_id
    AND session_events.seconds IS NOT paired.seconds
"""


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
