"""How the command line speaks: in the PC's language, quietly when a pipe closes early.

Commands print plain sentences, translated like the interface (context "CommandLine"), and
messages from core, storage and sync through the same lookup as the window. Only QtCore is
needed for that (a window-less QCoreApplication), except for PDF writing, which needs fonts
(an offscreen QGuiApplication).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from skillsapp.core.errors import Message
    from skillsapp.ui.i18n import Languages

CONTEXT = "CommandLine"


class _Voice:
    """The Qt application of a command and the translation it has installed."""

    app: QCoreApplication | None = None
    languages: Languages | None = None


def speak(language: str | None = None, gui: bool = False) -> None:
    """Start Qt without a window and install the translation of ``language`` (default: the
    PC's language). ``gui`` gives an offscreen QGuiApplication, for writing PDFs."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from skillsapp.ui.i18n import Languages

    if _Voice.app is None:
        existing = QCoreApplication.instance()
        if existing is None and gui:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            existing = QGuiApplication(["skillsapp"])
        _Voice.app = existing or QCoreApplication(["skillsapp"])
        _Voice.languages = Languages(_Voice.app)
    assert _Voice.languages is not None
    _Voice.languages.use(language or QLocale.system().name().split("_")[0])


def language() -> str:
    """The language the command line speaks now."""
    return _Voice.languages.current if _Voice.languages is not None else "en"


def words(text: str) -> str:
    """``text`` (a sentence of the command line) in the language spoken."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


def number(value: int) -> str:
    """A whole number as the language writes it (1,234 / 1.234 / 1 234)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)


def say(text: str) -> None:
    """Print a line for the person at the terminal (standard output)."""
    print(text, flush=True)


def warn(text: str | Message | BaseException) -> None:
    """Print a problem on standard error, in the language spoken."""
    from skillsapp.ui.messages import explain

    shown = text if isinstance(text, str) else explain(text)
    if sys.stderr is not None:
        print(shown, file=sys.stderr, flush=True)


def fail(text: str | Message | BaseException, code: int = 1) -> int:
    """Print a problem and return the exit code to end with."""
    warn(text)
    return code


def close_quietly() -> None:
    """After a reader closed the pipe early (``skillsapp report ... | head``): send what is
    still buffered nowhere, so Python does not complain at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
