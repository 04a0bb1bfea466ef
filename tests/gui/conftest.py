"""GUI fixtures: the real main window on a real database, with the synchronous runner."""

from __future__ import annotations

import pytest

from skillsapp.storage.settings import Settings
from skillsapp.ui.main_window import MainWindow
from skillsapp.ui.tasks import ImmediateRunner


@pytest.fixture
def open_window(qtbot, tmp_path):
    """Open the main window on a centre; ``idle_ms``/``warning_ms`` shorten the idle times."""
    windows: list[MainWindow] = []

    def make(centre, idle_ms: int | None = None, warning_ms: int = 60_000) -> MainWindow:
        folder = tmp_path / "pc"
        (folder / "courses").mkdir(parents=True, exist_ok=True)
        window = MainWindow(centre, Settings(), ImmediateRunner(), folder, idle_ms, warning_ms)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    # A language chosen in one test must not leak into the next (the translator is global).
    for window in windows:
        if window.languages is not None:
            window.languages.use("en")
