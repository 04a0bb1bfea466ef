"""``skillsapp sync`` and ``skillsapp bundle``: exit codes and joining from an empty folder."""

from __future__ import annotations

import io
import sys

from skillsapp.cli.sync import ProgressLine, bundle_export, bundle_import, sync_once
from skillsapp.cli.terminal import speak
from skillsapp.core.centre import Centre
from skillsapp.storage.database import Database
from skillsapp.sync.progress import Progress, Stage
from tests.sync.conftest import CENTRE_KEY
from tests.sync.test_round_trip import do_everything


def test_sync_in_an_empty_folder_joins_the_centre_of_the_lrs_account(
    ralph, account, first_pc, tmp_path, monkeypatch, capsys
) -> None:
    do_everything(first_pc.centre)
    first_pc.save_settings(ralph.url, account)
    first_pc.db.close()
    assert sync_once(first_pc.folder) == 0
    monkeypatch.setenv("SKILLSAPP_LRS_URL", ralph.url)
    monkeypatch.setenv("SKILLSAPP_LRS_KEY", account.key)
    monkeypatch.setenv("SKILLSAPP_LRS_SECRET", account.secret)
    monkeypatch.setenv("SKILLSAPP_CENTRE_KEY", CENTRE_KEY)
    empty = tmp_path / "new-pc"

    code = sync_once(empty)

    assert code == 0, capsys.readouterr().err
    db = Database.open(empty / "skillsapp.db")
    try:
        assert [p.first_name for p in Centre(db).learners.list()] == ["Maria"]
        assert sync_once(empty) == 0  # and it syncs again with what it saved
    finally:
        db.close()
    first_pc.db = Database.open(first_pc.folder / "skillsapp.db")


def test_sync_without_an_lrs_or_with_a_wrong_secret_exits_non_zero(
    ralph, account, first_pc, monkeypatch, capsys
) -> None:
    first_pc.db.close()
    assert sync_once(first_pc.folder) == 2
    monkeypatch.setenv("SKILLSAPP_LRS_URL", ralph.url)
    monkeypatch.setenv("SKILLSAPP_LRS_KEY", account.key)
    monkeypatch.setenv("SKILLSAPP_LRS_SECRET", "wrong")

    assert sync_once(first_pc.folder) == 1
    assert "The key or secret is wrong." in capsys.readouterr().out
    first_pc.db = Database.open(first_pc.folder / "skillsapp.db")


def test_bundle_export_then_import_into_an_empty_folder(
    first_pc, tmp_path, monkeypatch, capsys
) -> None:
    do_everything(first_pc.centre)
    first_pc.db.close()
    file = tmp_path / "usb" / "centre.zip"
    file.parent.mkdir()

    assert bundle_export(first_pc.folder, file) == 0
    assert bundle_import(tmp_path / "hub", file) == 1  # no centre key: refused
    monkeypatch.setenv("SKILLSAPP_CENTRE_KEY", CENTRE_KEY)
    assert bundle_import(tmp_path / "hub", file) == 0
    assert bundle_import(tmp_path / "hub", file) == 0
    assert "0 new" in capsys.readouterr().out
    first_pc.db = Database.open(first_pc.folder / "skillsapp.db")


class Terminal(io.StringIO):
    """What a person at a terminal would see written to it."""

    def isatty(self) -> bool:
        return True


def test_at_a_terminal_a_bundle_import_shows_a_line_that_follows_it(
    first_pc, tmp_path, monkeypatch, capsys
) -> None:
    do_everything(first_pc.centre)
    first_pc.db.close()
    file = tmp_path / "centre.zip"
    assert bundle_export(first_pc.folder, file) == 0  # not a terminal: no progress line
    assert "\r" not in capsys.readouterr().err
    monkeypatch.setenv("SKILLSAPP_CENTRE_KEY", CENTRE_KEY)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    assert bundle_import(tmp_path / "hub", file) == 0

    written = terminal.getvalue()
    lines = written.split("\r")
    assert lines[1].startswith("Reading the bundle: 0 of ")
    assert any(line.startswith("Saving the results and updating") for line in lines)
    assert lines[-1] == "" and lines[-2].strip() == ""  # erased before the summary
    assert "Imported the bundle of Lindenau Village Hall" in capsys.readouterr().out
    first_pc.db = Database.open(first_pc.folder / "skillsapp.db")


def test_a_progress_line_covers_a_longer_line_before_it(qapp) -> None:
    speak("en")  # as every command does first: numbers in the language's form
    terminal = Terminal()
    line = ProgressLine(terminal)

    line(Progress(Stage.SAVING, 1, 9))
    line(Progress(Stage.READING, 1500, 2000))
    line.end()

    first, second, erased, end = terminal.getvalue().split("\r")[1:]
    assert first == "Saving the results and updating progress: step 1 of 9"
    assert second.rstrip() == "Reading the bundle: 1,500 of 2,000 results"
    assert len(second) == len(first) == len(erased) and erased.strip() == "" and end == ""


def test_without_any_stderr_the_progress_line_stays_silent(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # a window program started without a console
    line = ProgressLine()

    line(Progress(Stage.READING, 1, 2))
    line.end()

    assert not line.live
