"""Power cuts: the app is killed at random moments while a resident answers questions.

After each restart every answer whose feedback was shown is stored exactly once and SQLite's
integrity check passes.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skillsapp.core import learning_events as le
from skillsapp.storage.database import Database

DRIVER = Path(__file__).resolve().parents[1] / "fixtures" / "answering_resident.py"
ROOT = Path(__file__).resolve().parents[2]


def _run_until_killed(folder: Path, seed: int, answers: int) -> list[tuple[str, str, int]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(folder), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    shown = []
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while len(shown) < answers and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("SHOWN "):
            _, attempt, question, tries = line.split()
            shown.append((attempt, question, int(tries)))
    # Kill somewhere in the middle of the next answer (or of whatever comes next).
    time.sleep(random.Random(seed).uniform(0, 0.05))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return shown


@pytest.mark.slow
def test_no_answer_whose_feedback_was_shown_is_lost_or_doubled(tmp_path):
    folder = tmp_path / "pc"
    (folder / "backups").mkdir(parents=True)
    chance = random.Random(2026)
    everything_shown: list[tuple[str, str, int]] = []
    for round_ in range(8):
        everything_shown += _run_until_killed(folder, round_, chance.randint(1, 12))
        conn = sqlite3.connect(folder / "skillsapp.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        db = Database.open(folder / "skillsapp.db", folder / "backups")  # opens cleanly
        stored = _stored_answers(db)
        db.close()
        for answer in everything_shown:
            assert stored.count(answer) == 1, answer
        assert len(stored) == len(set(stored))  # nothing recorded twice
    assert len(everything_shown) >= 8


def _stored_answers(db: Database) -> list[tuple[str, str, int]]:
    rows = db.query("SELECT body FROM statements WHERE verb = ?", (le.ANSWERED[0],))
    answers = []
    for (body,) in rows:
        s = json.loads(body)
        answers.append(
            (
                s["context"]["extensions"][le.ATTEMPT],
                s["object"]["id"].rsplit("/", 1)[1],
                s["result"]["extensions"][le.TRY],
            )
        )
    return answers
