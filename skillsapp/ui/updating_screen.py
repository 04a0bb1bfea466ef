"""After an update: the records are brought up to date before anyone signs in.

A new version may read the records in a new way (a projection of the log changed); it then
rebuilds what it reads from the log once, on the database worker, and this screen shows how
far it has got instead of a window that seems to hang.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from skillsapp.ui.text import fill
from skillsapp.ui.widgets import hint_label, title_label


class UpdatingScreen(QWidget):
    """A title, a sentence and a progress bar; :meth:`report` may be called from the worker."""

    _reported = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = hint_label(
            self.tr(
                "SkillsApp was updated and is bringing this PC's records up to date. "
                "This happens once; nothing is lost."
            ),
            self,
        )
        self.count = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setMinimumHeight(24)
        self.bar.setRange(0, 0)  # moving until the first report
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(title_label(self.tr("Updating the records"), self))
        layout.addWidget(self.words)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._reported.connect(self._show)

    def report(self, done: int, total: int) -> None:
        """How many records are done (safe to call from the database worker)."""
        self._reported.emit(done, total)

    def _show(self, done: int, total: int) -> None:
        from PySide6.QtCore import QLocale

        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        locale = QLocale()
        self.count.setText(
            fill(self.tr("%1 of %2 records"), locale.toString(done), locale.toString(total))
        )
