"""What the app says when it cannot start normally: a data folder it cannot use, a second
copy already open, a damaged or unreadable database.

These appear before any records are read, so no resident's or centre's language is known
yet: they speak the PC's own language when SkillsApp has it (English otherwise).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Message
from skillsapp.core.opening import open_centre
from skillsapp.storage.database import Database, DatabaseDamaged, DatabaseProblem
from skillsapp.storage.location import BACKUP_FOLDER, DATABASE_NAME
from skillsapp.ui.i18n import Languages
from skillsapp.ui.messages import explain
from skillsapp.ui.text import fill


def speak_the_pcs_language(app: QCoreApplication, system: QLocale | None = None) -> Languages:
    """Install the translation of the PC's language for the start, if SkillsApp has it.

    The window takes the returned :class:`Languages` over once the records are open, and
    switches it to the centre's or a resident's language from then on.
    """
    languages = Languages(app)
    languages.use((system or QLocale.system()).name().split("_")[0])
    return languages


def cannot_open(message: Message | str, exit_after_startup: bool) -> int:
    """Say in plain words why the app cannot start: on stderr, and in a window if one is seen.

    A :class:`Message` (from storage) is given in the language the start speaks; a ``str``
    is already translated.
    """
    if isinstance(message, Message):
        message = explain(message)
    print(message, file=sys.stderr, flush=True)
    if someone_can_answer(exit_after_startup):
        QMessageBox.warning(None, "SkillsApp", message)
    return 1


def open_centre_with_recovery(folder: Path, ask: bool, check: bool = False) -> Centre | None:
    """Open the centre of ``folder``; if its database is damaged, offer to restore the newest
    backup. Without anyone to ``ask`` (offscreen, or ``--exit-after-startup``), the problem is
    only said on standard error and None is returned, so the start ends instead of waiting
    for an answer nobody can give. ``check`` reads the whole file first (after an unclean
    exit); projections an update outdated are left for the window to rebuild with progress."""
    try:
        return open_centre(folder, prepare=False, check=check)
    except DatabaseDamaged as damage:
        if not ask:
            cannot_open(damage.message, exit_after_startup=True)
            return None
        from skillsapp.storage.recovery import restore_newest_backup

        offer = QCoreApplication.translate(
            "StartProblems",
            "SkillsApp can put the damaged file aside (it is kept, not deleted) and bring "
            "back the newest automatic backup. Do that now?",
        )
        answer = QMessageBox.question(None, "SkillsApp", f"{explain(damage)}\n\n{offer}")
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db_path = folder / DATABASE_NAME
        recovery = restore_newest_backup(db_path, folder / BACKUP_FOLDER)
        if recovery.restored_from is None:
            QMessageBox.information(
                None,
                "SkillsApp",
                fill(
                    QCoreApplication.translate(
                        "StartProblems",
                        "There was no usable backup. The damaged file was kept as %1; "
                        "SkillsApp starts with empty records.",
                    ),
                    recovery.kept_aside.name,
                ),
            )
        return open_centre(folder, prepare=False)
    except DatabaseProblem as problem:
        if ask:
            QMessageBox.critical(None, "SkillsApp", explain(problem))
        else:
            cannot_open(problem.message, exit_after_startup=True)
        return None


def someone_can_answer(exit_after_startup: bool) -> bool:
    """Whether a question box would be seen and answered by a person."""
    return not exit_after_startup and QGuiApplication.platformName() != "offscreen"


def recover_after_start(db: Database, folder: Path, error: BaseException) -> None:
    """Damage found while the app runs (the check after the first paint): say so and, if
    someone can answer, offer the newest backup as at start; the app then closes, and the
    next start opens the restored records. The damaged file is kept, never deleted."""
    if not isinstance(error, DatabaseDamaged):
        cannot_open(explain(error), exit_after_startup=False)
        return
    if not someone_can_answer(exit_after_startup=False):
        cannot_open(error.message, exit_after_startup=True)
        return
    offer = QCoreApplication.translate(
        "StartProblems",
        "SkillsApp can put the damaged file aside (it is kept, not deleted) and bring back "
        "the newest automatic backup, then close; start it again afterwards. Do that now?",
    )
    answer = QMessageBox.question(None, "SkillsApp", f"{explain(error)}\n\n{offer}")
    if answer != QMessageBox.StandardButton.Yes:
        return
    from skillsapp.storage.recovery import restore_newest_backup

    db.close()
    recovery = restore_newest_backup(folder / DATABASE_NAME, folder / BACKUP_FOLDER)
    if recovery.restored_from is None:
        QMessageBox.information(
            None,
            "SkillsApp",
            fill(
                QCoreApplication.translate(
                    "StartProblems",
                    "There was no usable backup. The damaged file was kept as %1; "
                    "SkillsApp starts with empty records.",
                ),
                recovery.kept_aside.name,
            ),
        )
