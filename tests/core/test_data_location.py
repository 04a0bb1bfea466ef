"""Where the data lives (portable and shared markers) and the check that it can be written."""

from __future__ import annotations

import errno
import sqlite3
import sys
from pathlib import Path

import pytest

from skillsapp.storage.location import (
    PORTABLE_MARKER,
    SHARED_DATA_MARKER,
    cannot_write_message,
    data_folder,
    data_folder_problem,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the packaged program installed in ``tmp_path/program``."""
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.delenv("SKILLSAPP_HOME", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "skillsapp"))
    return program


def test_a_portable_marker_keeps_the_data_beside_the_program(installed):
    (installed / PORTABLE_MARKER).touch()
    assert data_folder() == installed / "data"


def test_a_shared_data_marker_sends_every_account_to_the_folder_it_names(
    installed, tmp_path, monkeypatch
):
    monkeypatch.setenv("CENTRE_DRIVE", str(tmp_path / "drive"))
    (installed / SHARED_DATA_MARKER).write_text("$CENTRE_DRIVE/SkillsApp\n", encoding="utf-8")
    assert data_folder() == tmp_path / "drive" / "SkillsApp"


def test_the_marker_the_windows_installer_writes_points_to_programdata(
    installed, tmp_path, monkeypatch
):
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    installer_marker = ROOT / "packaging" / "windows" / SHARED_DATA_MARKER
    (installed / SHARED_DATA_MARKER).write_bytes(installer_marker.read_bytes())
    # The marker is written for Windows; elsewhere its backslash is an ordinary character.
    found = str(data_folder()).replace("\\", "/")
    assert found == (tmp_path / "ProgramData" / "SkillsApp").as_posix()


def test_an_empty_shared_data_marker_means_the_machine_wide_folder(installed, monkeypatch):
    monkeypatch.setenv("PROGRAMDATA", r"C:\ProgramData")
    (installed / SHARED_DATA_MARKER).write_bytes(b"")
    folder = data_folder()
    assert folder.name == "SkillsApp"
    if sys.platform == "win32":
        assert folder == Path(r"C:\ProgramData\SkillsApp")
    else:  # the platform's site data folder, not the account's own
        assert Path.home() not in folder.parents


def test_portable_wins_over_shared_and_skillsapp_home_wins_over_both(
    installed, tmp_path, monkeypatch
):
    (installed / SHARED_DATA_MARKER).write_text(str(tmp_path / "shared"), encoding="utf-8")
    (installed / PORTABLE_MARKER).touch()
    assert data_folder() == installed / "data"
    monkeypatch.setenv("SKILLSAPP_HOME", str(tmp_path / "home"))
    assert data_folder() == tmp_path / "home"


def test_markers_are_ignored_when_running_from_source(tmp_path, monkeypatch):
    program = tmp_path / "python"
    program.mkdir()
    (program / PORTABLE_MARKER).touch()
    monkeypatch.delenv("SKILLSAPP_HOME", raising=False)
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "python3"))
    assert data_folder() != program / "data"


def test_a_writable_folder_has_no_problem_and_keeps_no_probe_file(tmp_path):
    folder = tmp_path / "data"
    assert data_folder_problem(folder) is None
    assert sorted(p.name for p in folder.iterdir()) == ["backups"]


def test_a_folder_that_cannot_exist_gets_a_plain_sentence(tmp_path):
    # A path under a regular file fails even for root, unlike a chmod-ed folder.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    message = str(data_folder_problem(blocker / "data"))
    assert "cannot use its data folder" in message and "Nothing has been changed" in message
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_read_only_folder_gets_a_plain_sentence_and_the_database_is_untouched(tmp_path):
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    db = sqlite3.connect(folder / "skillsapp.db")
    db.execute("CREATE TABLE kept (x)")
    db.commit()
    db.close()
    before = (folder / "skillsapp.db").read_bytes()
    folder.chmod(0o555)
    (folder / "skillsapp.db").chmod(0o444)
    try:
        problem = data_folder_problem(folder)
        probe_written = _can_write(folder)
    finally:
        folder.chmod(0o755)
        (folder / "skillsapp.db").chmod(0o644)
    if probe_written:  # root: permission bits do not stop writes, so there is no problem
        assert problem is None
    else:
        assert problem is not None and "read-only" in str(problem)
    assert (folder / "skillsapp.db").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "skillsapp.db"]


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux's /proc")
def test_proc_is_refused_as_a_data_folder():
    problem = data_folder_problem(Path("/proc/skillsapp-test"))
    assert problem is not None and "/proc/skillsapp-test" in str(problem)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EFBIG])
def test_no_room_left_is_told_as_a_full_disk(code, tmp_path):
    message = str(cannot_write_message(tmp_path, OSError(code, "No space left on device")))
    assert "is full" in message and str(tmp_path) in message


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.EPERM])
def test_refused_writes_are_told_as_a_read_only_folder(code, tmp_path):
    message = str(cannot_write_message(tmp_path, OSError(code, "Read-only file system")))
    assert "read-only" in message and "SKILLSAPP_HOME" in message


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_bytes(b"x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True
