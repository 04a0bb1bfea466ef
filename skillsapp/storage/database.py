"""The SQLite connection: pragmas, health check on open, transactions, version refusal.

The start path uses the standard ``sqlite3`` module only; sqlite-utils (slow to import) is
loaded by the migrations when the schema actually has to change.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# A leaf module: messages for the screen, no domain.
from skillsapp.core.errors import Explained, Term
from skillsapp.storage import backups
from skillsapp.storage.migrations import SCHEMA_VERSION, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
BULK_CACHE_KIB = 256 * 1024  # SQLite's page cache during a bulk transaction
# Pages of the bulk transaction's working tables in memory: whole statements of a kilobyte
# or more fit four times as many to a page, and SQLite allocates and walks a quarter of the
# pages (writing and reading them out takes a tenth of a second less per 100,000).
SCRATCH_PAGE_BYTES = 16 * 1024
SQLITE_IOERR, SQLITE_FULL = 10, 13


class DatabaseProblem(Explained):
    """A database that cannot be used; the message is a plain sentence for a trainer."""


class DatabaseDamaged(DatabaseProblem):
    """The file is not SQLite, is truncated, or fails SQLite's quick check."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            "The learning records on this PC ({file}) are damaged and cannot be opened ({detail}).",
            file=path.name,
            detail=detail,
        )
        self.path = path
        self.detail = detail


class DatabaseTooNew(DatabaseProblem):
    """The file was written by a newer SkillsApp; opening it could lose data."""

    def __init__(self, path: Path, found: int) -> None:
        super().__init__(
            "The learning records in {file} were saved by a newer version of SkillsApp "
            "(data version {found}, this version reads up to {known}). "
            "Please install the newer version; nothing has been changed.",
            file=path.name,
            found=found,
            known=SCHEMA_VERSION,
        )
        self.found = found


