"""The event log: immutable xAPI statements stored locally first, and the outbox of unsent ids."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Protocol

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


class ArrivedProjection(Projection, Protocol):
    """A projection that folds in a batch of merged statements with set-based SQL, reading
    the working table ``arrived`` instead of decoding statements in Python: what makes a
    first import of a centre's whole history fast.

    ``arrived`` holds one row per new statement, in the order they came: ``id``,
    ``actor_id``, ``verb``, ``object_id``, ``timestamp`` and ``body`` as the log stores them,
    plus a column for each entry of ``fields`` (the projection's column name and the JSON
    path whose value it holds). SQLite reads every field of a statement in one pass over its
    JSON, however many projections want them.
    """

    fields: ClassVar[dict[str, str]]

    def apply_arrived(self, conn: sqlite3.Connection) -> None:
        """Fold in the statements in the ``arrived`` table."""


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

    def merge_stored(
        self,
        rows: Iterable[tuple[str, str]],
        stored: str,
        home_page: str,
        queue: bool = False,
        before_projections: Callable[[], None] | None = None,
        steps: Callable[[int, int], None] | None = None,
    ) -> list[str]:
        """Add many statements given as (id, compact JSON) pairs, as a bundle carries them;
        return the new ids. With ``queue``, the new statements are queued for the LRS too
        (a hub passes on what it received). ``rows`` is read once, as the statements are
        written (it may read them from a file); ``before_projections`` runs, in the same
        transaction, once all are written and before the projections take them in.
        ``steps(done, total)`` hears of each step after the reading (the log written, the
        queue, each projection); the last comes just before the commit.

        The same union by id as :meth:`merge`, done the other way round for speed: the text
        is written as it came, SQLite's JSON functions read the indexed columns and every
        field a projection asks for in one pass (the ``arrived`` table, see
        :class:`ArrivedProjection`); the other projections get only the statements they
        want (``wanted``, an SQL condition on ``verb`` and ``body``). Raises
        :class:`NotOurs`, having written nothing, when a body is not JSON, its id differs, it
        lacks a verb, object or timestamp, or its actor is not of the centre at ``home_page``.
        """
        with self.db.bulk_transaction():
            return self._merge_stored(
                rows, stored, home_page, queue, before_projections, steps or _unheard
            )

    def _merge_stored(
        self,
        rows: Iterable[tuple[str, str]],
        stored: str,
        home_page: str,
        queue: bool,
        before_projections: Callable[[], None] | None,
        steps: Callable[[int, int], None],
    ) -> list[str]:
        reals = [getattr(projection, "real", projection) for projection in self.projections]
        total = 2 + len(reals)  # the log, the queue, then each projection
        fields = _arrived_fields(reals)
        with self.db.transaction() as conn:
            table = f"{self.db.scratch}.arrived"
            conn.execute(f"DROP TABLE IF EXISTS {table}")
            columns = "".join(f", {name}" for name in fields)
            conn.execute(
                f"CREATE TABLE {table} (id, actor_id, verb, object_id, timestamp, body{columns})"
            )
            read_fields = "".join(
                ", json_extract(?2, '" + path.replace("'", "''") + "')" for path in fields.values()
            )
            try:
                # SQLite parses each body once and answers every later path from its cache.
                # A statement that is not ours gets NULL in a required column of the log,
                # which SQLite then refuses.
                conn.executemany(
                    "INSERT INTO arrived VALUES (?1, "
                    "CASE WHEN json_extract(?2, '$.id') IS ?1 "
                    "AND json_extract(?2, '$.actor.account.homePage') IS ?3 "
                    "AND json_type(?2, '$.object') = 'object' "
                    "THEN json_extract(?2, '$.actor.account.name') END, "
                    "CASE WHEN json_type(?2, '$.verb.id') = 'text' "
                    "THEN json_extract(?2, '$.verb.id') END, "
                    "coalesce(json_extract(?2, '$.object.id'), ''), "
                    "CASE WHEN json_type(?2, '$.timestamp') = 'text' "
                    f"THEN json_extract(?2, '$.timestamp') END, ?2{read_fields})",
                    ((sid, body, home_page) for sid, body in rows),
                )
                # Known statements leave the batch, and so does a learner erased here: they
                # stay erased even if their statements come round again.
                conn.execute(
                    "DELETE FROM arrived WHERE id IN (SELECT id FROM statements) "
                    "OR 'erased:' || actor_id IN (SELECT key FROM meta WHERE key LIKE 'erased:%')"
                )
                conn.execute(
                    "INSERT INTO statements (id, actor_id, verb, object_id, timestamp, stored, "
                    "body) SELECT id, actor_id, verb, object_id, timestamp, ?, body "
                    "FROM arrived ORDER BY rowid",
                    (stored,),
                )
            except sqlite3.DatabaseError as error:  # not JSON, not ours, a repeated id...
                raise NotOurs(str(error)) from error
            steps(1, total)
            if queue:
                conn.execute(
                    "INSERT OR IGNORE INTO outbox (statement_id, queued_at) "
                    "SELECT id, ? FROM arrived ORDER BY rowid",
                    (stored,),
                )
            steps(2, total)
            if before_projections is not None:
                before_projections()
            for done, projection in enumerate(reals, start=3):
                if hasattr(projection, "apply_arrived"):
                    projection.apply_arrived(conn)
                else:
                    wanted = getattr(projection, "wanted", "1")
                    found = conn.execute(
                        f"SELECT body FROM arrived WHERE ({wanted}) ORDER BY rowid"
                    )
                    apply_all(projection, conn, [json.loads(body) for (body,) in found])
                steps(done, total)
            added = [row[0] for row in conn.execute("SELECT id FROM arrived ORDER BY rowid")]
            if self.db.scratch == "temp":
                conn.execute("DROP TABLE temp.arrived")  # its copy of the bodies
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


def _unheard(done: int, total: int) -> None:
    """The steps of a merge that nobody follows."""


def _arrived_fields(projections: list[Any]) -> dict[str, str]:
    """The columns of the ``arrived`` table that the projections ask for, and their paths."""
    fields: dict[str, str] = {}
    for projection in projections:
        for name, path in getattr(projection, "fields", {}).items():
            if fields.setdefault(name, path) != path:
                raise ValueError(f"two projections read different JSON into {name!r}")
    return fields


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
