"""Interface languages: loading Qt translations and switching them while the app runs.

The translations are ``translations/skillsapp_<code>.ts`` (kept in git, edited by translators)
compiled to ``.qm`` by the build (``make translations`` or the packaging spec). English is
the source language and needs no file.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from skillsapp.core.languages import LANGUAGE_CODES, LOCALES

log = logging.getLogger(__name__)

FOLDER = Path(__file__).resolve().parent / "translations"
SOURCE_LANGUAGE = "en"
# Qt has no European Portuguese file for its standard buttons (its qt_pt_PT is an old one
# without them); the Brazilian one is close, and ``qt_words_pt.ts`` lays the European words
# over it where they differ. The interface itself is European Portuguese: skillsapp_pt.ts is
# tagged pt_PT, so lrelease writes Portugal's plural rule ("0 dias", not Brazil's "0 dia").
QT_FALLBACKS = {"pt": ("qtbase_pt_BR",)}
# The project's own translation of Qt's standard words (``qt_words_<code>.ts``), for the
# languages Qt ships none for (Romanian) or words that differ (European Portuguese).
OWN_QT_WORDS = "qt_words"


def translation_folder() -> Path:
    """Where the compiled .qm files are (beside the .ts files, or in the bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "skillsapp" / "ui" / "translations"
    return FOLDER


def compile_translations(folder: Path = FOLDER) -> list[Path]:
    """Compile every .ts whose .qm is missing or older (from a source checkout): the
    interface (``skillsapp_<code>.ts``) and Qt's standard words (``qt_words_<code>.ts``)."""
    import subprocess

    made = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        tool = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run(
            [
                str(tool) if tool.exists() else "pyside6-lrelease",
                "-silent",
                str(source),
                "-qm",
                str(target),
            ],
            check=True,
        )
        made.append(target)
    return made


class Languages:
    """Installs the translator of the chosen language on the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None
        self._qt_translators: list[QTranslator] = []
        # Dates and numbers follow the language, not the PC's settings (which may be "C").
        QLocale.setDefault(QLocale(LOCALES[SOURCE_LANGUAGE]))

    def _qt_words(self, code: str) -> list[QTranslator]:
        """Install the translations of Qt's standard words (Save, Cancel, Yes, No in dialogs
        and message boxes; the edit menu of text fields): Qt's own file when it ships one
        (Portuguese: the Brazilian one), then the project's, which wins where both have a word
        because Qt asks the translator installed last first."""
        from PySide6.QtCore import QLibraryInfo

        installed = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_file = QTranslator(self.app)
        names = (f"qtbase_{code}", *QT_FALLBACKS.get(code, ()))
        if any(qt_file.load(name, qt_folder) for name in names):
            installed.append(qt_file)
        own = QTranslator(self.app)
        if own.load(str(translation_folder() / f"{OWN_QT_WORDS}_{code}.qm")):
            installed.append(own)
        for translator in installed:
            self.app.installTranslator(translator)
        return installed

    def use(self, code: str) -> bool:
        """Switch the interface to ``code``; True if anything changed.

        Dates and numbers follow the language too (the default QLocale).
        """
        if code not in LANGUAGE_CODES:
            code = SOURCE_LANGUAGE
        if code == self.current:
            return False
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        for translator in self._qt_translators:
            self.app.removeTranslator(translator)
        self._qt_translators = []
        if code != SOURCE_LANGUAGE:
            self._qt_translators = self._qt_words(code)
            translator = QTranslator(self.app)
            qm = translation_folder() / f"skillsapp_{code}.qm"
            if translator.load(str(qm)):
                self.app.installTranslator(translator)
                self._translator = translator
            else:
                log.warning("No translation for %s at %s; showing English.", code, qm)
        QLocale.setDefault(QLocale(LOCALES[code]))
        self.current = code
        return True
