"""The event log: immutable xAPI statements stored locally first, the outbox of unsent ids,
and the projections kept in step with them.

Every statement reaches the projections the same way, whether it was made here, received
from the LRS, read from a USB bundle or read back from the log for a rebuild: it is written
into the working table ``arrived`` (its log columns and every field the projections ask for,
read by SQLite from the JSON in one pass), and each projection folds ``arrived`` into its own
tables, with set-based SQL or statement by statement (their JSON read from the log).

``arrived`` holds no JSON text: the projections scan it a dozen times per batch, and rows a
fifth the size make every scan cheaper. New statements wait, as their id and text, in
``incoming`` until they are checked and written to the log.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from skillsapp.storage.database import Database

Statement = dict[str, Any]
Steps = Callable[[int, int], None]
# Statements read back from the log at a time during a rebuild (bounded memory).
REBUILD_BLOCK = 20_000
# New statements read out of their JSON at a time (a bundle's reader unpacks the next meanwhile).
TAKE_IN_BLOCK = 4096
# The columns of ``arrived`` that the log has too (then the projections' fields).
LOG_COLUMNS = "id, actor_id, verb, object_id, timestamp"


class NotOurs(ValueError):
    """Statements offered for merging that are damaged or belong to another centre."""


class Projection(Protocol):
    """Tables derived from the log, or a reaction to statements (no tables of its own).

    ``schema`` creates its tables and their indexes (empty for a reaction); ``fields`` names
    the columns of ``arrived`` it reads and the JSON path of each. ``fold`` takes in the
    statements in ``arrived``: it must give the same tables whatever order and whatever
    portions statements arrive in, because statements from other PCs are merged later.
    """

    schema: ClassVar[str]
    fields: ClassVar[dict[str, str]]

    def fold(self, conn: sqlite3.Connection) -> None:
        """Fold in the statements of the working table ``arrived``."""


@dataclass(frozen=True)
class Registered:
    """A projection in the registry: its name, its version (raised when its schema or its
    fold changes, which rebuilds it alone from the log) and where its class is
    (``package.module:Class``, imported when first needed)."""

    name: str
    version: int
    where: str

    def make(self) -> Projection:
        """An instance of the projection (its module imported now)."""
        module, _, name = self.where.partition(":")
        made: Projection = getattr(importlib.import_module(module), name)()
        return made


def tables_of(schema: str) -> tuple[str, ...]:
    """The tables a projection's schema creates."""
    return tuple(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", schema))


def verb_is(*verbs: str) -> str:
    """An SQL condition on the ``verb`` column of ``arrived``."""
    return "verb IN (" + ", ".join("'" + v.replace("'", "''") + "'" for v in verbs) + ")"


def arrived_statements(conn: sqlite3.Connection, where: str = "1") -> Iterator[Statement]:
    """The arrived statements meeting ``where`` (an SQL condition on ``arrived``), decoded,
    in the order they came: for projections that fold statement by statement. (They are in
    the log by the time projections fold them; their text is read from there.)"""
    sql = (
        "SELECT (SELECT body FROM statements WHERE statements.id = arrived.id) FROM arrived "
        f"WHERE ({where}) ORDER BY rowid"
    )
    for (body,) in conn.execute(sql):
        yield json.loads(body)


class EventLog:
    """Append-only store of statements; the source every projection is built from.

    The projections are the registry's, all of them, from the start: every statement,
    made here or merged from elsewhere, is folded into each in the same transaction, so
    projections never lag behind the log.
    """

    def __init__(self, db: Database, registered: Sequence[Registered]) -> None:
        self.db = db
        self.registered = tuple(registered)
        self._made: dict[str, Projection] | None = None
        self._fields: dict[str, str] = {}
        self._listeners: list[Callable[[str], None]] = []

    @property
    def projections(self) -> dict[str, Projection]:
        """Every projection by name (their modules are imported on first use)."""
        if self._made is None:
            made = {entry.name: entry.make() for entry in self.registered}
            self._fields = _arrived_fields(made.values())
            self._made = made
        return self._made

    # -- versions ---------------------------------------------------------------------------

    def outdated(self) -> list[str]:
        """The projections whose tables are missing or of another version than the code's."""
        stored = {name: version for name, version in self.db.query(_STORED_VERSIONS)}
        return [e.name for e in self.registered if stored.get(e.name) != e.version]

    def prepare(self, steps: Steps | None = None) -> list[str]:
        """Bring every outdated projection up to date (rebuilt from the log, each alone);
        return their names. Quick on a PC without records; ``steps`` hears how far a long
        rebuild has got."""
        names = self.outdated()
        if names:
            self.rebuild(names, steps)
        return names

    def rebuild(self, names: Iterable[str] | None = None, steps: Steps | None = None) -> None:
        """Rebuild projections (all, or those named) from the whole log, in one transaction:
        their tables dropped and made again, every statement folded in, block by block.
        ``steps(done, total)`` hears the statements read so far."""
        chosen = {n: self.projections[n] for n in (self.projections if names is None else names)}
        versions = {e.name: e.version for e in self.registered}
        total = self.count()
        with self.db.bulk_transaction() as conn:
            for projection in chosen.values():
                for table in tables_of(projection.schema):
                    conn.execute(f"DROP TABLE IF EXISTS {table}")
                for ddl in filter(None, (part.strip() for part in projection.schema.split(";"))):
                    conn.execute(ddl)
            self._new_arrived(conn, _arrived_fields(chosen.values()))
            done, after = 0, 0
            while True:
                # The next block ends at the BLOCK-th statement from here, or at the last.
                end = conn.execute(
                    "SELECT rowid FROM statements WHERE rowid > ? ORDER BY rowid LIMIT 1 OFFSET ?",
                    (after, REBUILD_BLOCK - 1),
                ).fetchone()
                last = (
                    end[0]
                    if end
                    else conn.execute("SELECT max(rowid) FROM statements").fetchone()[0]
                )
                if last is None or last <= after:
                    break
                done += conn.execute(
                    f"INSERT INTO arrived SELECT {LOG_COLUMNS}{self._reads(chosen.values())} "
                    "FROM statements WHERE rowid > ? AND rowid <= ? ORDER BY rowid",
                    (after, last),
                ).rowcount
                for projection in chosen.values():
                    projection.fold(conn)
                conn.execute("DELETE FROM arrived")
                after = last
                if steps is not None:
                    steps(done, total)
            conn.executemany(
                "INSERT INTO projections (name, version) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET version = excluded.version",
                [(name, versions[name]) for name in chosen],
            )
            self._drop_arrived(conn)
        self._announce("rebuilt")

    # -- adding statements ------------------------------------------------------------------

    def append(self, statement: Statement, stored: str) -> None:
        """Store a statement made on this PC and queue it for the LRS.

        Joins the caller's transaction, so the statement is written together with the
        action that caused it, or not at all.
        """
        body = compact(statement)
        with self.db.transaction() as conn:
            self._take_in(conn, [(statement["id"], body)], stored, None, True, None, None)

    def merge(self, statements: Iterable[Statement], stored: str) -> int:
        """Add statements that came from elsewhere (the LRS); return how many were new.

        Merging is the union by id: a statement already here is left as it is, and the
        statements of a learner erased on this PC stay out.
        """
        rows = [(s["id"], compact(s)) for s in statements]
        with self.db.transaction() as conn:
            added = self._take_in(conn, rows, stored, None, False, None, None)
        if added:
            self._announce("merged")
        return added

    def merge_stored(
        self,
        rows: Iterable[tuple[str, str]],
        stored: str,
        home_page: str,
        queue: bool = False,
        before_projections: Callable[[], None] | None = None,
        steps: Steps | None = None,
    ) -> int:
        """Add many statements given as (id, compact JSON) pairs, as a bundle carries them;
        return how many were new. With ``queue``, the new statements are queued for the LRS too
        (a hub passes on what it received). ``rows`` is read once, as the statements are
        written (it may read them from a file); ``before_projections`` runs, in the same
        transaction, once all are written and before the projections take them in.
        ``steps(done, total)`` hears of each step after the reading (the log written, the
        queue, each projection); the last comes just before the commit.

        Raises :class:`NotOurs`, having written nothing, when a body is not JSON, its id
        differs, it lacks a verb, object or timestamp, or its actor is not of the centre at
        ``home_page``.
        """
        with self.merging() as conn:
            added = self._take_in(
                conn, rows, stored, home_page, queue, before_projections, steps, bulk=True
            )
        if added:
            self._announce("merged")
        return added

    def merging(self) -> AbstractContextManager[sqlite3.Connection]:
        """The bulk transaction that ``merge_stored`` runs in (a caller may open it first, to
        read in it before merging). Its only foreign keys, the outbox's statement ids, are
        taken from the statements the batch has just written to the log, so SQLite need not
        look each one up again (that search was two thirds of the cost of queueing)."""
        return self.db.bulk_transaction(check_references=False)

    def on_merge(self, listener: Callable[[str], None]) -> None:
        """Call ``listener("merged" | "rebuilt")`` after statements from elsewhere were
        merged, or projections rebuilt (on the thread that did it, after the commit)."""
        self._listeners.append(listener)

    def _announce(self, what: str) -> None:
        # Told after the commit of the outermost transaction (a bundle import merges inside
        # its own): a screen that reads again then sees the merged records.
        def tell() -> None:
            for listener in self._listeners:
                listener(what)

        self.db.after_commit(tell)

    def _take_in(
        self,
        conn: sqlite3.Connection,
        rows: Iterable[tuple[str, str]],
        stored: str,
        home_page: str | None,
        queue: bool,
        before_projections: Callable[[], None] | None,
        steps: Steps | None,
        bulk: bool = False,
    ) -> int:
        """The one path of every new statement: into ``arrived``, checked, into the log (and
        the outbox), then folded into every projection."""
        projections = self.projections
        total = 2 + len(projections)  # the log, the queue, then each projection
        if bulk:
            self._new_arrived(conn, self._fields)
        else:
            self._temp_arrived(conn)
        try:
            # The statements wait as they came, as plain rows, then SQLite reads the columns
            # of ``arrived`` out of their JSON in one set-based statement.
            read_out = self._read_out(home_page)
            # A block at a time, so that SQLite reads out one block (without holding
            # Python's lock) while a bundle's reader thread unpacks the next. ``incoming``
            # starts empty, so its rows are numbered 1, 2, 3... in the order they came.
            pending, after = iter(rows), 0
            while block := list(itertools.islice(pending, TAKE_IN_BLOCK)):
                conn.executemany("INSERT INTO incoming VALUES (?, ?)", block)
                conn.execute(read_out, (after,))
                after += len(block)
            # Known statements leave the batch, and so does a learner erased here: they stay
            # erased even if their statements come round again. A batch into an empty log
            # (a new PC) has nothing to leave out unless someone was erased.
            empty_log = bulk and not _any(conn, "SELECT 1 FROM statements")
            if not empty_log or _any(conn, "SELECT 1 FROM meta WHERE key LIKE 'erased:%'"):
                conn.execute(
                    "DELETE FROM arrived WHERE id IN (SELECT id FROM statements) "
                    "OR 'erased:' || actor_id IN (SELECT key FROM meta WHERE key LIKE 'erased:%')"
                )
            with _indexes_built_after(conn, empty_log):
                conn.execute(
                    "INSERT INTO statements (id, actor_id, verb, object_id, timestamp, stored, "
                    "body) SELECT id, actor_id, verb, object_id, timestamp, ?, "
                    "(SELECT body FROM incoming WHERE incoming.rowid = arrived.rowid) "
                    "FROM arrived ORDER BY rowid",
                    (stored,),
                )
        except BaseException as error:
            conn.execute("DELETE FROM arrived")  # none of them is taken in
            if isinstance(error, sqlite3.DatabaseError):  # not JSON, not ours, a repeated id...
                raise NotOurs(str(error)) from error
            raise
        finally:
            # From here on the text of each statement is read from the log.
            if not bulk:
                conn.execute("DELETE FROM incoming")
        report = steps or _unheard
        report(1, total)
        if queue:
            conn.execute(
                "INSERT OR IGNORE INTO outbox (statement_id, queued_at) "
                "SELECT id, ? FROM arrived ORDER BY rowid",
                (stored,),
            )
        report(2, total)
        if before_projections is not None:
            before_projections()
        try:
            for done, projection in enumerate(projections.values(), start=3):
                projection.fold(conn)
                report(done, total)
            added: int = conn.execute("SELECT count(*) FROM arrived").fetchone()[0]
        finally:
            if bulk:
                self._drop_arrived(conn)
            else:
                conn.execute("DELETE FROM arrived")
        return added

    def _read_out(self, home_page: str | None) -> str:
        """The SQL filling ``arrived`` from the rows of ``incoming`` after a given rowid.

        SQLite parses each text once and answers every later path from its cache. A
        statement that is not ours (its id differs from the one it came with, its actor is
        not of the centre at ``home_page``, its object is not an object, its verb or time
        not a text) gets NULL in a column the log requires, which SQLite then refuses. The
        home page is written into the SQL, quoted as SQL quotes text.
        """
        home = "NULL" if home_page is None else "'" + home_page.replace("'", "''") + "'"
        return (
            f"INSERT INTO arrived (rowid, {LOG_COLUMNS}{_columns(self._fields)}) "
            "SELECT rowid, id, CASE WHEN json_extract(body, '$.id') IS id "
            f"AND ({home} IS NULL OR json_extract(body, '$.actor.account.homePage') "
            f"IS {home}) AND json_type(body, '$.object') = 'object' "
            "THEN json_extract(body, '$.actor.account.name') END, "
            "CASE WHEN json_type(body, '$.verb.id') = 'text' "
            "THEN json_extract(body, '$.verb.id') END, "
            "coalesce(json_extract(body, '$.object.id'), ''), "
            "CASE WHEN json_type(body, '$.timestamp') = 'text' "
            f"THEN json_extract(body, '$.timestamp') END{self._reads(None)} "
            "FROM incoming WHERE rowid > ? ORDER BY rowid"
        )

    def _reads(self, projections: Iterable[Projection] | None, body: str = "body") -> str:
        """The SQL reading each field of ``arrived`` out of the statement's JSON ``body``."""
        fields = self._fields if projections is None else _arrived_fields(projections)
        return "".join(
            f", json_extract({body}, '" + path.replace("'", "''") + "')" for path in fields.values()
        )

    def _temp_arrived(self, conn: sqlite3.Connection) -> None:
        """The working tables for a few statements: kept (empty) on the connection."""
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (id, body)")
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS arrived ({LOG_COLUMNS}{_columns(self._fields)})"
        )

    def _new_arrived(self, conn: sqlite3.Connection, fields: dict[str, str]) -> None:
        """The working tables for many statements, in the bulk transaction's scratch
        database (let go of in one piece); no temporary ones may hide them."""
        scratch = self.db.scratch
        for table, definition in (
            ("incoming", "id, body"),
            ("arrived", LOG_COLUMNS + _columns(fields)),
        ):
            conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
            conn.execute(f"DROP TABLE IF EXISTS {scratch}.{table}")  # an earlier batch's
            conn.execute(f"CREATE TABLE {scratch}.{table} ({definition})")

    def _drop_arrived(self, conn: sqlite3.Connection) -> None:
        # In the bulk transaction's scratch database, the tables go with the database when
        # the transaction lets go of it, in one piece (dropping them takes longer).
        if self.db.scratch == "temp":
            conn.execute("DROP TABLE IF EXISTS temp.incoming")
            conn.execute("DROP TABLE IF EXISTS temp.arrived")

    # -- reading ----------------------------------------------------------------------------

    def get(self, statement_id: str) -> Statement | None:
        """One statement by id."""
        body = self.db.scalar("SELECT body FROM statements WHERE id = ?", (statement_id,))
        return None if body is None else json.loads(body)

    def for_actor(self, actor_id: str, verb: str | None = None) -> list[Statement]:
        """A person's statements in time order, those of the same moment as they were recorded
        (optionally of one verb)."""
        sql = "SELECT body FROM statements WHERE actor_id = ?"
        params: list[str] = [actor_id]
        if verb:
            sql += " AND verb = ?"
            params.append(verb)
        rows = self.db.query(sql + " ORDER BY timestamp, rowid", params)
        return [json.loads(r[0]) for r in rows]

    def ids(self) -> set[str]:
        """The id of every statement this PC holds (inside a transaction: as it stands)."""
        with self.db.reading() as conn:
            return {row[0] for row in conn.execute("SELECT id FROM statements")}

    def count(self) -> int:
        """How many statements this PC holds."""
        return int(self.db.scalar("SELECT count(*) FROM statements"))

    def waiting_to_send(self) -> int:
        """How many statements are queued for the LRS."""
        return int(self.db.scalar("SELECT count(*) FROM outbox"))