class DiskFull(DatabaseProblem):
    """The disk has no room left; nothing is damaged, nothing was changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            "There is no room left on the disk that holds {folder}, or it cannot be "
            "written to. Please free some space (or ask whoever looks after this PC) and start "
            "SkillsApp again. Your records are safe; nothing was changed.",
            folder=str(path.parent),
        )


class Database:
    """One SQLite database file, shared by the UI thread and the single database worker.

    Writes go through one connection behind one re-entrant lock, so two threads never
    interleave inside a transaction. Reads outside a transaction use a connection of their
    own thread (the write-ahead log lets them read the last committed state while a long
    write goes on), so a screen never waits for an import to finish.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._writer = conn
        self.path = path
        self.lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None  # the thread inside a transaction
        self._after_commit: list[Callable[[], None]] = []  # of the transaction in progress
        # While a bulk transaction puts the connection back as it was, actions wait here.
        self._after_bulk: list[Callable[[], None]] | None = None
        # Each thread's own reading connection, by thread.
        self._readers: dict[int, sqlite3.Connection] = {}
        # Where a bulk transaction keeps its working tables (see ``bulk_transaction``).
        self.scratch = "temp"

    @classmethod
    def open(cls, path: Path, backup_folder: Path | None = None, check: bool = False) -> Database:
        """Open (creating or upgrading) the database at ``path``.

        The whole file is read for damage only with ``check`` (after an unclean exit); at
        other starts :meth:`check_health` runs later, off the start path. Raises
        DatabaseDamaged or DatabaseTooNew with a plain message; in both cases the file is
        left exactly as it was.
        """
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            with path.open("rb") as f:
                if f.read(16) != SQLITE_HEADER:
                    raise DatabaseDamaged(path, Term("it is not a SkillsApp database file"))
        try:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
        except sqlite3.Error as exc:  # pragma: no cover - e.g. a folder in its place
            raise DatabaseDamaged(path, str(exc)) from exc
        conn.row_factory = sqlite3.Row
        try:
            if check:
                _check_health(conn, path)
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            if found > SCHEMA_VERSION:
                raise DatabaseTooNew(path, found)
            _set_pragmas(conn)
            if found < SCHEMA_VERSION:
                if existed and found > 0:
                    folder = backup_folder or path.parent / "backups"
                    backups.take_migration_backup(conn, folder, found)
                migrate(conn, found)
        except sqlite3.DatabaseError as exc:
            conn.close()
            # SQLITE_FULL and SQLITE_IOERR: the disk is full or cannot be written; the file is
            # fine, so offering to replace it with a backup would be wrong.
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (SQLITE_IOERR, SQLITE_FULL):
                raise DiskFull(path) from exc
            raise DatabaseDamaged(path, str(exc)) from exc
        except DatabaseProblem:
            conn.close()
            raise
        return cls(conn, path)

    @classmethod
    def in_memory(cls) -> Database:
        """A fresh, migrated database in memory (for tests and benchmarks); reads share the
        one connection."""
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn, 0)
        return cls(conn, None)

    def check_health(self) -> None:
        """Read the whole file for damage (SQLite's quick check); raise DatabaseDamaged."""
        with self.reading() as conn:
            _check_health(conn, self.path or Path(":memory:"))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction; nested calls join the outer one."""
        committed: list[Callable[[], None]] = []
        with self.lock:
            if self._depth == 0:
                self._writer.execute("BEGIN IMMEDIATE")
                self._owner = threading.get_ident()
            self._depth += 1
            try:
                yield self._writer
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._after_commit = []
                    self._writer.execute("ROLLBACK")
                raise
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                committed, self._after_commit = self._after_commit, []
                self._writer.execute("COMMIT")
        if self._after_bulk is not None:
            self._after_bulk.extend(committed)
            return
        # Outside the lock: what runs now may read, or start another transaction.
        for action in committed:
            action()

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` once this thread's transaction in progress is committed (never if
        it is rolled back); outside a transaction, at once. What reads the database then,
        on any thread, sees what the transaction wrote."""
        with self.lock:
            if self._owner == threading.get_ident():
                self._after_commit.append(action)
                return
        action()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection to read from: inside this thread's transaction, the writer (which
        sees what the transaction wrote); otherwise this thread's own reading connection,
        which never waits for a writer. A database in memory has only the writer."""
        if self._owner == threading.get_ident() or self.path is None:
            with self.lock:
                yield self._writer
            return
        reader = self._readers.get(threading.get_ident())
        if reader is None:
            reader = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, check_same_thread=False, timeout=10
            )
            reader.row_factory = sqlite3.Row
            _set_reading_pragmas(reader)
            self._readers[threading.get_ident()] = reader
        yield reader

    @contextmanager
    def bulk_transaction(self, check_references: bool = True) -> Iterator[sqlite3.Connection]:
        """A transaction that writes many rows at once (a bundle of a centre's history).

        SQLite gets room for the whole batch in its page cache (the default 2 MB would send
        every read-back to the disk), and the batch goes through a rollback journal instead
        of the write-ahead log: new pages are then written once, straight into the file,
        rather than into the log and copied again at the checkpoint. The journal keeps the
        commit just as safe (a power cut leaves the file as it was before the batch). When
        another connection has the file open, SQLite keeps the log and nothing else changes.

        The batch's working tables go in ``scratch``, a database in memory with pages of
        16 KiB, let go of in one piece afterwards (dropping a table of a hundred megabytes
        page by page takes longer than writing it). Inside another transaction it simply
        joins that one, and ``scratch`` stays as it is.

        Without ``check_references``, SQLite leaves the batch's foreign keys unchecked (a
        search per row written): for a caller whose references are right by construction
        (see ``EventLog.merging``). The checks are on again once the batch ends.
        """
        with self.lock:
            if self._depth:
                with self.transaction() as conn:
                    yield conn
                return
            writer = self._writer
            cache = writer.execute("PRAGMA cache_size").fetchone()[0]
            writer.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            journal = writer.execute("PRAGMA journal_mode").fetchone()[0]
            if journal == "wal" and self._reads_nowhere_else():
                try:
                    writer.execute("PRAGMA journal_mode = DELETE")
                except sqlite3.OperationalError:  # another connection holds the file
                    journal = "kept"
            else:
                journal = "kept"  # readers may be reading: they need the write-ahead log
            writer.execute("ATTACH ':memory:' AS scratch")
            writer.execute(f"PRAGMA scratch.page_size = {SCRATCH_PAGE_BYTES}")
            if not check_references:
                writer.execute("PRAGMA foreign_keys = OFF")
            self.scratch = "scratch"
            self._after_bulk = []
            try:
                with self.transaction() as conn:
                    yield conn
            finally:
                self.scratch = "temp"
                writer.execute("DETACH scratch")
                writer.execute("PRAGMA foreign_keys = ON")
                writer.execute(f"PRAGMA cache_size = {int(cache)}")
                if journal == "wal":
                    writer.execute("PRAGMA journal_mode = WAL")
                committed, self._after_bulk = self._after_bulk or [], None
        # Once the connection is as it was and the lock is let go of (see ``after_commit``).
        for action in committed:
            action()

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows."""
        with self.reading() as conn:
            return conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        """Run a read query and return its first row, or None."""
        with self.reading() as conn:
            return conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """Run a read query and return the first column of its first row (or None)."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        """Run a write inside a transaction (joins the caller's transaction if any)."""
        with self.transaction() as conn:
            return conn.execute(sql, params)

    def checkpoint(self) -> None:
        """Write the write-ahead log back into the file and empty it."""
        with self.lock:
            self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def copy_to(self, target: Path) -> None:
        """A compact copy of the whole database at ``target`` (SQLite's VACUUM INTO)."""
        with self.lock:
            self._writer.execute("VACUUM INTO ?", (str(target),))

    @property
    def schema_version(self) -> int:
        """The ``PRAGMA user_version`` of the open file."""
        return int(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
        """Close the connections (the writer last, checkpointing the WAL)."""
        with self.lock:
            for reader in list(self._readers.values()):
                reader.close()
            self._readers.clear()
            self._writer.close()

    def _reads_nowhere_else(self) -> bool:
        """True when no other thread has a connection to read from; this thread's own (idle
        while it writes: its transaction reads through the writer) is closed, to be opened
        again when next needed. A window's thread keeps its connection, and a batch written
        while it may read goes through the write-ahead log."""
        me = threading.get_ident()
        # A copy of the keys: another thread may add its connection meanwhile.
        if any(thread != me for thread in list(self._readers)):
            return False
        own = self._readers.pop(me, None)
        if own is not None:
            own.close()
        return True


def _check_health(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged to be checked at all
        raise DatabaseDamaged(path, str(error)) from error
    verdict = [r[0] for r in rows]
    if verdict != ["ok"]:
        raise DatabaseDamaged(path, "SQLite's check found: " + "; ".join(verdict[:3]))


def _set_reading_pragmas(conn: sqlite3.Connection) -> None:
    # The same view of the rules as the writer's (foreign keys are per connection).
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")


def _set_pragmas(conn: sqlite3.Connection) -> None:
    # WAL survives power cuts with synchronous=FULL and lets a backup read while we write.
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    # The only temporary table is the batch of a bulk merge, already held in memory by then.
    conn.execute("PRAGMA temp_store=MEMORY")
