"""A resident's home after signing in: continue where they left off, their courses, the rest
of the catalogue, and their display choices."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.languages import LANGUAGES
from skillsapp.core.people import Learner
from skillsapp.ui.course_cards import CourseCard, CourseShelf
from skillsapp.ui.text import fill
from skillsapp.ui.theme import TEXT_SCALES
from skillsapp.ui.widgets import (
    FlowLayout,
    WrappingButton,
    hint_label,
    local_date,
    title_label,
)


class ResidentHome(QWidget):
    """Everything here belongs to the signed-in resident only."""

    display_changed = Signal(int, bool)  # text scale, high contrast
    course_chosen = Signal(str)  # course id
    lesson_chosen = Signal(str, str)  # course id, lesson id ("continue")
    skills_check_requested = Signal()
    skills_requested = Signal()
    certificates_requested = Signal()
    my_data_requested = Signal()
    language_chosen = Signal(str)  # language code

    def __init__(self, centre: Centre, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre, self.learner = centre, learner
        self.scale = learner.text_scale
        self.last_choice = ""  # the display choice pressed last, to keep the keyboard on it
        self.smaller = QPushButton(self.tr("A−  Smaller text"), self)
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.clicked.connect(lambda: self._step_text(-1))
        self.bigger = QPushButton(self.tr("A+  Bigger text"), self)
        self.bigger.setAccessibleName(self.tr("Bigger text"))
        self.bigger.clicked.connect(lambda: self._step_text(+1))
        self.scale_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(learner.language)))
        self.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.language.currentData())
        )
        self.contrast = QCheckBox(self.tr("Strong contrast (white on black)"), self)
        self.contrast.setChecked(learner.high_contrast)
        self.contrast.toggled.connect(self._contrast_toggled)

        self.continue_button = WrappingButton("", self)
        self.continue_button.setObjectName("primary")
        self.continue_button.setAutoDefault(True)
        self.continue_button.clicked.connect(self._continue)
        self.check_button = QPushButton(self.tr("Check my digital skills"), self)
        self.check_button.clicked.connect(self.skills_check_requested)
        self.skills_button = QPushButton(self.tr("My skills"), self)
        self.skills_button.clicked.connect(self.skills_requested)
        self.certificates_button = QPushButton(self.tr("My certificates"), self)
        self.certificates_button.clicked.connect(self.certificates_requested)
        self.my_data_button = QPushButton(self.tr("My data"), self)
        self.my_data_button.clicked.connect(self.my_data_requested)
        self.skills_line = QLabel(self)
        self.skills_line.setWordWrap(True)
        self.assigned = CourseShelf(self.tr("From your trainer"), self)
        self.recommended = CourseShelf(self.tr("Recommended for you"), self)
        self.my_courses = CourseShelf(self.tr("My courses"), self)
        self.all_courses = CourseShelf(self.tr("More courses"), self)
        for shelf in (self.assigned, self.recommended, self.my_courses, self.all_courses):
            shelf.course_chosen.connect(self.course_chosen)
        actions_row = QWidget()
        actions = FlowLayout(actions_row, spacing=12)
        for button in (
            self.check_button,
            self.skills_button,
            self.certificates_button,
            self.my_data_button,
        ):
            actions.addWidget(button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        # The help line scrolls with the courses: on a small screen at 200 % the courses and
        # "Continue" get the room.
        body_layout.addWidget(
            hint_label(
                self.tr(
                    "Choose a course to start. Your progress is saved as you go. "
                    "When you are done, press Finish at the top."
                ),
                body,
            )
        )
        body_layout.addWidget(self.continue_button)
        body_layout.addWidget(actions_row)
        body_layout.addWidget(self.skills_line)
        for shelf in (self.assigned, self.recommended, self.my_courses, self.all_courses):
            body_layout.addWidget(shelf)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # The display choices wrap onto a second row at large text sizes.
        display_row = self.display_row = QWidget(self)
        display = FlowLayout(display_row, spacing=12)
        for widget in (self.smaller, self.scale_label, self.bigger, self.contrast, self.language):
            display.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(title_label(fill(self.tr("Hello, %1!"), learner.first_name), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(display_row)
        self._body_layout, self._outer_layout = body_layout, layout
        self._fill_courses()
        self._show_scale()
        self._order_tabs()

    def _order_tabs(self) -> None:
        # Reading order: "Continue" first, then the actions and the courses; the display
        # choices (A−, A+, contrast, language) come last although they sit on top of the
        # focus chain (they were made first).
        chain: list[QWidget] = [
            self.continue_button,
            self.check_button,
            self.skills_button,
            self.certificates_button,
            self.my_data_button,
        ]
        for shelf in (self.assigned, self.recommended, self.my_courses, self.all_courses):
            chain += shelf.cards
        chain += [self.smaller, self.bigger, self.contrast, self.language]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_display_choices()

    def _place_display_choices(self) -> None:
        # On a small screen at large text (1024x600 at 200 %) the display choices take two
        # rows, and kept in view below the list they would leave the courses a sliver: there
        # they go to the end of the list and scroll with it. Otherwise they stay in view.
        row = self.display_row
        inside = row.parentWidget() is not self
        room = self.width() - 64
        squeezes = row.heightForWidth(room) * 3 > self.height()
        if squeezes == inside:
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and row.isAncestorOf(focused)
        if squeezes:
            self._outer_layout.removeWidget(row)
            self._body_layout.addWidget(row)
        else:
            self._body_layout.removeWidget(row)
            self._outer_layout.addWidget(row)
        row.show()
        self._order_tabs()  # moving the row changes Qt's Tab order
        if had_focus and focused is not None:
            focused.setFocus()

    def focus_first(self) -> None:
        """The keyboard starts on the most likely next step: "Continue", else the first
        course card."""
        if not self.continue_button.isHidden():
            self.continue_button.setFocus()
            return
        cards = [
            card
            for shelf in (self.assigned, self.recommended, self.my_courses, self.all_courses)
            for card in shelf.cards
        ]
        (cards[0] if cards else self.check_button).setFocus()

    def focus_display(self, which: str) -> None:
        """Put the keyboard back on a display choice ("smaller", "bigger", "contrast") after
        the screen was laid out again for it."""
        widget = getattr(self, which)
        (
            widget if widget.isEnabled() else self.smaller if which == "bigger" else self.bigger
        ).setFocus()

    def _fill_courses(self) -> None:
        learning = self.centre.learning
        progress = learning.progress(self.learner.id)
        resume = learning.resume_point(self.learner.id)
        self._resume = resume
        if resume is not None:
            language = learning.language_for(resume.course, self.learner.language)
            self.continue_button.setText(
                fill(
                    self.tr("Continue where I left off: %1 – %2"),
                    resume.course.title_in(language),
                    resume.lesson.text(language).title,
                )
            )
        self.continue_button.setVisible(resume is not None)
        assigned = {a.course_id: a for a in self.centre.groups.assigned_to(self.learner.id)}
        competences = self.centre.competences
        profile = competences.profile(self.learner.id)
        recommended = [
            r.course_id
            for r in competences.recommendations(self.learner.id, self.learner.language, 3)
            if r.course_id not in assigned
        ]
        for pack in self.centre.catalogue.packs():
            language = learning.language_for(pack, self.learner.language)
            found = progress.get(pack.id)
            if pack.id in assigned:
                due = assigned[pack.id].due
                note = fill(self.tr("Please finish by %1"), local_date(due)) if due else ""
                self.assigned.add(CourseCard(pack, language, found, note))
            elif pack.id in recommended:
                self.recommended.add(CourseCard(pack, language, found))
            elif found is not None:
                self.my_courses.add(CourseCard(pack, language, found))
            else:
                self.all_courses.add(CourseCard(pack, language, found))
        for shelf in (self.assigned, self.recommended, self.my_courses):
            shelf.setVisible(bool(shelf.cards))
        if not (self.assigned.cards or self.recommended.cards or self.my_courses.cards):
            self.all_courses.heading.setText(self.tr("Courses"))
        certificates = len(self.centre.certificates.of_learner(self.learner.id))
        if certificates:
            self.certificates_button.setText(
                fill(self.tr("My certificates (%1)"), str(certificates))
            )
        self.skills_button.setVisible(not profile.is_empty)
        if profile.is_empty:
            self.skills_line.setText(
                self.tr("Not sure where to start? “Check my digital skills” suggests courses.")
            )
        else:
            self.skills_line.setText(self._skills_text(profile.area_levels))

    def _skills_text(self, area_levels: dict[str, int]) -> str:
        from skillsapp.core.framework.model import framework

        digcomp = framework(language=self.learner.language)
        parts = [
            f"{digcomp.area(area).short} {level if level else self.tr('not yet')}"
            for area, level in sorted(area_levels.items())
        ]
        return fill(self.tr("My skills (levels 1–8): %1"), " · ".join(parts))

    def _continue(self) -> None:
        if self._resume is not None:
            self.lesson_chosen.emit(self._resume.course.id, self._resume.lesson.id)

    def _step_text(self, step: int) -> None:
        index = TEXT_SCALES.index(self.scale) if self.scale in TEXT_SCALES else 0
        index = min(max(index + step, 0), len(TEXT_SCALES) - 1)
        self.scale = TEXT_SCALES[index]
        self.last_choice = "bigger" if step > 0 else "smaller"
        self._save_display()

    def _contrast_toggled(self, _checked: bool) -> None:
        self.last_choice = "contrast"
        self._save_display()

    def _save_display(self) -> None:
        self.centre.learners.set_display(self.learner.id, self.scale, self.contrast.isChecked())
        self._show_scale()
        self.display_changed.emit(self.scale, self.contrast.isChecked())

    def _show_scale(self) -> None:
        self.scale_label.setText(f"{self.scale}%")
        self.scale_label.setAccessibleName(fill(self.tr("Text size %1"), f"{self.scale}%"))
        self.smaller.setEnabled(self.scale > TEXT_SCALES[0])
        self.bigger.setEnabled(self.scale < TEXT_SCALES[-1])
