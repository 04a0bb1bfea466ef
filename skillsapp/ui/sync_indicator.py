"""A small label on every screen: sent / waiting to send N / offline / problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre
    from skillsapp.sync.status import SyncStatus


class SyncIndicator(QLabel):
    """Shows the sync state; ``refresh()`` reads it in the background (call after each sync
    and on a timer)."""

    def __init__(self, centre: Centre, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.runner = centre, runner
        self.setAccessibleName(self.tr("Sync state"))
        self.setMinimumHeight(44)
        self.state = "off"
        self.hide()

    def refresh(self) -> None:
        """Read the status on the worker and show it."""
        # Imported here, on the worker's first read: the sync code is not needed to start.
        from skillsapp.sync.status import read_status

        self.runner.run(lambda: read_status(self.centre.db), self.show_status)

    def show_status(self, status: SyncStatus) -> None:
        """Show ``status`` in plain words (hidden when sync is not set up or off)."""
        self.state = status.state
        texts = {
            "sent": self.tr("\u2713 Results sent"),
            "waiting": self.tr("Waiting to send %n result(s)", "", status.waiting),
            "offline": self.tr("Offline: results are kept here"),
            "problem": self.tr("Sync problem: see Sync in the trainer's tools"),
        }
        self.setVisible(status.state in texts)
        self.setText(texts.get(status.state, ""))
        if status.last_error:
            from skillsapp.ui.messages import explain

            self.setToolTip(explain(status.last_error))
        else:
            self.setToolTip("")
