"""The composition root: wires storage, core and the background runner into the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.core.catalogue import Catalogue
from skillsapp.core.opening import open_centre
from skillsapp.resources import assets, bundled_courses
from skillsapp.storage.location import (
    BACKUP_FOLDER,
    DATABASE_NAME,
    SETTINGS_NAME,
    data_folder,
    data_folder_problem,
    ensure_data_folder,
)
from skillsapp.storage.settings import load_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)


def run_app(demo: bool = False, exit_after_startup: bool = False) -> int:
    """Open the main window on the data folder; return the exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from skillsapp.storage import backups
    from skillsapp.ui.main_window import MainWindow
    from skillsapp.ui.single_instance import SingleInstance, bring_forward
    from skillsapp.ui.tasks import TaskRunner
    from skillsapp.ui.theme import apply_theme

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("SkillsApp")
    app.setDesktopFileName("skillsapp")  # packaging/linux/skillsapp.desktop
    from skillsapp.ui.start_problems import (
        cannot_open,
        open_centre_with_recovery,
        someone_can_answer,
        speak_the_pcs_language,
    )

    start_language = speak_the_pcs_language(app)
    folder = data_folder()
    problem = data_folder_problem(folder)
    if problem:
        return cannot_open(problem, exit_after_startup)
    guard = SingleInstance(folder)
    if not guard.acquire():
        if guard.ask_first_to_show():
            print("SkillsApp is already open; its window was brought forward.", flush=True)
            return 0
        return cannot_open(guard.already_open_message(), exit_after_startup)
    folder = ensure_data_folder(folder)
    settings = load_settings(folder / SETTINGS_NAME)
    apply_theme(app, settings.text_scale, settings.high_contrast)
    from skillsapp.storage.clean_exit import begin_run, end_run

    unclean = begin_run(folder)
    centre = open_centre_with_recovery(
        folder, ask=someone_can_answer(exit_after_startup), check=unclean
    )
    if centre is None:
        end_run(folder)
        guard.release()
        return 1
    db = centre.db
    if demo:
        from skillsapp.core.demo import ensure_demo_centre

        centre.log.prepare()
        print(ensure_demo_centre(centre).describe(), flush=True)
    runner = TaskRunner()
    # The window takes the start's language over: the centre's or a resident's from then on,
    # and the PC's (already loaded) on the first-run wizard.
    window = MainWindow(centre, settings, runner, folder, languages=start_language)
    # After an update, the projections it changed are rebuilt first, with progress.
    outdated = centre.log.outdated()
    if outdated:
        window.bring_up_to_date(outdated)
    window.show()
    # The icon is read once the first screen is up; the taskbar picks it up then.
    QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon()))
    guard.show_requested.connect(lambda: bring_forward(window))
    if not exit_after_startup:
        # Courses are read while the start screen waits for the first resident: first on
        # the worker, so that a resident who taps at once waits for them alone. A tap
        # before they are ready shows that they are coming (see MainWindow.load_courses).
        window.load_courses(lambda: load_courses(centre.catalogue, folder / "courses"))
    db_path = folder / DATABASE_NAME
    # The daily copy is disk work: it runs on the worker once the window is up.
    runner.run(
        lambda: backups.take_daily_backup(db_path, folder / BACKUP_FOLDER),
        failed=lambda exc: log.warning("Daily backup failed: %s", exc),
    )
    if exit_after_startup:
        QTimer.singleShot(0, lambda: (window.repaint(), app.quit()))
    else:
        if not unclean:
            # The whole file is read for damage after the first paint, not before it.
            runner.run(db.check_health, failed=window.records_damaged)
    code = app.exec()
    runner.wait()
    db.close()
    end_run(folder)
    guard.release()
    return code


def app_icon() -> QIcon:
    """The window and taskbar icon, from the PNG renderings (no SVG engine needed at start)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(assets() / f"skillsapp-{size}.png"))
    return icon


def load_courses(catalogue: Catalogue, installed: Path) -> None:
    """Finish an install a power cut interrupted, then read every course (background work)."""
    from skillsapp.core.courses.archive import recover_interrupted_installs

    recover_interrupted_installs(installed)
    catalogue.packs()


def self_check_in(folder: Path) -> list[str]:
    """The steps of ``--self-check`` in an empty folder; raises on the first failure."""
    from PySide6.QtWidgets import QApplication

    from skillsapp.ui.main_window import MainWindow
    from skillsapp.ui.tasks import ImmediateRunner

    steps = []
    centre = open_centre(folder)
    db = centre.db
    steps.append(f"database opened (schema version {db.schema_version})")
    app = QApplication.instance() or QApplication([])
    window = MainWindow(centre, load_settings(folder / SETTINGS_NAME), ImmediateRunner(), folder)
    window.show()
    app.processEvents()
    if window.grab().isNull():
        raise RuntimeError("the main window could not be drawn")
    steps.append("main window drawn")
    packs = centre.catalogue.packs()
    if not packs:
        raise RuntimeError(f"no course could be loaded from {bundled_courses()}")
    steps.append(f"{len(packs)} bundled courses loaded")
    from skillsapp.core.courses.render import render_lesson_html
    from skillsapp.ui.lesson_view import PackBrowser

    pack = packs[0]
    browser = PackBrowser(pack.path)
    browser.setHtml(render_lesson_html(pack, pack.lessons[0], pack.language))
    if not browser.toPlainText().strip():
        raise RuntimeError("a lesson rendered empty")
    steps.append(f"lesson “{pack.lessons[0].title}” rendered")
    window.close()
    db.close()
    return steps
