"""How far a long sync job has got: a line of words above a progress bar.

A first bundle import, an export or a first sync can take a while on an old PC. The trainer
sees which step runs and how many results it has done, instead of a screen that seems to hang.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from skillsapp.sync.progress import Progress, Stage
from skillsapp.ui.text import fill


class WorkProgress(QWidget):
    """Hidden until the work reports; :meth:`report` may be called from the background worker.

    Reports travel to the UI thread through a queued signal, so the widgets are touched only
    there. :meth:`finish` hides the bar again when the work is done or has failed.
    """

    _reported = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setMinimumHeight(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words)
        layout.addWidget(self.bar)
        self._reported.connect(self.show_progress)
        self.hide()

    def start(self, text: str) -> None:
        """Show ``text`` over a moving bar until the work's first report."""
        self.bar.setRange(0, 0)
        self._say(text)

    def report(self, progress: Progress) -> None:
        """Take a report from the work, on whatever thread it runs."""
        # The page may have been closed while the work went on: then nobody watches.
        with contextlib.suppress(RuntimeError):
            self._reported.emit(progress)

    def show_progress(self, progress: Progress) -> None:
        """Show the step and the count (a moving bar when the total is not known)."""
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)
        self._say(self.describe(progress))

    def _say(self, text: str) -> None:
        self.words.setText(text)
        self.bar.setAccessibleDescription(text)  # what a screen reader says of the bar
        self.show()

    def finish(self) -> None:
        """The work is over: hide the bar until the next job."""
        self.hide()
        self.bar.reset()
        self.words.clear()

    def describe(self, progress: Progress) -> str:
        """The step and its count, in the interface language."""
        done, total = QLocale().toString(progress.done), QLocale().toString(progress.total)
        if progress.stage is Stage.READING:
            text = self.tr("Step 1 of 2: reading the bundle (%1 of %2 results)")
        elif progress.stage is Stage.SAVING:
            return self.tr("Step 2 of 2: saving the results and updating everyone's progress")
        elif progress.stage is Stage.WRITING:
            text = self.tr("Writing the bundle: %1 of %2 results")
        elif progress.stage is Stage.SENDING:
            text = self.tr("Sending results to the LRS: %1 of %2")
        else:
            text = self.tr("Receiving results from the LRS: %1 so far")
        return fill(text, done, total)
