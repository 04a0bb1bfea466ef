"""What the sync indicator and the trainer's sync page show, read in one go."""

from __future__ import annotations

from dataclasses import dataclass

from skillsapp.core.errors import Message
from skillsapp.core.events import Extension
from skillsapp.storage.database import Database
from skillsapp.sync.lrs import UNREACHABLE
from skillsapp.sync.outbox import Outbox, Quarantined
from skillsapp.sync.settings import load_lrs_settings
from skillsapp.sync.values import get_value


@dataclass(frozen=True)
class SyncStatus:
    """This PC's sync at a glance."""

    configured: bool  # an LRS address, key and secret are set
    enabled: bool
    waiting: int
    last_push: str | None
    last_pull: str | None
    last_error: Message | None
    last_error_at: str | None
    quarantined: list[Quarantined]

    @property
    def state(self) -> str:
        """One of "off", "problem", "offline", "waiting", "sent" (for the indicator)."""
        if not self.configured or not self.enabled:
            return "off"
        if self.last_error and self.last_error_at and self.last_error_at >= (self.last_push or ""):
            return "offline" if self.last_error.template == UNREACHABLE else "problem"
        if self.quarantined:
            return "problem"
        return "waiting" if self.waiting else "sent"


def read_status(db: Database) -> SyncStatus:
    """The current status (a few small queries)."""
    settings = load_lrs_settings(db)
    outbox = Outbox(db)
    return SyncStatus(
        configured=settings.complete,
        enabled=settings.enabled,
        waiting=outbox.waiting(),
        last_push=get_value(db, "sync.last_push"),
        last_pull=get_value(db, "sync.last_pull"),
        last_error=_message(get_value(db, "sync.last_error")),
        last_error_at=get_value(db, "sync.last_error_at"),
        quarantined=outbox.quarantined(),
    )


def _message(stored: str | None) -> Message | None:
    return Message.from_stored(stored) if stored else None


def latest_by_pc(db: Database) -> list[tuple[str, str, int]]:
    """For each PC of the centre seen in the log: (pc id, time of its latest statement, count).

    Tells a trainer whether another PC's results have arrived here, and how recent they are.
    """
    rows = db.query(
        "SELECT json_extract(body, '$.context.extensions.\"' || ? || '\"') AS pc, "
        "max(timestamp), count(*) FROM statements GROUP BY pc ORDER BY 2 DESC",
        (Extension.PC,),
    )
    return [(r[0] or "?", r[1], int(r[2])) for r in rows]
