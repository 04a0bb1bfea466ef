"""Course cards: a course's title, summary, length and the resident's progress in it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.courses import CoursePack
from skillsapp.core.progress import CourseProgress
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import FlowLayout, hint_label

CARD_CHARACTERS = 34  # a card is about this many characters wide, at any text size


class CourseCard(QPushButton):
    """A large button showing one course; pressing it opens the course page."""

    def __init__(
        self,
        pack: CoursePack,
        language: str,
        progress: CourseProgress | None,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        title = QLabel(pack.title_in(language))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        summary = QLabel(pack.summary_in(language))
        summary.setWordWrap(True)
        minutes = hint_label(self.tr("About %n minutes", "", pack.estimated_minutes))
        due = QLabel(note)
        due.setWordWrap(True)
        due.setStyleSheet("font-weight: bold;")
        due.setVisible(bool(note))
        done = len(progress.lessons_completed) if progress else 0
        total = len(pack.lessons)
        self.bar = QProgressBar()
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.setFormat(fill(self.tr("%1 of %2 lessons"), str(done), str(total)))
        self.bar.setVisible(progress is not None)
        state = (
            self.tr("finished")
            if progress and progress.completed
            else fill(self.tr("%1 of %2 lessons done"), str(done), str(total))
            if progress
            else self.tr("not started")
        )
        self.setAccessibleName(", ".join(x for x in (pack.title_in(language), state, note) if x))
        self.setAccessibleDescription(pack.summary_in(language))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        for widget in (title, summary, due, minutes, self.bar):
            # The whole card is one button: its labels let clicks through.
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(widget)
        # Sized from the text size in force, so cards grow with it and nothing is cut off.
        for part in (self, title, summary, due, minutes, self.bar):
            part.ensurePolished()
        width = QFontMetrics(QApplication.font()).averageCharWidth() * CARD_CHARACTERS + 28
        # Kept apart from min/max sizes, which the style sheet resets on every re-polish.
        self._size = QSize(width, layout.totalHeightForWidth(width))
        self.setFixedSize(self._size)

    def sizeHint(self) -> QSize:
        return self._size


class CourseShelf(QWidget):
    """A wrapping row of course cards under a heading."""

    course_chosen = Signal(str)  # course id

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading, self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.cards: list[CourseCard] = []
        holder = QWidget(self)
        self.flow = FlowLayout(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(holder)

    def add(self, card: CourseCard) -> None:
        """Add a card to the shelf."""
        card.clicked.connect(lambda _=False, course=card.pack.id: self.course_chosen.emit(course))
        self.cards.append(card)
        self.flow.addWidget(card)
