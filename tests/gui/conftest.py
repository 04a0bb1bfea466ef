"""GUI fixtures: the real main window on a real database, with the synchronous runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

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


def answer_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``button`` on the next message box that opens, noting its text in ``seen``."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, click)
