"""How the command line speaks: in the PC's language, quietly when a pipe closes early.

Commands print plain sentences, translated like the interface (context "CommandLine"), and
messages from core, storage and sync through the same lookup as the window. Only QtCore is
needed for that (a window-less QCoreApplication), except for PDF writing, which needs fonts
(an offscreen QGuiApplication).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from skillsapp.core.centre import Centre
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


class Line:
    """One line on the terminal that follows long work, rewritten in place; erased when the
    work ends (use as a context manager). Silent when the output is not a terminal (a
    scheduled task's log) or when there is no standard error at all (a window program
    started without a console)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream is not None and self.stream.isatty()
        self.width = 0

    def show(self, text: str) -> None:
        """Put ``text`` on the line, in place of what was there."""
        if not self.live:
            return
        # Spaces cover what a longer line before left behind (no terminal codes needed).
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(text))

    def end(self) -> None:
        """Erase the line, so that what follows starts clean."""
        if self.live and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0

    def __enter__(self) -> Line:
        return self

    def __exit__(self, *exc: object) -> None:
        self.end()


def open_here(folder: Path) -> Centre:
    """The centre of ``folder`` for a command: after an update, the records are brought up
    to date first, with a line that follows it. Raises DatabaseProblem."""
    from skillsapp.core.opening import open_centre
    from skillsapp.ui.text import fill

    with Line() as line:
        updating = words("Updating the records after an update: %1 of %2")
        return open_centre(
            folder, steps=lambda done, total: line.show(fill(updating, number(done), number(total)))
        )
