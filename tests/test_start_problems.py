"""Starting on a data folder that cannot be written, on a full disk, or twice at once."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_cli import run

APP = [sys.executable, "-m", "skillsapp"]


def _environ(home: Path) -> dict[str, str]:
    return dict(os.environ, SKILLSAPP_HOME=str(home), QT_QPA_PLATFORM="offscreen")


def test_a_data_folder_under_a_file_gets_a_plain_message_and_nothing_is_written(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = run("--exit-after-startup", home=blocker / "data")
    assert result.returncode == 1
    assert "cannot use its data folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_full_disk_gets_a_plain_message_and_the_records_stay_as_they_were(tmp_path):
    assert run("--demo", "--exit-after-startup", home=tmp_path).returncode == 0
    before = (tmp_path / "skillsapp.db").read_bytes()

    def little_room_left() -> None:
        # Writes beyond 16 KiB fail with EFBIG, as on a disk that has filled up.
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))

    result = subprocess.run(
        [*APP, "--exit-after-startup"],
        env=_environ(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=little_room_left,
    )
    assert result.returncode == 1
    assert "is full" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "skillsapp.db").read_bytes() == before
    db = sqlite3.connect(tmp_path / "skillsapp.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert not list(tmp_path.glob(".write-check-*"))


def test_a_full_disk_is_told_in_the_language_of_the_pc(tmp_path):
    # No records are open yet, so the message speaks the PC's language (German here).
    def little_room_left() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))

    result = subprocess.run(
        [*APP, "--exit-after-startup"],
        env=dict(_environ(tmp_path), LC_ALL="de_DE.UTF-8", LANG="de_DE.UTF-8"),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=little_room_left,
    )
    assert result.returncode == 1
    assert f"SkillsApp seine Daten speichert ({tmp_path}), ist voll" in result.stderr
    assert "is full" not in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob(".write-check-*"))


@pytest.fixture
def first_window(tmp_path):
    """SkillsApp running (offscreen) on ``tmp_path``; stopped at the end."""
    process = subprocess.Popen(APP, env=_environ(tmp_path), stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (tmp_path / "open-request").exists():
        assert process.poll() is None, "the first start ended early"
        assert time.monotonic() < deadline, "the first start did not take the folder"
        time.sleep(0.1)
    yield process
    process.kill()
    process.wait()


def test_a_second_start_on_the_same_data_brings_the_first_forward(tmp_path, first_window):
    second = run("--exit-after-startup", home=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stdout
    assert first_window.poll() is None


def test_after_the_first_copy_was_killed_the_next_start_opens(tmp_path, first_window):
    first_window.kill()
    first_window.wait()
    assert (tmp_path / "skillsapp.lock").exists()  # left behind, as after a power cut
    result = run("--exit-after-startup", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "already open" not in result.stdout
    assert not (tmp_path / "skillsapp.lock").exists()
