"""The resident's screens, reached from the main window during a resident's session.

A mixin of ``MainWindow``: it uses the window's ``centre``, ``learner``, ``settings`` and
``_show``; kept apart so each file stays about one responsibility.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QFrame, QWidget

    from skillsapp.core.centre import Centre
    from skillsapp.core.courses import CoursePack
    from skillsapp.core.people import Learner
    from skillsapp.storage.settings import Settings
    from skillsapp.ui.idle import IdleWatcher
    from skillsapp.ui.read_aloud import ReadAloud
    from skillsapp.ui.resident_home import ResidentHome


class ResidentScreens:
    """Home, courses, lessons, quizzes, self-checks, certificates and "my data"."""

    # What the main window provides (this class is its mixin).
    centre: Centre
    learner: Learner | None
    settings: Settings
    idle: IdleWatcher
    idle_warning: QFrame
    _voice: ReadAloud | None

    if TYPE_CHECKING:

        def _show(self, screen: QWidget, scrolls: bool = True) -> None: ...
        def show_start(self) -> None: ...
        def resident_language_chosen(self, code: str) -> None: ...
        def _display_changed(self, scale: int, high_contrast: bool) -> None: ...
        def wait_for_courses(self, action: Callable[[], None]) -> None: ...
        @property
        def courses_pending(self) -> bool: ...
        @property
        def current_screen(self) -> QWidget | None: ...

    def show_resident_home(self) -> None:
        """The signed-in resident's courses."""
        from skillsapp.ui.resident_home import ResidentHome

        assert self.learner is not None
        if self.courses_pending:
            # A tap in the first seconds: the home opens by itself once the courses are read.
            learner_id = self.learner.id
            self.wait_for_courses(lambda: self._home_when_ready(learner_id))
            return
        home = ResidentHome(self.centre, self.learner)
        home.display_changed.connect(
            lambda scale, contrast: self._home_display(home, scale, contrast)
        )
        home.course_chosen.connect(self.show_course)
        home.lesson_chosen.connect(self.show_lesson)
        home.skills_check_requested.connect(self.show_skills_check_start)
        home.skills_requested.connect(self.show_skills)
        home.certificates_requested.connect(self.show_certificates)
        home.my_data_requested.connect(self.show_my_data)
        home.language_chosen.connect(self.resident_language_chosen)
        # It scrolls its courses itself and keeps A−/A+ in view below them.
        self._show(home, scrolls=False)
        home.focus_first()

    def _home_when_ready(self, learner_id: str) -> None:
        if self.learner is not None and self.learner.id == learner_id:
            self.show_resident_home()

    def _home_display(self, home: ResidentHome, scale: int, high_contrast: bool) -> None:
        # The new size or colours apply at once, and the home is laid out again for them
        # (course cards are sized from the text), with the keyboard still on the choice.
        from skillsapp.ui.resident_home import ResidentHome

        choice = home.last_choice
        self._display_changed(scale, high_contrast)
        self.show_resident_home()
        screen = self.current_screen
        if choice and isinstance(screen, ResidentHome):
            screen.focus_display(choice)

    def show_skills_check_start(self) -> None:
        """Choose a quick or full self-check, or continue a paused one."""
        from skillsapp.ui.skills_check_start import SkillsCheckStart

        assert self.learner is not None
        paused = self.centre.competences.self_assessments.paused(self.learner.id)
        screen = SkillsCheckStart(paused is not None, self.learner.language)
        screen.chosen.connect(self.start_skills_check)
        screen.back.connect(self.show_resident_home)
        self._show(screen)

    def start_skills_check(self, kind: str, area: str) -> None:
        """Open the self-check, one statement per screen."""
        from skillsapp.ui.self_assessment import SelfAssessmentScreen

        assert self.learner is not None
        checks = self.centre.competences.self_assessments
        session = checks.paused(self.learner.id) if kind == "resume" else None
        if session is None:
            session = checks.start(
                self.learner.id,
                "quick" if kind == "quick" else "full",
                area or None,
                language=self.learner.language,
            )
        screen = SelfAssessmentScreen(self.centre.competences, session)
        screen.finished.connect(lambda _result: self.show_skills())
        screen.paused.connect(self.show_resident_home)
        self._show(screen)

    def show_skills(self) -> None:
        """The resident's competence profile with recommended courses."""
        from skillsapp.ui.assessment_result import AssessmentResultScreen

        assert self.learner is not None
        screen = AssessmentResultScreen(
            self.centre.competences,
            self.learner.id,
            self.learner.language,
            self.learner.high_contrast,
        )
        screen.course_chosen.connect(self.show_course)
        screen.done.connect(self.show_resident_home)
        self._show(screen)

    def show_certificates(self) -> None:
        """The resident's certificates, to save as PDF."""
        from skillsapp.ui.certificates_screen import CertificatesScreen

        assert self.learner is not None
        screen = CertificatesScreen(self.centre.certificates.of_learner(self.learner.id))
        screen.back.connect(self.show_resident_home)
        self._show(screen)

    def show_my_data(self) -> None:
        """What SkillsApp keeps about the resident."""
        from skillsapp.ui.my_data_screen import MyDataScreen

        assert self.learner is not None
        screen = MyDataScreen(self.centre, self.learner)
        screen.back.connect(self.show_resident_home)
        screen.erased.connect(self._erased)
        self._show(screen)

    def _erased(self) -> None:
        # The profile is gone: end the session without recording a sign-out for it.
        self.learner = None
        self.idle.stop()
        self.idle_warning.hide()
        self.show_start()

    def show_course(self, course_id: str) -> None:
        """A course's page with its lessons."""
        from skillsapp.ui.course_page import CoursePage

        pack = self.centre.catalogue.get(course_id)
        if self.learner is None or pack is None:
            return
        page = CoursePage(
            pack,
            self._course_language(pack),
            self.centre.learning.progress(self.learner.id).get(course_id),
        )
        page.lesson_chosen.connect(lambda lesson_id: self.show_lesson(course_id, lesson_id))
        page.back.connect(self.show_resident_home)
        # It scrolls its lessons itself and keeps "Back" and "Continue" in view below them.
        self._show(page, scrolls=False)

    def show_lesson(self, course_id: str, lesson_id: str, part: int | None = None) -> None:
        """Open a lesson (recorded as opened), at its ``part``-th ``## `` heading if given."""
        from skillsapp.ui.lesson_view import LessonView
        from skillsapp.ui.theme import palette_for

        pack = self.centre.catalogue.get(course_id)
        if self.learner is None or pack is None:
            return
        lesson = pack.lesson(lesson_id)
        language = self._course_language(pack)
        self.centre.learning.open_lesson(self.learner.id, pack, lesson, language)
        view = LessonView(
            pack,
            lesson,
            language,
            palette_for(self.learner.high_contrast),
            self.settings.allow_external_links,
            self.voice,
            text_scale=self.learner.text_scale,
            part=part,
        )
        view.text_size_chosen.connect(self.text_size_chosen)
        view.back.connect(lambda: self.show_course(course_id))
        view.quiz_requested.connect(lambda: self.show_quiz(course_id, lesson_id))
        view.finished.connect(lambda: self._lesson_read(course_id, lesson_id))
        view.open_external.connect(QDesktopServices.openUrl)
        self._show(view, scrolls=False)  # its text scrolls; its buttons stay in view

    @property
    def voice(self) -> ReadAloud:
        """The computer's voice for reading lessons aloud (looked for on first use)."""
        if self._voice is None:
            from skillsapp.ui.read_aloud import ReadAloud

            self._voice = ReadAloud()
        return self._voice

    def _lesson_read(self, course_id: str, lesson_id: str) -> None:
        pack = self.centre.catalogue.get(course_id)
        if self.learner is None or pack is None:
            return
        lesson = pack.lesson(lesson_id)
        self.centre.learning.complete_lesson(
            self.learner.id, pack, lesson, self._course_language(pack)
        )
        self.show_course(course_id)

    def show_quiz(self, course_id: str, lesson_id: str) -> None:
        """The quiz at the end of a lesson."""
        from skillsapp.ui.quiz_view import QuizView

        pack = self.centre.catalogue.get(course_id)
        if self.learner is None or pack is None:
            return
        quiz = QuizView(
            self.centre,
            self.learner.id,
            pack,
            pack.lesson(lesson_id),
            self._course_language(pack),
            text_scale=self.learner.text_scale,
        )
        quiz.back.connect(lambda: self.show_lesson(course_id, lesson_id))
        quiz.done.connect(lambda _passed: self.show_course(course_id))
        quiz.read_again.connect(lambda part: self.show_lesson(course_id, lesson_id, part))
        quiz.text_size_chosen.connect(self.text_size_chosen)
        self._show(quiz, scrolls=False)  # it scrolls its words and keeps its buttons in view
        quiz.focus_first_answer()

    def quiz_in_progress(self) -> bool:
        """Whether a quiz on screen is started and not finished (Finish asks first then)."""
        from skillsapp.ui.quiz_view import QuizView

        screen = self.current_screen
        return isinstance(screen, QuizView) and screen.in_progress

    def text_size_chosen(self, scale: int) -> None:
        """A lesson or quiz changed the text size: saved for the resident, as the home
        screen's A− / A+ do, and applied to every screen at once."""
        if self.learner is None:
            return
        high_contrast = self.learner.high_contrast
        self.centre.learners.set_display(self.learner.id, scale, high_contrast)
        self._display_changed(scale, high_contrast)

    def _course_language(self, pack: CoursePack) -> str:
        assert self.learner is not None
        return self.centre.learning.language_for(pack, self.learner.language)
