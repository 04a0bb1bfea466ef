"""One SkillsApp per data folder: a second start brings the first window forward."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QWidget

from skillsapp.ui.single_instance import LOCK_NAME, SingleInstance, bring_forward


def test_the_first_start_takes_the_folder_and_a_second_does_not(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    assert (tmp_path / LOCK_NAME).exists()
    assert f"process {os.getpid()}" in second.already_open_message()
    first.release()
    assert second.acquire()
    second.release()


def test_a_second_start_makes_the_first_show_its_window(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.show_requested, timeout=3000):
        answered = second.ask_first_to_show()
    assert answered
    assert first.request_file.read_bytes() == b""
    first.release()


def test_a_second_start_hears_no_answer_once_the_first_has_let_go(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert not second.ask_first_to_show(wait_s=0.3)
    assert "already open" in second.already_open_message()


def test_another_folder_is_not_held(qtbot, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, other = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert first.acquire() and other.acquire()
    first.release()
    other.release()


def test_bringing_forward_restores_a_minimised_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    bring_forward(window)
    assert not window.isMinimized()
    assert window.isVisible()
