"""The outbox: statements made on this PC that the LRS has not confirmed yet.

An id leaves the outbox only once the LRS has confirmed it (or it is quarantined), in the same
transaction as the confirmation is recorded, so a crash at any moment resends at most one
batch, which the LRS then recognises by id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from skillsapp.storage.database import Database

Statement = dict[str, Any]


@dataclass(frozen=True)
class Quarantined:
    """A statement the LRS refused, kept here with the reason for the trainer to see."""

    statement_id: str
    reason: str
    quarantined_at: str
    verb: str
    timestamp: str


class Outbox:
    """Queued statement ids, in the order they were made."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def waiting(self) -> int:
        """How many statements are still to be sent."""
        return int(self.db.scalar("SELECT count(*) FROM outbox"))

    def next_batch(self, size: int, after_rowid: int = 0) -> list[tuple[int, str, str]]:
        """Up to ``size`` queued statements as (queue position, id, JSON text), oldest first.

        The text is sent as stored, without decoding and encoding it again.
        """
        rows = self.db.query(
            "SELECT o.rowid, s.id, s.body FROM outbox o JOIN statements s "
            "ON s.id = o.statement_id WHERE o.rowid > ? ORDER BY o.rowid LIMIT ?",
            (after_rowid, size),
        )
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def delivered(self, ids: Iterable[str]) -> None:
        """The LRS holds these statements (checked): they leave the outbox."""
        with self.db.transaction() as conn:
            conn.executemany("DELETE FROM outbox WHERE statement_id = ?", [(i,) for i in ids])

    def quarantine(self, statement_id: str, reason: str, when: str) -> None:
        """Set a refused statement aside with the LRS's reason; the rest go on."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO sync_quarantine (statement_id, reason, quarantined_at) "
                "VALUES (?, ?, ?)",
                (statement_id, reason[:1000], when),
            )
            conn.execute("DELETE FROM outbox WHERE statement_id = ?", (statement_id,))

    def quarantined(self) -> list[Quarantined]:
        """Refused statements, newest first."""
        rows = self.db.query(
            "SELECT q.statement_id, q.reason, q.quarantined_at, s.verb, s.timestamp "
            "FROM sync_quarantine q JOIN statements s ON s.id = q.statement_id "
            "ORDER BY q.quarantined_at DESC, q.statement_id"
        )
        return [Quarantined(*r) for r in rows]

    def send_again(self, statement_id: str, when: str) -> None:
        """A trainer asks to retry a quarantined statement (after the LRS was fixed)."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM sync_quarantine WHERE statement_id = ?", (statement_id,))
            conn.execute(
                "INSERT OR IGNORE INTO outbox (statement_id, queued_at) VALUES (?, ?)",
                (statement_id, when),
            )
