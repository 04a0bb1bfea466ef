"""The courses this PC offers: the bundled packs and the packs a trainer installed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skillsapp.core.courses import CoursePack

log = logging.getLogger(__name__)


class Catalogue:
    """Loads every valid pack found in ``folders`` once, on first use.

    A pack that fails its checks is left out with a log line (the trainer sees the problems
    with ``skillsapp courses check``); it never stops residents from using the others.
    """

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = list(folders)
        self._packs: dict[str, CoursePack] | None = None
        # The background worker may preload while the UI thread asks: load only once.
        self._lock = threading.Lock()

    @property
    def is_loaded(self) -> bool:
        """Whether the courses were read already (asking then never waits for the disk)."""
        return self._packs is not None

    def packs(self) -> list[CoursePack]:
        """All courses, in title order."""
        return sorted(self._loaded().values(), key=lambda p: p.title.casefold())

    def get(self, course_id: str) -> CoursePack | None:
        """One course by id, or None when it is not (or no longer) on this PC."""
        return self._loaded().get(course_id)

    def reload(self) -> None:
        """Forget what was loaded (after a pack was installed)."""
        self._packs = None

    def _loaded(self) -> dict[str, CoursePack]:
        with self._lock:
            return self._load_once()

    def _load_once(self) -> dict[str, CoursePack]:
        # Imported here: the pack loader brings YAML and Markdown, not needed to start.
        from skillsapp.core.courses import CoursePackError, load_pack

        if self._packs is None:
            found: dict[str, CoursePack] = {}
            for folder in self.folders:
                for candidate in sorted(folder.iterdir()) if folder.is_dir() else ():
                    # Folders starting with "." are installs in progress.
                    if candidate.name.startswith(".") or not (candidate / "course.yaml").exists():
                        continue
                    try:
                        pack = load_pack(candidate)
                    except CoursePackError as error:
                        log.warning("Course pack %s left out: %s", candidate, error)
                        continue
                    found.setdefault(pack.id, pack)  # bundled packs come first and win
            self._packs = found
        return self._packs