_STORED_VERSIONS = "SELECT name, version FROM projections"


def _any(conn: sqlite3.Connection, query: str) -> bool:
    """Whether the query finds a row."""
    return conn.execute(query).fetchone() is not None


@contextmanager
def _indexes_built_after(conn: sqlite3.Connection, empty_log: bool) -> Iterator[None]:
    """Around the log's insert: for a batch into an ``empty_log`` (a new PC set up from a
    bundle), the log's own indexes (by learner and by verb) are dropped first and built
    again after it, in the same transaction. SQLite then sorts each index once instead of
    placing a hundred thousand entries one by one (the insert plus the two builds take
    about a tenth less time, and the indexes come out packed). A log that holds anything
    keeps its indexes; after a failed insert (which SQLite undoes) they are built again all
    the same."""
    rebuilt: list[tuple[str, str]] = []
    if empty_log:
        rebuilt = conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
            "AND tbl_name = 'statements' AND sql IS NOT NULL"
        ).fetchall()
    for name, _ in rebuilt:
        conn.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _, sql in rebuilt:
            conn.execute(sql)


def _unheard(done: int, total: int) -> None:
    """The steps of a merge that nobody follows."""


def _columns(fields: dict[str, str]) -> str:
    """The projections' columns of ``arrived``, each after a comma."""
    return "".join(f", {name}" for name in fields)


def compact(statement: Statement) -> str:
    """A statement as the log stores it: compact JSON, characters as they are."""
    return json.dumps(statement, separators=(",", ":"), ensure_ascii=False)


def _arrived_fields(projections: Iterable[Projection]) -> dict[str, str]:
    """The columns of ``arrived`` that the projections ask for, and their paths."""
    fields: dict[str, str] = {}
    for projection in projections:
        for name, path in projection.fields.items():
            if fields.setdefault(name, path) != path:
                raise ValueError(f"two projections read different JSON into {name!r}")
    return fields
