"""A damaged database at start: a plain question, the bad file kept, a backup restored."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from skillsapp.storage import backups
from skillsapp.storage.database import Database
from skillsapp.ui.start_problems import open_centre_with_recovery
from tests.gui.conftest import answer_message_box


def test_the_trainer_is_offered_the_newest_backup(qtbot, data_dir):
    db = Database.open(data_dir / "skillsapp.db")
    db.execute("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    db.close()
    backups.take_daily_backup(data_dir / "skillsapp.db", data_dir / "backups")
    (data_dir / "skillsapp.db").write_bytes(b"scrambled")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    restored = open_centre_with_recovery(data_dir, ask=True)
    assert "damaged" in seen[0] and "kept, not deleted" in seen[0]
    assert restored.db.scalar("SELECT value FROM meta WHERE key = 'kept'") == "yes"
    [aside] = data_dir.glob("skillsapp.db.damaged-*")
    assert aside.read_bytes() == b"scrambled"


def test_saying_no_changes_nothing(qtbot, data_dir):
    (data_dir / "skillsapp.db").write_bytes(b"scrambled")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.No, seen)
    assert open_centre_with_recovery(data_dir, ask=True) is None
    assert (data_dir / "skillsapp.db").read_bytes() == b"scrambled"
    assert not list(data_dir.glob("*.damaged-*"))


def test_before_any_records_are_read_the_question_speaks_the_pcs_language(qtbot, qapp, data_dir):
    from PySide6.QtCore import QLocale

    from skillsapp.ui.i18n import compile_translations
    from skillsapp.ui.start_problems import speak_the_pcs_language

    compile_translations()
    (data_dir / "skillsapp.db").write_bytes(b"scrambled")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.No, seen)
    languages = speak_the_pcs_language(qapp, QLocale("de_AT"))
    try:
        assert open_centre_with_recovery(data_dir, ask=True) is None
    finally:
        languages.use("en")
    assert "beschädigte Datei beiseitelegen" in seen[0]
    assert "keine Datendatei von SkillsApp" in seen[0]  # the reason, too
    assert "kept, not deleted" not in seen[0]


def test_a_pc_language_skillsapp_lacks_leaves_english(qtbot, qapp, data_dir):
    from PySide6.QtCore import QLocale

    from skillsapp.ui.start_problems import speak_the_pcs_language

    (data_dir / "skillsapp.db").write_bytes(b"scrambled")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.No, seen)
    languages = speak_the_pcs_language(qapp, QLocale("ja_JP"))
    assert languages.current == "en"
    assert open_centre_with_recovery(data_dir, ask=True) is None
    assert "kept, not deleted" in seen[0]


def test_with_nobody_to_answer_the_problem_is_said_and_nothing_changes(
    qtbot, data_dir, capsys, monkeypatch
):
    # Offscreen or with --exit-after-startup, a question box would wait for ever.
    (data_dir / "skillsapp.db").write_bytes(b"scrambled")

    def no_box(*_args: object) -> None:
        raise AssertionError("a message box was opened with nobody to answer it")

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, no_box)
    assert open_centre_with_recovery(data_dir, ask=False) is None
    assert "damaged" in capsys.readouterr().err
    assert (data_dir / "skillsapp.db").read_bytes() == b"scrambled"
    assert not list(data_dir.glob("*.damaged-*"))
