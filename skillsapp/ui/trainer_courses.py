"""The trainer's course tab: the courses on this PC and importing a pack from a USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.core.centre import Centre
from skillsapp.core.courses import (
    CoursePack,
    CoursePackError,
    extracted_pack,
    install_pack,
    load_pack,
)
from skillsapp.core.history import Titles
from skillsapp.core.languages import LANGUAGES
from skillsapp.ui.messages import explain
from skillsapp.ui.text import fill
from skillsapp.ui.trainer_screen import style_trainer_screen
from skillsapp.ui.trainer_words import current_language, sorted_by_words
from skillsapp.ui.widgets import error_label, hint_label, show_error


class TrainerCourses(QWidget):
    """Lists courses; imports a validated .zip pack after showing what it is.

    ``busy`` (what runs, in words) and ``idle`` frame the checking and installing of a pack.
    """

    busy = Signal(str)
    idle = Signal()

    def __init__(
        self,
        centre: Centre,
        installed_folder: Path,
        runner: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.centre, self.installed_folder, self.runner = centre, installed_folder, runner
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Courses on this PC"))
        self.import_button = QPushButton(self.tr("Import a course from a file…"), self)
        self.import_button.clicked.connect(self.choose_file)
        self.message = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setAccessibleName(self.tr("What was done"))
        self.titles = Titles(centre.catalogue, current_language())
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Courses come with SkillsApp. You can add new ones from a .zip file, "
                    "for example from a USB stick. A file is checked before anything is installed."
                ),
                self,
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addWidget(self.list, 1)
        style_trainer_screen(self)
        self.refresh()

    def refresh(self) -> None:
        """Show every course with its version and languages."""
        self.list.clear()
        packs = sorted_by_words(self.centre.catalogue.packs(), lambda p: self.titles.course(p.id))
        for pack in packs:
            languages = ", ".join(LANGUAGES.get(code, code) for code in pack.languages)
            self.list.addItem(
                fill(
                    self.tr("%1  ·  version %2  ·  %3"),
                    self.titles.course(pack.id),
                    pack.version_text,
                    languages,
                )
            )

    def choose_file(self) -> None:
        """Ask for a .zip file, then check it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a course file"), str(Path.home()), self.tr("Course packs (*.zip)")
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """Validate the pack in the background; then show it and ask before installing."""
        show_error(self.message, "")
        self.done.setText(self.tr("Checking the file…"))
        self.busy.emit(self.tr("Checking the course file…"))
        self.runner.run(  # type: ignore[attr-defined]
            lambda: _read_pack(path),
            done=lambda pack: self._confirm(path, pack),
            failed=self._refused,
        )

    def _confirm(self, path: Path, pack: CoursePack) -> None:
        self.done.setText("")
        self.idle.emit()
        languages = ", ".join(LANGUAGES.get(code, code) for code in pack.languages)
        answer = QMessageBox.question(
            self,
            self.tr("Install this course?"),
            fill(
                self.tr("%1\nVersion %2\nLanguages: %3\n\n%4\n\nInstall it on this PC?"),
                pack.title_in(self.titles.language),
                pack.version_text,
                languages,
                pack.summary_in(self.titles.language),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.done.setText(self.tr("Nothing was installed."))
            return
        protected = {
            p.id
            for p in self.centre.catalogue.packs()
            if not _is_under(p.path, self.installed_folder)
        }
        self.done.setText(self.tr("Installing the course…"))
        self.busy.emit(self.tr("Installing the course…"))
        self.runner.run(  # type: ignore[attr-defined]
            lambda: install_pack(path, self.installed_folder, protected),
            done=self._installed,
            failed=self._refused,
        )

    def _installed(self, pack: CoursePack) -> None:
        self.idle.emit()
        self.centre.catalogue.reload()
        self.refresh()
        self.done.setText(
            fill(
                self.tr("“%1” version %2 is installed. Residents find it among the courses now."),
                pack.title_in(self.titles.language),
                pack.version_text,
            )
        )

    def _refused(self, error: BaseException) -> None:
        self.idle.emit()
        self.done.setText("")
        if isinstance(error, CoursePackError) and error.explained:
            show_error(self.message, explain(error.explained))
        elif isinstance(error, CoursePackError):
            # The details point at files and lines for the pack's author, in English.
            show_error(
                self.message,
                self.tr(
                    "This course pack cannot be used, so nothing was installed. "
                    "Please send it back to its author with this list:"
                )
                + "\n"
                + "\n".join(f"- {problem}" for problem in error.problems[:5]),
            )
        else:
            show_error(
                self.message,
                fill(
                    self.tr("The file could not be read (%1). Nothing was installed."), str(error)
                ),
            )


def _read_pack(path: Path) -> CoursePack:
    with extracted_pack(path) as folder:
        return load_pack(folder)


def _is_under(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
