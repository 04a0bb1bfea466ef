"""Reading lesson text aloud with the speech engine the computer already has.

QtTextToSpeech when it is installed; otherwise the system's own voice: ``espeak-ng``/``espeak``
or ``spd-say`` on Linux, ``say`` on macOS, Windows' built-in voice through PowerShell. When
there is none, the lesson simply has no "Read aloud" button: never an error.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)


class ReadAloud:
    """Speaks one text at a time; ``available`` is False where the PC has no voice."""

    def __init__(self) -> None:
        self._qt = _qt_engine()
        self._command = None if self._qt is not None else _command_engine()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def available(self) -> bool:
        """True when there is a voice to speak with."""
        return self._qt is not None or self._command is not None

    @property
    def speaking(self) -> bool:
        """True while a text is being read."""
        if self._qt is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            return self._qt.state() == QTextToSpeech.State.Speaking
        return self._process is not None and self._process.poll() is None

    def say(self, text: str, language: str) -> bool:
        """Start reading ``text``; False (and a log line) if the voice failed."""
        self.stop()
        try:
            if self._qt is not None:
                from PySide6.QtCore import QLocale

                self._qt.setLocale(QLocale(language))
                self._qt.say(text)
                return True
            if self._command is not None:
                args = self._command(language)
                feed = sys.platform == "win32"  # Windows' voice reads its standard input
                self._process = subprocess.Popen(
                    args if feed else [*args, text],
                    stdin=subprocess.PIPE if feed else subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                if feed and self._process.stdin is not None:
                    self._process.stdin.write(text.encode("utf-8"))
                    self._process.stdin.close()
                return True
        except (OSError, RuntimeError) as error:
            log.warning("Reading aloud failed: %s", error)
        return False

    def stop(self) -> None:
        """Stop reading."""
        if self._qt is not None:
            self._qt.stop()
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
        self._process = None


def _qt_engine():
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    try:
        engine = QTextToSpeech()
    except RuntimeError:
        return None
    return engine if engine.engine() else None


def _command_engine():
    if sys.platform == "win32":
        shell = shutil.which("powershell")
        if shell:
            script = (
                "Add-Type -AssemblyName System.Speech; "
                "(New-Object System.Speech.Synthesis.SpeechSynthesizer)"
                ".Speak([Console]::In.ReadToEnd())"
            )
            return lambda _language: [shell, "-NoProfile", "-Command", script]
        return None
    if sys.platform == "darwin" and shutil.which("say"):
        return lambda _language: ["say"]
    for name in ("espeak-ng", "espeak"):
        found = shutil.which(name)
        if found:
            return lambda language, found=found: [found, "-v", language, "-s", "140"]
    found = shutil.which("spd-say")
    if found:
        return lambda language: [found, "-l", language, "-w"]
    return None
