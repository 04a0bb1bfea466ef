"""The event log: immutable xAPI statements stored locally first, and the outbox of unsent ids."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any, Protocol

from skillsapp.storage.database import Database

Statement = dict[str, Any]


class Projection(Protocol):
    """A table (or a few) derived from the log, kept up to date statement by statement.

    ``apply`` must give the same tables whatever order statements arrive in, because
    statements from other PCs are merged in later.
    """

    def reset(self, conn: sqlite3.Connection) -> None:
        """Empty the projection's tables."""

    def apply(self, conn: sqlite3.Connection, statement: Statement) -> None:
        """Fold one new statement into the projection's tables."""


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

        Merging is the union by id: a statement already here is left as it is.
        """
        added: list[str] = []
        with self.db.transaction() as conn:
            # A learner erased here stays erased, even if their statements come round again.
            erased = {
                key[len("erased:") :]
                for (key,) in conn.execute("SELECT key FROM meta WHERE key LIKE 'erased:%'")
            }
            for statement in statements:
                if statement["actor"].get("account", {}).get("name") in erased:
                    continue
                cur = conn.execute(
                    "INSERT OR IGNORE INTO statements"
                    " (id, actor_id, verb, object_id, timestamp, stored, body)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    _row(statement, stored),
                )
                if cur.rowcount:
                    added.append(statement["id"])
                    for projection in self.projections:
                        projection.apply(conn, statement)
        return added

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
