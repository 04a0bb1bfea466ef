"""How long a resident waits when they pick another language on their home screen.

The switch (new translators, dates and numbers in the new locale, the home built again and
painted) is compared with building and painting the same home again in the language it is
already in, measured alternately in the same run, on the demo centre at 1366x768:

    QT_QPA_PLATFORM=offscreen python bench/language_switch.py [--runs 15]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from skillsapp.core.demo import ensure_demo_centre
from skillsapp.core.opening import open_centre
from skillsapp.storage.settings import Settings
from skillsapp.ui.i18n import Languages, compile_translations
from skillsapp.ui.main_window import MainWindow
from skillsapp.ui.tasks import ImmediateRunner

LANGUAGES = ("ro", "hu", "lv", "en")


def painted(app: QCoreApplication, window: MainWindow, act: Callable[[], object]) -> float:
    """Seconds from ``act()`` to the window painted with its result."""
    start = time.perf_counter()
    act()
    app.processEvents()
    window.repaint()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compile_translations()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        centre = open_centre(Path(folder))
        ensure_demo_centre(centre)
        window = MainWindow(centre, Settings(), ImmediateRunner(), Path(folder))
        window.languages = window.languages or Languages(app)
        window.resize(1366, 768)
        window.show()
        maria = next(x for x in centre.learners.list() if x.first_name == "Maria")
        window.begin_resident(centre.learners.get(maria.id))
        app.processEvents()
        switches: list[float] = []
        rebuilds: list[float] = []
        for run in range(args.runs + 1):
            code = LANGUAGES[run % len(LANGUAGES)]
            switch = painted(app, window, functools.partial(window.resident_language_chosen, code))
            rebuild = painted(app, window, window.show_resident_home)
            if run:  # the first round loads each file from disk for the first time
                switches.append(switch)
                rebuilds.append(rebuild)
        centre.db.close()
    switch_ms = statistics.median(switches) * 1000
    rebuild_ms = statistics.median(rebuilds) * 1000
    print(f"language switch on the resident's home: {switch_ms:.0f} ms median")
    print(f"the same home built again in its language: {rebuild_ms:.0f} ms median")
    longest = max(switches) * 1000
    print(f"switch / rebuild: {switch_ms / rebuild_ms:.2f}x (longest switch {longest:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
