"""What the sync page asks for, in one place (Qt-free; the UI runs these in the background)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.core.errors import Message, Refused
from skillsapp.sync.centre_key import ensure_centre_key
from skillsapp.sync.engine import SyncEngine, SyncResult
from skillsapp.sync.lrs import LrsProblem, connect
from skillsapp.sync.progress import Report, unreported
from skillsapp.sync.settings import LrsSettings, load_lrs_settings

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

CONNECTED = "Connected"


def test_connection(settings: LrsSettings) -> Message:
    """Sign in to the LRS and read; the answer in plain words ("Connected" when it works)."""
    try:
        with connect(settings, timeout=15) as lrs:
            lrs.check_connection()
    except (LrsProblem, Refused) as problem:
        return problem.message
    return Message(CONNECTED)


def sync_now(centre: Centre, progress: Report = unreported) -> SyncResult:
    """Push and pull once with the settings in force, telling ``progress`` how far each got."""
    settings = load_lrs_settings(centre.db)
    if not settings.complete:
        raise Refused("Please set the LRS address, key and secret first.")
    ensure_centre_key(centre)
    with connect(settings) as lrs:
        return SyncEngine(centre, lrs, progress=progress).sync_once()
