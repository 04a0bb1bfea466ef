"""Read-aloud uses the computer's own voice where there is one, and is simply absent where not."""

from __future__ import annotations

import os
import stat

from PySide6.QtCore import Qt

from skillsapp.ui.lesson_view import LessonView


def _fake_voice(folder, spoken):
    """A stand-in for espeak-ng on PATH: it writes down what it was asked to say."""
    script = folder / "espeak-ng"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{spoken}"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_a_lesson_is_read_aloud_in_the_residents_language(
    centre, make_learner, open_window, qtbot, tmp_path, monkeypatch
):
    spoken = tmp_path / "spoken.txt"
    _fake_voice(tmp_path, spoken)
    monkeypatch.setenv("PATH", str(tmp_path))
    window = open_window(centre)
    window.begin_resident(make_learner("Maria", language="pt"))
    window.show_lesson("email-basics", "what-is-email")
    view = window.current_screen
    assert isinstance(view, LessonView) and view.read_button.isVisible()
    qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(spoken.exists, timeout=5000)
    qtbot.waitUntil(lambda: len(spoken.read_text(encoding="utf-8")) > 200, timeout=5000)
    said = spoken.read_text(encoding="utf-8")
    assert said.startswith("-v\npt\n")
    assert view.heading.text() in said


def test_without_a_voice_there_is_no_button_and_no_error(
    centre, make_learner, open_window, tmp_path, monkeypatch
):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing to speak with
    window = open_window(centre)
    window.begin_resident(make_learner("Maria"))
    window.show_lesson("email-basics", "what-is-email")
    assert not window.current_screen.read_button.isVisible()
    window.current_screen.read_aloud()  # harmless
    assert os.environ["PATH"] == str(tmp_path)
