"""The window keeps up with the records: after an update it rebuilds what changed before
anyone signs in; records merged from elsewhere refresh the screen on show; damage found
after the start is said, and the newest backup is offered."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QMessageBox

from skillsapp.core import projections as registry
from skillsapp.core.centre import Centre
from skillsapp.core.demo import ensure_demo_centre
from skillsapp.storage import backups
from skillsapp.storage.database import Database, DatabaseDamaged
from skillsapp.ui.start_screen import StartScreen
from skillsapp.ui.updating_screen import UpdatingScreen
from tests.gui.conftest import answer_message_box


def test_after_an_update_the_records_are_rebuilt_before_the_start_screen(
    qtbot, data_dir, open_window, monkeypatch
):
    db = Database.open(data_dir / "skillsapp.db")
    ensure_demo_centre(Centre(db))
    before = sorted(map(tuple, db.query("SELECT * FROM course_progress")))
    db.close()
    bumped = tuple(dataclasses.replace(e, version=e.version + 1) for e in registry.PROJECTIONS)
    monkeypatch.setattr("skillsapp.core.centre.PROJECTIONS", bumped)
    centre = Centre(Database.open(data_dir / "skillsapp.db"))
    outdated = centre.log.outdated()
    assert len(outdated) == len(bumped)
    window = open_window(centre)
    shown: list[object] = []
    monkeypatch.setattr(UpdatingScreen, "report", lambda self, d, t: shown.append((d, t)))
    window.bring_up_to_date(outdated)  # the synchronous runner of the tests: done at once
    assert shown and shown[-1][0] == shown[-1][1] == centre.log.count()
    assert isinstance(window.current_screen, StartScreen)
    assert centre.log.outdated() == []
    assert sorted(map(tuple, centre.db.query("SELECT * FROM course_progress"))) == before


def test_records_merged_from_elsewhere_refresh_the_screen_on_show(
    qtbot, centre, trainer, open_window, make_learner
):
    window = open_window(centre)
    window.begin_trainer(trainer)
    tab = window.current_screen.learners_tab
    before = tab.table.rowCount()
    # A learner made on another PC arrives (here: written straight to this PC's table, then
    # a merge announces it, as a pull or an import does).
    make_learner("Ilse")
    assert tab.table.rowCount() == before
    centre.log.merge([], centre.now_iso())  # nothing new: nothing is announced
    assert tab.table.rowCount() == before
    window.records_changed.emit("merged")
    qtbot.waitUntil(lambda: tab.table.rowCount() == before + 1)


def test_damage_found_after_the_start_offers_the_backup_and_closes(
    qtbot, data_dir, open_window, monkeypatch
):
    db = Database.open(data_dir / "skillsapp.db")
    centre = Centre(db)
    ensure_demo_centre(centre)
    backups.take_daily_backup(data_dir / "skillsapp.db", data_dir / "backups")
    window = open_window(centre)
    quit_called: list[bool] = []
    monkeypatch.setattr(
        "skillsapp.ui.main_window.QApplication.quit", lambda *_: quit_called.append(True)
    )
    monkeypatch.setattr(
        "skillsapp.ui.start_problems.someone_can_answer", lambda exit_after_startup: True
    )
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    window.data_folder = data_dir
    window.records_damaged(DatabaseDamaged(data_dir / "skillsapp.db", "a test"))
    assert "damaged" in seen[0] and "kept, not deleted" in seen[0]
    assert quit_called
    assert list(data_dir.glob("skillsapp.db.damaged-*"))  # kept aside, never deleted
    restored = Database.open(data_dir / "skillsapp.db")
    assert restored.scalar("SELECT count(*) FROM learners") > 0
    restored.close()
