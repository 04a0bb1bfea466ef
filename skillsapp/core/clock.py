"""Time, in one place, so tests can set it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time in UTC, to the millisecond (as xAPI timestamps carry it)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def iso(moment: datetime) -> str:
    """ISO 8601 with a ``Z`` suffix, as stored and sent to the LRS."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    """Read back what ``iso`` wrote."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
