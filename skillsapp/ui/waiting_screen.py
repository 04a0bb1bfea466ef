"""A tap in the first seconds after the start: the courses are still being read.

Instead of a window that seems to hang, the resident (or trainer) sees that their screen is
coming, with a moving bar and a busy pointer, and it opens by itself as soon as the courses
are ready.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from skillsapp.ui.widgets import hint_label, title_label


class WaitingScreen(QWidget):
    """A title, a sentence and a moving bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = hint_label(
            self.tr("The courses are being prepared. Your screen opens by itself in a moment."),
            self,
        )
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Preparing the courses"))
        self.bar.setMinimumHeight(24)
        self.bar.setRange(0, 0)  # moving: how long it takes is not known
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(title_label(self.tr("One moment, please"), self))
        layout.addWidget(self.words)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setCursor(Qt.CursorShape.BusyCursor)
