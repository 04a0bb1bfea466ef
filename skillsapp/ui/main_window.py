"""The main window: a banner, the current screen, and the rules for moving between screens.

Screens other than the start screen are imported when first shown, which keeps start-up
fast. Each person's screens are built when they sign in and destroyed when they sign out, so
nothing of the previous person stays on screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.people import Learner, Trainer
from skillsapp.core.signin import SignOutReason
from skillsapp.storage.location import SETTINGS_NAME
from skillsapp.storage.settings import Settings, save_settings
from skillsapp.ui.i18n import Languages
from skillsapp.ui.idle import IdleWatcher
from skillsapp.ui.resident_screens import ResidentScreens
from skillsapp.ui.start_screen import StartScreen
from skillsapp.ui.theme import apply_theme
from skillsapp.ui.widgets import enter_presses_buttons, name_table_headings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from skillsapp.ui.read_aloud import ReadAloud

WARNING_MS = 60_000
SYNC_EVERY_MS = 5 * 60_000


class MainWindow(ResidentScreens, QMainWindow):
    """Holds one screen at a time and the session of whoever is signed in."""

    # Statements from elsewhere were merged, or records rebuilt (any thread; queued here).
    records_changed = Signal(str)

    def __init__(
        self,
        centre: Centre,
        settings: Settings,
        runner: object,
        data_folder: Path,
        idle_ms: int | None = None,
        warning_ms: int = WARNING_MS,
        languages: Languages | None = None,
    ) -> None:
        """``languages`` is the translator the start already installed (the PC's language),
        taken over so that the same language is not loaded again."""
        super().__init__()
        self.centre, self.settings, self.runner = centre, settings, runner
        self.data_folder = data_folder
        self._idle_ms = idle_ms
        self._voice: ReadAloud | None = None
        app = QApplication.instance()
        if languages is None and app is not None:
            languages = Languages(app)
        self.languages = languages
        self.learner: Learner | None = None
        self.trainer: Trainer | None = None
        # What to open once the courses are read (a tap in the first seconds).
        self._courses_loading = False
        self._after_courses: Callable[[], None] | None = None
        self.setWindowTitle("SkillsApp")
        self.setMinimumSize(800, 560)
        self.resize(1280, 720)

        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.centre_label = QLabel(self.banner)
        self.person_label = QLabel(self.banner)
        from skillsapp.ui.sync_indicator import SyncIndicator

        self.sync_indicator = SyncIndicator(centre, runner, self.banner)
        # Results go to the LRS in the background whenever sync is switched on.
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_EVERY_MS)
        self.sync_timer.timeout.connect(self.sync_in_background)
        self.finish_button = QPushButton(self.tr("Finish"), self.banner)
        self.finish_button.setAccessibleName(self.tr("Finish and sign out"))
        self.finish_button.clicked.connect(self.finish_pressed)
        self.finish_button.hide()
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 6, 16, 6)
        banner_layout.addWidget(self.centre_label)
        banner_layout.addSpacing(16)
        banner_layout.addWidget(self.sync_indicator)
        banner_layout.addStretch(1)
        banner_layout.addWidget(self.person_label)
        banner_layout.addWidget(self.finish_button)

        self.idle_warning = QFrame(self)
        self.idle_warning.setObjectName("warning")
        self.idle_text = QLabel(self.idle_warning)
        self.idle_text.setWordWrap(True)
        self.still_here = QPushButton(self.tr("I am still here"), self.idle_warning)
        self.still_here.setObjectName("primary")
        self.still_here.clicked.connect(self._still_here)
        warning_layout = QHBoxLayout(self.idle_warning)
        warning_layout.addWidget(self.idle_text, 1)
        warning_layout.addWidget(self.still_here)
        self.idle_warning.hide()

        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.idle_warning)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.idle = IdleWatcher(idle_ms or settings.idle_minutes * 60_000, warning_ms, self)
        self.idle.warn.connect(self._warn_idle)
        self.idle.tick.connect(self._show_countdown)
        self.idle.expired.connect(lambda: self.sign_out(SignOutReason.IDLE))

        if centre.is_set_up:
            self.show_start()
        else:
            self.show_setup()
        self.sync_timer.start()
        # The log tells of merges from the worker thread; the signal brings them here.
        self.records_changed.connect(self._refresh_screen)
        centre.log.on_merge(self.records_changed.emit)

    def load_courses(self, load: Callable[[], object]) -> None:
        """Read the courses on the worker (``load``); until they are read, a screen that
        needs them waits on a screen that says so instead of freezing the window."""
        self._courses_loading = True
        self.runner.run(  # type: ignore[attr-defined]
            load, done=lambda _: self._courses_ready(), failed=self._courses_failed
        )

    def _courses_failed(self, error: BaseException) -> None:
        import logging

        logging.getLogger(__name__).warning("Courses could not be read: %s", error)
        self._courses_ready()  # whoever waits sees the courses that could be read

    def _courses_ready(self) -> None:
        self._courses_loading = False
        action, self._after_courses = self._after_courses, None
        if action is not None:
            action()

    @property
    def courses_pending(self) -> bool:
        """Whether the courses are still being read on the worker."""
        return self._courses_loading and not self.centre.catalogue.is_loaded

    def wait_for_courses(self, action: Callable[[], None]) -> None:
        """Show that the courses are coming; run ``action`` once they are read (a later
        call replaces it; signing out forgets it)."""
        from skillsapp.ui.waiting_screen import WaitingScreen

        self._after_courses = action
        self._show(WaitingScreen(), scrolls=False)

    def bring_up_to_date(self, outdated: list[str]) -> None:
        """Rebuild the projections an update changed, on the worker, showing progress;
        then the start screen."""
        from skillsapp.ui.updating_screen import UpdatingScreen

        screen = UpdatingScreen()
        self._show(screen)
        self.runner.run(  # type: ignore[attr-defined]
            lambda: self.centre.log.rebuild(outdated, screen.report),
            done=lambda _: self.show_start() if self.centre.is_set_up else self.show_setup(),
            failed=self.records_damaged,
        )

    def records_damaged(self, error: BaseException) -> None:
        """The records turned out damaged after the start (the check after the first
        paint): offer the newest backup, as at start, then close."""
        from skillsapp.ui.start_problems import recover_after_start

        self.idle.stop()
        self.sync_timer.stop()
        self.learner = None  # nothing more is written to damaged records
        recover_after_start(self.centre.db, self.data_folder, error)
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _refresh_screen(self, _what: str) -> None:
        # The screen on show reads again what it shows (the dashboard after an import...).
        refresh = getattr(self.current_screen, "refresh", None)
        if callable(refresh):
            refresh()

    def sync_in_background(self) -> None:
        """Push and pull once on the worker, if sync is on and set up; never blocks the UI."""
        from skillsapp.sync.service import sync_now
        from skillsapp.sync.settings import load_lrs_settings, may_sync_now
        from skillsapp.ui.network import connection_is_metered

        if not self.centre.is_set_up:
            return
        settings = load_lrs_settings(self.centre.db)
        if not may_sync_now(settings, connection_is_metered()):
            return  # results wait in the outbox; the indicator shows how many
        self.runner.run(  # type: ignore[attr-defined]
            lambda: sync_now(self.centre),
            done=lambda _result: self.sync_indicator.refresh(),
            failed=lambda _error: self.sync_indicator.refresh(),
        )

    # Screens

    @property
    def current_screen(self) -> QWidget | None:
        """The screen on show."""
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _show(self, screen: QWidget, scrolls: bool = True) -> None:
        # Every screen scrolls when large text makes it taller than the window, so nothing
        # is squeezed or cut off at 200 %. (The start screen scrolls its own tiles.)
        holder: QWidget = screen
        if scrolls:
            from PySide6.QtCore import Qt  # not needed for the first screen; see widgets.py

            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            holder.setWidget(screen)
            name_table_headings(screen)
        enter_presses_buttons(screen)
        old = self.stack.currentWidget()
        self.stack.addWidget(holder)
        self.stack.setCurrentWidget(holder)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def show_setup(self) -> None:
        """The first-run wizard."""
        self.centre_label.setText("SkillsApp")
        from skillsapp.ui.setup_wizard import SetupWizard

        spoken = self.languages.current if self.languages is not None else "en"
        wizard = SetupWizard(self.centre, self.runner, language=spoken)
        wizard.finished.connect(self._set_up_done)
        wizard.joined.connect(self._joined)
        self._show(wizard)
        wizard.new_button.setFocus()

    def _set_up_done(self, trainer: Trainer) -> None:
        self.begin_trainer(trainer)

    def _joined(self) -> None:
        self.centre.reload_profile()
        self.sync_indicator.refresh()
        self.show_start()

    def show_start(self) -> None:
        """The start screen with everyone's tiles; nobody is signed in."""
        self.learner = self.trainer = None
        self._after_courses = None
        self._apply_display(self.settings.text_scale, self.settings.high_contrast)
        self._use_language(self.pc_language)
        self.centre_label.setText(self.centre.profile.name)
        self.person_label.setText("")
        self.finish_button.hide()
        start = StartScreen(self.centre.profile.name, self.centre.learners.list(), self.pc_language)
        start.learner_chosen.connect(self.learner_chosen)
        start.language_chosen.connect(self._pc_language_chosen)
        start.trainer_requested.connect(self.show_trainer_sign_in)
        self._show(start, scrolls=False)
        start.focus_first()

    @property
    def pc_language(self) -> str:
        """The language of the start screen and the trainer's screens on this PC."""
        return self.settings.language or self.centre.profile.language

    def _use_language(self, code: str) -> None:
        if self.languages is not None:
            self.languages.use(code)
        self.finish_button.setText(self.tr("Finish") if self.learner else self.tr("Sign out"))
        self.still_here.setText(self.tr("I am still here"))
        self.finish_button.setAccessibleName(self.tr("Finish and sign out"))

    def _pc_language_chosen(self, code: str) -> None:
        # Chosen on the start screen: it applies at once and stays for this PC.
        self.settings.language = code
        # On a read-only data folder the choice lasts until the app closes.
        with contextlib.suppress(OSError):
            save_settings(self.data_folder / SETTINGS_NAME, self.settings)
        self.show_start()

    def resident_language_chosen(self, code: str) -> None:
        """A resident picked another language: remember it for them and show it now."""
        if self.learner is None:
            return
        self.centre.learners.set_language(self.learner.id, code)
        self.learner = self.centre.learners.get(self.learner.id)
        self._use_language(code)
        self.show_resident_home()

    def learner_chosen(self, learner: Learner) -> None:
        """A tile was pressed: ask for the PIN when there is one (or a lock to explain)."""
        fresh = self.centre.learners.get(learner.id)
        if fresh.has_pin or self.centre.signin.locked_until(fresh) is not None:
            from skillsapp.ui.pin_screen import PinScreen

            pin = PinScreen(self.centre, fresh)
            pin.signed_in.connect(self.begin_resident)
            pin.back.connect(self.show_start)
            self._show(pin, scrolls=False)  # it scrolls its pad and keeps OK in view
            return
        if self.centre.signin.learner_with_pin(fresh.id, None).signed_in:
            self.begin_resident(fresh)

    def show_trainer_sign_in(self) -> None:
        """The trainer's password screen."""
        from skillsapp.ui.trainer_signin import TrainerSignIn

        screen = TrainerSignIn(self.centre)
        screen.signed_in.connect(self.begin_trainer)
        screen.back.connect(self.show_start)
        self._show(screen)

    # Sessions

    def begin_resident(self, learner: Learner) -> None:
        """Open a resident's session with their own display choices."""
        self.learner, self.trainer = learner, None
        self._use_language(learner.language)
        self._apply_display(learner.text_scale, learner.high_contrast)
        self.person_label.setText(learner.first_name)
        self.finish_button.setText(self.tr("Finish"))
        self.finish_button.show()
        self.show_resident_home()
        self.idle.start()

    def _settings_saved(self) -> None:
        if self._idle_ms is None:
            self.idle.idle_ms = self.settings.idle_minutes * 60_000
            self.idle.poke()

    def _display_changed(self, scale: int, high_contrast: bool) -> None:
        if self.learner is not None:
            self.learner = self.centre.learners.get(self.learner.id)
        self._apply_display(scale, high_contrast)

    def begin_trainer(self, trainer: Trainer) -> None:
        """Open a trainer's session."""
        self.trainer, self.learner = trainer, None
        self.centre_label.setText(self.centre.profile.name)
        self.person_label.setText(trainer.name)
        self.finish_button.setText(self.tr("Sign out"))
        self.finish_button.show()
        self.idle.start()
        self._open_trainer_home(trainer.id)

    def _open_trainer_home(self, trainer_id: str) -> None:
        if self.trainer is None or self.trainer.id != trainer_id:
            return  # signed out while the courses were read
        if self.courses_pending:
            self.wait_for_courses(lambda: self._open_trainer_home(trainer_id))
            return
        home = self._trainer_home()
        self._show(home)
        home.setFocus()

    def _trainer_home(self, tab: str | None = None) -> QWidget:
        from skillsapp.ui.trainer_home import TrainerHome

        assert self.trainer is not None
        home = TrainerHome(self.centre, self.trainer, self.data_folder, self.settings, self.runner)
        home.settings_tab.saved.connect(self._settings_saved)
        home.learner_opened.connect(self.show_learner_page)
        home.sync_tab.synced.connect(lambda _result: self.sync_indicator.refresh())
        home.sync_tab.imported.connect(lambda _summary: self.sync_indicator.refresh())
        if tab is not None:
            home.show_tab(tab)
        return home

    def show_trainer_home(self, tab: str | None = None) -> None:
        """Back to the trainer's tabs."""
        self._show(self._trainer_home(tab))

    def show_learner_page(self, learner_id: str) -> None:
        """A learner's page for the trainer."""
        from skillsapp.ui.learner_page import LearnerPage

        assert self.trainer is not None
        page = LearnerPage(self.centre, self.trainer, self.centre.learners.get(learner_id))
        page.closed.connect(lambda: self.show_trainer_home("dashboard"))
        page.erased.connect(lambda: self.show_trainer_home("learners"))
        page.observe_requested.connect(lambda: self.show_trainer_assessment(learner_id))
        self._show(page)

    def show_trainer_assessment(self, learner_id: str) -> None:
        """Record an observed competence level for a learner."""
        from skillsapp.ui.trainer_assessment import TrainerAssessmentScreen

        assert self.trainer is not None
        screen = TrainerAssessmentScreen(
            self.centre.competences, self.trainer, self.centre.learners.get(learner_id)
        )
        screen.back.connect(lambda: self.show_learner_page(learner_id))
        # It scrolls its own form and keeps "Save assessment" in view below it.
        name_table_headings(screen)
        self._show(screen, scrolls=False)

    def finish_pressed(self) -> None:
        """ "Finish" in the banner: sign out, after asking when a quiz is half done (so that
        no single key press ends a resident's quiz)."""
        if self.learner is not None and self.quiz_in_progress() and not self._sure_to_leave():
            return
        self.sign_out(SignOutReason.FINISHED)

    def _sure_to_leave(self) -> bool:
        from skillsapp.ui.quiz_sign_out import SignOutDuringQuiz

        return SignOutDuringQuiz(self).exec() == SignOutDuringQuiz.DialogCode.Accepted

    def sign_out(self, reason: SignOutReason) -> None:
        """End the session now and go back to the start screen."""
        self.idle.stop()
        self.idle_warning.hide()
        if self.learner is not None:
            self.centre.signin.learner_signed_out(self.learner.id, reason)
        self.show_start()

    # Idle warning

    def _warn_idle(self) -> None:
        self.idle_warning.show()
        self.still_here.setFocus()

    def _show_countdown(self, seconds: int) -> None:
        self.idle_text.setText(
            self.tr(
                "Are you still there? You will be signed out in %n seconds to keep your "
                "work private.",
                "",
                seconds,
            )
        )

    def _still_here(self) -> None:
        self.idle_warning.hide()
        self.idle.poke()

    def _apply_display(self, scale: int, high_contrast: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, scale, high_contrast)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.learner is not None:
            self.centre.signin.learner_signed_out(self.learner.id, SignOutReason.FINISHED)
            self.learner = None
        self.idle.stop()
        self.sync_timer.stop()  # a closed window starts no sync (its records may be closed)
        self.runner.wait()  # type: ignore[attr-defined]
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.idle.warning:
            self._still_here()
            return
        super().keyPressEvent(event)
