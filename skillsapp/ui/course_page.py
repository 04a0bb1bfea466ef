"""A course's own page: what it is about, its lessons and where the resident stands."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from skillsapp.core.courses import CoursePack
from skillsapp.core.learning import next_lesson
from skillsapp.core.progress import CourseProgress
from skillsapp.ui.keys import go_back_on_escape
from skillsapp.ui.text import fill
from skillsapp.ui.widgets import WrappingButton, hint_label, primary_button, title_label


class CoursePage(QWidget):
    """The lessons in order, each marked done or not, and one button to go on."""

    lesson_chosen = Signal(str)  # lesson id
    back = Signal()

    def __init__(
        self,
        pack: CoursePack,
        language: str,
        progress: CourseProgress | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        go_back_on_escape(self, lambda: self.back.emit())
        self.pack = pack
        done = progress.lessons_completed if progress else frozenset()
        upcoming = next_lesson(pack, progress)
        self.go_button = primary_button("", self)
        if progress is None:
            self.go_button.setText(self.tr("Start the course"))
        elif upcoming is None:
            self.go_button.setText(self.tr("Read the first lesson again"))
        else:
            self.go_button.setText(self.tr("Continue"))
        target = upcoming or pack.lessons[0]
        self.go_button.clicked.connect(lambda: self.lesson_chosen.emit(target.id))
        self.back_button = QPushButton(self.tr("Back to my courses"), self)
        self.back_button.clicked.connect(self.back)

        self.lesson_buttons: list[QPushButton] = []
        lessons = QWidget()
        lesson_layout = QVBoxLayout(lessons)
        for number, lesson in enumerate(pack.lessons, start=1):
            title = lesson.text(language).title
            mark = "✓ " if lesson.id in done else ""
            state = self.tr("done") if lesson.id in done else self.tr("not done yet")
            button = WrappingButton(f"{mark}{number}. {title}   ({lesson.minutes} min)")
            button.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            button.setAccessibleName(f"{number}. {title}, {state}")
            button.clicked.connect(lambda _=False, lid=lesson.id: self.lesson_chosen.emit(lid))
            self.lesson_buttons.append(button)
            lesson_layout.addWidget(button)
        lesson_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(lessons)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        status = (
            self.tr("You finished this course. Well done!")
            if progress and progress.completed
            else fill(self.tr("%1 of %2 lessons done."), str(len(done)), str(len(pack.lessons)))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(title_label(pack.title_in(language), self))
        layout.addWidget(hint_label(pack.summary_in(language), self))
        layout.addWidget(hint_label(status, self))
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        layout.addLayout(buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.go_button.setFocus()
