"""A resident's home after signing in: continue where they left off, their courses, the rest
of the catalogue, and their display choices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.people import Learner
from skillsapp.ui.course_cards import CourseCard, CourseShelf
from skillsapp.ui.theme import TEXT_SCALES
from skillsapp.ui.widgets import FlowLayout, hint_label, primary_button, title_label


class ResidentHome(QWidget):
    """Everything here belongs to the signed-in resident only."""

    display_changed = Signal(int, bool)  # text scale, high contrast
    course_chosen = Signal(str)  # course id
    lesson_chosen = Signal(str, str)  # course id, lesson id ("continue")

    def __init__(self, centre: Centre, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.learner = centre, learner
        self.scale = learner.text_scale
        self.smaller = QPushButton(self.tr("A−  Smaller text"), self)
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.clicked.connect(lambda: self._step_text(-1))
        self.bigger = QPushButton(self.tr("A+  Bigger text"), self)
        self.bigger.setAccessibleName(self.tr("Bigger text"))
        self.bigger.clicked.connect(lambda: self._step_text(+1))
        self.scale_label = QLabel(self)
        self.contrast = QCheckBox(self.tr("Strong contrast (white on black)"), self)
        self.contrast.setChecked(learner.high_contrast)
        self.contrast.toggled.connect(self._contrast_toggled)

        self.continue_button = primary_button("", self)
        self.continue_button.clicked.connect(self._continue)
        self.my_courses = CourseShelf(self.tr("My courses"), self)
        self.all_courses = CourseShelf(self.tr("More courses"), self)
        for shelf in (self.my_courses, self.all_courses):
            shelf.course_chosen.connect(self.course_chosen)
        self.content = QVBoxLayout()  # later screens add their own sections here
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.continue_button)
        body_layout.addWidget(self.my_courses)
        body_layout.addWidget(self.all_courses)
        body_layout.addLayout(self.content)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # The display choices wrap onto a second row at large text sizes.
        display_row = QWidget(self)
        display = FlowLayout(display_row, spacing=12)
        for widget in (self.smaller, self.scale_label, self.bigger, self.contrast):
            display.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(title_label(self.tr("Hello, %1!").replace("%1", learner.first_name), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Choose a course to start. Your progress is saved as you go. "
                    "When you are done, press Finish at the top."
                ),
                self,
            )
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(display_row)
        self._fill_courses()
        self._show_scale()

    def _fill_courses(self) -> None:
        learning = self.centre.learning
        progress = learning.progress(self.learner.id)
        resume = learning.resume_point(self.learner.id)
        self._resume = resume
        if resume is not None:
            language = learning.language_for(resume.course, self.learner.language)
            self.continue_button.setText(
                self.tr("Continue where I left off: %1 – %2")
                .replace("%1", resume.course.title_in(language))
                .replace("%2", resume.lesson.text(language).title)
            )
            self.continue_button.setAccessibleName(self.continue_button.text())
        self.continue_button.setVisible(resume is not None)
        for pack in self.centre.catalogue.packs():
            language = learning.language_for(pack, self.learner.language)
            card = CourseCard(pack, language, progress.get(pack.id))
            (self.my_courses if pack.id in progress else self.all_courses).add(card)
        self.my_courses.setVisible(bool(self.my_courses.cards))
        if not self.my_courses.cards:
            self.all_courses.heading.setText(self.tr("Courses"))

    def _continue(self) -> None:
        if self._resume is not None:
            self.lesson_chosen.emit(self._resume.course.id, self._resume.lesson.id)

    def _step_text(self, step: int) -> None:
        index = TEXT_SCALES.index(self.scale) if self.scale in TEXT_SCALES else 0
        index = min(max(index + step, 0), len(TEXT_SCALES) - 1)
        self.scale = TEXT_SCALES[index]
        self._save_display()

    def _contrast_toggled(self, _checked: bool) -> None:
        self._save_display()

    def _save_display(self) -> None:
        self.centre.learners.set_display(self.learner.id, self.scale, self.contrast.isChecked())
        self._show_scale()
        self.display_changed.emit(self.scale, self.contrast.isChecked())

    def _show_scale(self) -> None:
        self.scale_label.setText(f"{self.scale}%")
        self.scale_label.setAccessibleName(self.tr("Text size %1").replace("%1", f"{self.scale}%"))
        self.smaller.setEnabled(self.scale > TEXT_SCALES[0])
        self.bigger.setEnabled(self.scale < TEXT_SCALES[-1])
