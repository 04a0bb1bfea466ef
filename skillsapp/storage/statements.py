"""The event log: immutable xAPI statements stored locally first, and the outbox of unsent ids."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any, Protocol

from skillsapp.storage.database import Database

Statement = dict[str, Any]


class NotOurs(ValueError):
    """Statements offered for merging that are damaged or belong to another centre."""


class Projection(Protocol):
    """A table (or a few) derived from the log, kept up to date statement by statement.

    ``apply`` must give the same tables whatever order statements arrive in, because
    statements from other PCs are merged in later.
    """

    def reset(self, conn: sqlite3.Connection) -> None:
        """Empty the projection's tables."""

    def apply(self, conn: sqlite3.Connection, statement: Statement) -> None:
        """Fold one new statement into the projection's tables."""


class BatchProjection(Projection, Protocol):
    """A projection that can also fold many statements in at once, faster than one by one
    (used when a bundle or a pull brings thousands); the tables must come out the same."""

    def apply_many(self, conn: sqlite3.Connection, statements: list[Statement]) -> None:
        """Fold these new statements in."""


class StoredProjection(Projection, Protocol):
    """A projection that can fold in statements already written to the ``statements`` table
    with set-based SQL (JSON functions over the stored bodies), without decoding them in
    Python: what makes a first import of a centre's whole history fast."""

    def apply_stored(self, conn: sqlite3.Connection, after_rowid: int) -> None:
        """Fold in the statements stored with a rowid above ``after_rowid``."""


def verb_is(*verbs: str) -> str:
    """An SQL condition on the ``verb`` column (for a projection's ``wanted``)."""
    return "verb IN (" + ", ".join("'" + v.replace("'", "''") + "'" for v in verbs) + ")"


def apply_all(projection: Projection, conn: sqlite3.Connection, statements: list[Statement]):
    """Fold ``statements`` into ``projection``, in one go when it knows how."""
    many = getattr(projection, "apply_many", None)
    if many is not None:
        many(conn, statements)
        return
    for statement in statements:
        projection.apply(conn, statement)


class LazyProjection:
    """A projection whose module is imported only when a statement first reaches it.

    Keeps rarely needed projection code (and what it imports) off the start path.
    """

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name
        self._real: Projection | None = None

    @property
    def real(self) -> Projection:
        """The projection itself, imported on first use."""
        if self._real is None:
            import importlib

            self._real = getattr(importlib.import_module(self.module), self.name)()
        return self._real

    def reset(self, conn: sqlite3.Connection) -> None:
        """Empty the projection's tables."""
        self.real.reset(conn)

    def apply(self, conn: sqlite3.Connection, statement: Statement) -> None:
        """Fold one new statement into the projection's tables."""
        self.real.apply(conn, statement)

    def apply_many(self, conn: sqlite3.Connection, statements: list[Statement]) -> None:
        """Fold many new statements in (in one go when the projection knows how)."""
        apply_all(self.real, conn, statements)


