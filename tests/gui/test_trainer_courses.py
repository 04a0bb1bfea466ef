"""A trainer imports a course pack from a file: checked, shown, confirmed, installed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import answer_message_box
from tests.test_cli_courses import SAMPLE, _zip


def _courses_tab(window, trainer):
    window.begin_trainer(trainer)
    home = window.current_screen
    home.tabs.setCurrentWidget(home.courses_tab)
    return home.courses_tab


def test_a_pack_is_shown_before_it_is_installed(centre, trainer, open_window, tmp_path):
    installed = tmp_path / "pc" / "courses"  # where open_window's PC keeps installed packs
    centre.catalogue.folders.append(installed)
    window = open_window(centre)
    tab = _courses_tab(window, trainer)
    before = tab.list.count()
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    tab.check_file(_zip(SAMPLE, tmp_path / "sample.zip"))
    assert "A sample course for the tests" in seen[0] and "1.2.0" in seen[0]
    assert (installed / "sample-course" / "course.yaml").exists()
    assert tab.list.count() == before + 1
    assert "is installed" in tab.done.text()


def test_saying_no_installs_nothing(centre, trainer, open_window, tmp_path):
    window = open_window(centre)
    tab = _courses_tab(window, trainer)
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.No, seen)
    tab.check_file(_zip(SAMPLE, tmp_path / "sample.zip"))
    assert seen
    assert not (tmp_path / "pc" / "courses" / "sample-course").exists()


def test_a_broken_file_gets_a_plain_message_and_nothing_changes(
    centre, trainer, open_window, tmp_path
):
    window = open_window(centre)
    tab = _courses_tab(window, trainer)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    tab.check_file(broken)
    assert tab.message.isVisible() and tab.message.text()
    assert list((tmp_path / "pc" / "courses").iterdir()) == []
