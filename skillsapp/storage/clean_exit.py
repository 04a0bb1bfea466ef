"""Whether the app ended cleanly last time: a marker file lives in the data folder while the
window is open. Left behind (a power cut, a crash), it tells the next start to read the whole
database for damage before anything else; an ordinary start checks later, off the start path.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

MARKER = "running"


def begin_run(folder: Path) -> bool:
    """Mark the app as running in ``folder``; True when the previous run did not end cleanly."""
    marker = folder / MARKER
    unclean = marker.exists()
    with contextlib.suppress(OSError):  # a read-only folder: nothing to mark, nothing lost
        marker.write_text("SkillsApp is open on this data folder.\n", encoding="utf-8")
    return unclean


def end_run(folder: Path) -> None:
    """The app is closing cleanly."""
    (folder / MARKER).unlink(missing_ok=True)