class EventLog:
    """Append-only store of statements; the source every projection is built from.

    Every new statement, made here or merged from elsewhere, is passed to each registered
    projection inside the same transaction, so projections never lag behind the log.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.projections: list[Projection] = []

    def add_projection(self, projection: Projection) -> None:
        """Keep ``projection`` up to date from now on."""
        self.projections.append(projection)

    def append(self, statement: Statement, stored: str) -> None:
        """Store a statement made on this PC and queue it for the LRS.

        Joins the caller's transaction, so the statement is written together with the
        action that caused it, or not at all.
        """
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO statements (id, actor_id, verb, object_id, timestamp, stored, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                _row(statement, stored),
            )
            conn.execute(
                "INSERT INTO outbox (statement_id, queued_at) VALUES (?, ?)",
                (statement["id"], stored),
            )
            for projection in self.projections:
                projection.apply(conn, statement)

    def merge(self, statements: Iterable[Statement], stored: str) -> list[str]:
        """Add statements that came from elsewhere (the LRS, a bundle); return the new ids.

        Merging is the union by id: a statement already here is left as it is. The new
        statements are written in one go and then handed to each projection together, which
        keeps a large pull fast.
        """
        statements = list(statements)
        with self.db.transaction() as conn:
            # A learner erased here stays erased, even if their statements come round again.
            erased = {
                key[len("erased:") :]
                for (key,) in conn.execute("SELECT key FROM meta WHERE key LIKE 'erased:%'")
            }
            known = _known_ids(conn, [s["id"] for s in statements])
            new: list[Statement] = []
            rows: list[tuple[str, ...]] = []
            for statement in statements:
                sid = statement["id"]
                if sid in known or statement["actor"].get("account", {}).get("name") in erased:
                    continue
                known.add(sid)
                new.append(statement)
                rows.append(_row(statement, stored))
            conn.executemany(
                "INSERT INTO statements (id, actor_id, verb, object_id, timestamp, stored, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            for projection in self.projections:
                apply_all(projection, conn, new)
        return [statement["id"] for statement in new]

    def merge_stored(self, rows: list[tuple[str, str]], stored: str, home_page: str) -> list[str]:
        """Add many statements given as (id, compact JSON) pairs, as a bundle carries them;
        return the new ids.

        The same union by id as :meth:`merge`, done the other way round for speed: the text
        is written as it came and SQLite's JSON functions fill the indexed columns; then each
        projection reads only the statements it needs (``wanted``, an SQL condition on
        ``verb`` and ``body``) or works on them in SQL (``apply_stored``). Raises
        :class:`NotOurs`, having written nothing, when a body is not JSON, its id differs, it
        lacks a verb, object or timestamp, or its actor is not of the centre at ``home_page``.
        """
        with self.db.bulk_transaction():
            return self._merge_stored(rows, stored, home_page)

    def _merge_stored(self, rows: list[tuple[str, str]], stored: str, home_page: str) -> list[str]:
        with self.db.transaction() as conn:
            last = conn.execute("SELECT coalesce(max(rowid), 0) FROM statements").fetchone()[0]
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (id TEXT, body TEXT)")
            conn.execute("DELETE FROM incoming")
            conn.executemany("INSERT INTO incoming (id, body) VALUES (?, ?)", rows)
            # Known ids leave the batch first: an INSERT whose SELECT also read the statements
            # table would make SQLite copy the whole batch aside before writing it.
            conn.execute("DELETE FROM incoming WHERE id IN (SELECT id FROM statements)")
            try:
                # SQLite parses each body once and answers the later paths from its cache
                # (one multi-path json_extract read back with ->> costs twice as much). A
                # statement that is not ours gets NULL in a required column: SQLite refuses it.
                conn.execute(
                    "INSERT INTO statements (id, actor_id, verb, object_id, timestamp, stored, "
                    "body) SELECT id, "
                    "CASE WHEN json_extract(body, '$.id') IS id "
                    "AND json_extract(body, '$.actor.account.homePage') IS ? "
                    "AND json_type(body, '$.object') = 'object' "
                    "THEN json_extract(body, '$.actor.account.name') END, "
                    "CASE WHEN json_type(body, '$.verb.id') = 'text' "
                    "THEN json_extract(body, '$.verb.id') END, "
                    "coalesce(json_extract(body, '$.object.id'), ''), "
                    "CASE WHEN json_type(body, '$.timestamp') = 'text' "
                    "THEN json_extract(body, '$.timestamp') END, ?, body FROM incoming "
                    # A learner erased here stays erased, even if their statements come round.
                    "WHERE 'erased:' || json_extract(body, '$.actor.account.name') "
                    "NOT IN (SELECT key FROM meta WHERE key LIKE 'erased:%')",
                    (home_page, stored),
                )
            except sqlite3.DatabaseError as error:  # not JSON, not ours, a repeated id...
                raise NotOurs(str(error)) from error
            finally:
                conn.execute("DELETE FROM incoming")
            for projection in self.projections:
                real = getattr(projection, "real", projection)
                if hasattr(real, "apply_stored"):
                    real.apply_stored(conn, last)
                    continue
                wanted = getattr(real, "wanted", "1")
                found = conn.execute(
                    f"SELECT body FROM statements WHERE rowid > ? AND ({wanted}) ORDER BY rowid",
                    (last,),
                )
                apply_all(real, conn, [json.loads(body) for (body,) in found])
            added = conn.execute(
                "SELECT id FROM statements WHERE rowid > ? ORDER BY rowid", (last,)
            )
            return [row[0] for row in added]

    def rebuild_projections(self) -> None:
        """Recompute every projection from the whole log, in one transaction."""
        with self.db.transaction() as conn:
            for projection in self.projections:
                projection.reset(conn)
            rows = conn.execute("SELECT body FROM statements ORDER BY timestamp, id")
            for (body,) in rows:
                statement = json.loads(body)
                for projection in self.projections:
                    projection.apply(conn, statement)

    def get(self, statement_id: str) -> Statement | None:
        """One statement by id."""
        body = self.db.scalar("SELECT body FROM statements WHERE id = ?", (statement_id,))
        return None if body is None else json.loads(body)

    def for_actor(self, actor_id: str, verb: str | None = None) -> list[Statement]:
        """A person's statements in time order (optionally of one verb)."""
        sql = "SELECT body FROM statements WHERE actor_id = ?"
        params: list[str] = [actor_id]
        if verb:
            sql += " AND verb = ?"
            params.append(verb)
        rows = self.db.query(sql + " ORDER BY timestamp, id", params)
        return [json.loads(r[0]) for r in rows]

    def count(self) -> int:
        """How many statements this PC holds."""
        return int(self.db.scalar("SELECT count(*) FROM statements"))

    def waiting_to_send(self) -> int:
        """How many statements are queued for the LRS."""
        return int(self.db.scalar("SELECT count(*) FROM outbox"))


def _known_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Which of ``ids`` this PC already holds (asked in chunks: SQLite limits parameters)."""
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        known.update(
            r[0] for r in conn.execute(f"SELECT id FROM statements WHERE id IN ({marks})", chunk)
        )
    return known


def _row(statement: Statement, stored: str) -> tuple[str, ...]:
    obj = statement["object"]
    return (
        statement["id"],
        statement["actor"]["account"]["name"],
        statement["verb"]["id"],
        obj.get("id", ""),
        statement["timestamp"],
        stored,
        json.dumps(statement, separators=(",", ":"), ensure_ascii=False),
    )
