"""One SkillsApp per data folder: a second start brings the first window forward.

Two copies writing the same records would each show a stale picture of the other's work, so
the first start takes a lock file in the data folder (Qt's QLockFile: a lock left by a crashed
or killed copy is recognised by its process id and taken over). A second start does not open
the database: it writes its request into ``open-request`` in the data folder, which the first
copy watches; the first copy shows its window and empties the file as its answer. Only QtCore
is used, so the bundle needs no network module for this.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QLockFile,
    QObject,
    Signal,
)
from PySide6.QtWidgets import QWidget

from skillsapp.ui.text import fill

LOCK_NAME = "skillsapp.lock"
REQUEST_NAME = "open-request"
ANSWER_WAIT_S = 3.0


class AlreadyOpen(Exception):
    """Another copy holds the data folder; ``str()`` is a plain sentence."""


class SingleInstance(QObject):
    """The lock on one data folder, and the listener for later starts."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._lock = QLockFile(str(folder / LOCK_NAME))
        # The holder never refreshes the file, so age alone must never make it stale; a
        # dead holder is still detected by its process id.
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    @property
    def request_file(self) -> Path:
        """The file a second start writes to."""
        return self.folder / REQUEST_NAME

    def acquire(self) -> bool:
        """Take the folder for this copy and start listening; False if another copy has it."""
        if not self._lock.tryLock(0):
            return False
        self.request_file.write_bytes(b"")
        self._watcher = QFileSystemWatcher([str(self.request_file)], self)
        self._watcher.fileChanged.connect(self._on_request)
        return True

    def holder(self) -> str:
        """Who holds the lock, in words (for the message of a second start)."""
        # PySide gives (pid, host, app name); a pid of 0 means the lock could not be read.
        pid, host, _app = self._lock.getLockInfo()
        if not pid:
            return "another SkillsApp window"
        return f"SkillsApp (process {pid} on {host})"

    def ask_first_to_show(self, wait_s: float = ANSWER_WAIT_S) -> bool:
        """From a second start: ask the first copy to show its window; True if it answered.

        Events are processed while waiting, so two guards in one process (tests) work too.
        """
        try:
            self.request_file.write_text(f"show {os.getpid()}\n", encoding="utf-8")
        except OSError:
            return False
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            try:
                if self.request_file.stat().st_size == 0:
                    return True
            except OSError:
                return False
            time.sleep(0.02)
        return False

    def already_open_message(self) -> str:
        """The plain sentence a second start shows when the first did not answer."""
        return fill(
            self.tr(
                "SkillsApp is already open on this PC with the same records (%1). "
                "Please use the window that is open; if you cannot find it, restart the PC."
            ),
            self.holder(),
        )

    def release(self) -> None:
        """Give the folder back (at exit; a crash releases it through the process id)."""
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.files())
            self._watcher = None
        self._lock.unlock()

    def _on_request(self, path: str) -> None:
        try:
            request = Path(path).read_text(encoding="utf-8")
        except OSError:
            return
        if not request.strip():
            return  # our own answer (the file emptied), or a touch
        self.show_requested.emit()
        try:
            Path(path).write_bytes(b"")
        except OSError:
            return
        # Some file systems drop the watch when a file is rewritten; watch it again.
        if self._watcher is not None and path not in self._watcher.files():
            self._watcher.addPath(path)


def bring_forward(window: QWidget) -> None:
    """Show a window above the others, un-minimised, as far as the desktop allows."""
    from PySide6.QtCore import Qt  # only here: Qt's enum tables are slow to build at start

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
