"""The command-line contract of docs/command-line.md, run as a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from skillsapp.core.demo import DEMO_LEARNERS, DEMO_PASSWORD


def run(*args: str, home: Path, display: bool = True, **env: str):
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ["SKILLSAPP_HOME"] = str(home)
    if display:
        environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        environ.pop("QT_QPA_PLATFORM", None)
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "skillsapp", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


def test_self_check_passes_in_a_temporary_folder(tmp_path):
    result = run("--self-check", home=tmp_path / "untouched", display=False)
    assert result.returncode == 0, result.stderr
    assert "Self-check passed" in result.stdout
    assert not (tmp_path / "untouched").exists()


def test_without_a_display_the_app_says_so_in_one_plain_sentence(tmp_path):
    result = run(home=tmp_path, display=False)
    assert result.returncode == 2
    assert "needs a screen" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_is_created_once_then_reused(tmp_path):
    first = run("--demo", "--exit-after-startup", home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert DEMO_PASSWORD in first.stdout
    second = run("--demo", "--exit-after-startup", home=tmp_path)
    assert second.returncode == 0, second.stderr
    db = sqlite3.connect(tmp_path / "skillsapp.db")
    assert db.execute("SELECT count(*) FROM learners").fetchone()[0] == len(DEMO_LEARNERS)
    genders = {g for (g,) in db.execute("SELECT DISTINCT gender FROM learners")}
    assert {"female", "male"} <= genders
    assert db.execute("SELECT count(DISTINCT age_band) FROM learners").fetchone()[0] >= 4
    assert list((tmp_path / "backups").glob("daily-*.db"))


def test_restore_backup_replaces_a_damaged_database_and_keeps_it_aside(tmp_path):
    assert run("--demo", "--exit-after-startup", home=tmp_path).returncode == 0
    (tmp_path / "skillsapp.db").write_bytes(b"not a database any more")
    (tmp_path / "skillsapp.db-wal").unlink(missing_ok=True)
    result = run("restore-backup", home=tmp_path)
    assert result.returncode == 0, result.stderr
    [aside] = tmp_path.glob("skillsapp.db.damaged-*")
    assert aside.read_bytes() == b"not a database any more"
    db = sqlite3.connect(tmp_path / "skillsapp.db")
    assert db.execute("SELECT count(*) FROM learners").fetchone()[0] == len(DEMO_LEARNERS)


def test_python_dash_m_and_the_version_option_work(tmp_path):
    result = run("--version", home=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("SkillsApp ")


def test_a_damaged_database_offscreen_ends_the_start_with_the_message(tmp_path):
    # Nobody can answer a question box offscreen: the start must not wait for one.
    (tmp_path / "skillsapp.db").write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
    result = run("--exit-after-startup", home=tmp_path)
    assert result.returncode != 0
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "skillsapp.db").read_bytes().startswith(b"SQLite format 3")
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_report_saved_as_csv_says_where_it_was_written(tmp_path):
    assert run("--demo", "--exit-after-startup", home=tmp_path).returncode == 0
    target = tmp_path / "out" / "learner.csv"
    target.parent.mkdir()
    result = run("report", "learner", "--learner", "Maria", "--csv", str(target), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert str(target) in result.stdout


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    # ``skillsapp report ... | head``: here the reader is gone before the first line.
    assert run("--demo", "--exit-after-startup", home=tmp_path).returncode == 0
    environ = dict(os.environ, SKILLSAPP_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    command = f"{sys.executable} -m skillsapp report indicators --from 2020-01-01 --to 2027-12-31"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} | true"],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_the_command_line_speaks_the_pcs_language(tmp_path):
    result = run("restore-backup", home=tmp_path, LANG="ro_RO.UTF-8", LC_ALL="ro_RO.UTF-8")
    assert result.returncode == 1
    assert "nu este nimic de restaurat" in result.stderr


def test_importing_a_bundle_on_a_new_pc_asks_for_the_centre_key_at_a_terminal(tmp_path):
    # The key is typed (not shown) at a terminal; a script gives SKILLSAPP_CENTRE_KEY.
    import pty

    from skillsapp.core.demo import DEMO_CENTRE_KEY

    source = tmp_path / "source"
    assert run("--demo", "--exit-after-startup", home=source).returncode == 0
    bundle = tmp_path / "demo.zip"
    assert run("bundle", "export", str(bundle), home=source).returncode == 0
    new_pc = tmp_path / "new-pc"
    environ = dict(os.environ, SKILLSAPP_HOME=str(new_pc), QT_QPA_PLATFORM="offscreen")
    environ.pop("SKILLSAPP_CENTRE_KEY", None)
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the command, with the terminal as its input and output
        os.execve(
            sys.executable, [sys.executable, "-m", "skillsapp", "bundle", "import", str(bundle)],
            environ,
        )  # fmt: skip
    seen = b""
    while b"Centre key" not in seen:
        seen += os.read(terminal, 1024)
    os.write(terminal, DEMO_CENTRE_KEY.encode() + b"\n")
    while True:
        try:
            more = os.read(terminal, 1024)
        except OSError:
            break
        if not more:
            break
        seen += more
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen.decode(errors="replace")
    assert b"Imported the bundle of" in seen
    assert DEMO_CENTRE_KEY.encode() not in seen.split(b"Centre key", 1)[1]  # not shown
