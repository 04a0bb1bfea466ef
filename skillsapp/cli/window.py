"""Opening the window from the command line, and ``--self-check``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

NO_DISPLAY = (
    "SkillsApp needs a screen, and none was found on this computer. "
    "To run it without one, set QT_QPA_PLATFORM=offscreen, "
    "for example: QT_QPA_PLATFORM=offscreen skillsapp --exit-after-startup"
)


def open_window(demo: bool, exit_after_startup: bool) -> int:
    """Open the app's window (on the demo centre with ``demo``); its exit code."""
    if not display_available():
        # Said before Qt starts, so in English: without a screen, Qt cannot even load.
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from skillsapp.app import run_app

    return run_app(demo=demo, exit_after_startup=exit_after_startup)


def display_available() -> bool:
    """False on a Linux machine with no screen and no offscreen platform chosen."""
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def self_check() -> int:
    """Open the database and build the main window offscreen, in a temporary folder."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="skillsapp-check-") as home:
        os.environ["SKILLSAPP_HOME"] = home
        from skillsapp.app import self_check_in

        try:
            steps = self_check_in(Path(home))
        except Exception as exc:  # report any failure as the reason, not a traceback
            print(f"Self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print("Self-check passed: " + "; ".join(steps) + ".")
    return 0
