"""Reports: the same numbers on screen and in CSV, plain refusals, nothing half-written."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from skillsapp.core.centre import Centre
from skillsapp.core.errors import Refused, Term
from skillsapp.core.people import AgeBand, Gender
from skillsapp.core.reports import (
    group_progress,
    learner_record,
    programme_indicators,
    write_csv,
)
from skillsapp.core.reports.model import Code
from skillsapp.core.reports.words import word
from skillsapp.core.signin import SignOutReason
from skillsapp.storage.database import Database
from tests.core.test_groups_dashboard import _group
from tests.core.test_learning import take_course


@pytest.fixture
def busy_centre(centre, trainer, make_learner, clock):
    ana = make_learner("Ana", gender=Gender.FEMALE, age_band=AgeBand.FROM_65)
    ben = make_learner("Ben", gender=Gender.MALE, age_band=AgeBand.FROM_55)
    make_learner("Cleo")  # never came
    _group(centre, trainer, "Tuesday", [ana, ben])
    for person, minutes in ((ana, 90), (ben, 30)):
        centre.signin.learner_with_pin(person.id, None)
        take_course(centre, person.id, "email-basics")
        clock.advance(minutes=minutes)
        centre.signin.learner_signed_out(person.id, SignOutReason.FINISHED)
    return centre


NAMED_ELSEWHERE = {"course", "area", "competence", "age-band"}


def _row(report, *key):
    return next(r for r in report.rows if r[: len(key)] == key)


def test_indicators_count_participants_completions_and_hours(busy_centre):
    report = programme_indicators(busy_centre, "2026-03-01", "2026-03-31")
    assert _row(report, "participants", "all", "all")[3] == 2
    assert _row(report, "participants", "gender", "female")[3] == 1
    assert _row(report, "participants", "gender", "male")[3] == 1
    assert _row(report, "participants", "age band", "65-74")[3] == 1
    assert _row(report, "participants", "age band", "not-stated")[3] == 0
    assert _row(report, "courses completed", "all", "all")[3:] == (2, 2)
    assert _row(report, "courses completed", "course", "email-basics")[3] == 2
    assert _row(report, "hours of learning", "all", "all")[3] == 2.0


def test_a_period_without_activity_has_zero_participants(busy_centre):
    report = programme_indicators(busy_centre, "2026-04-01", "2026-04-30")
    assert _row(report, "participants", "all", "all")[3] == 0


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        ("2026-03-31", "2026-03-01", "ends before it starts"),
        ("1999-01-01", "2026-03-01", "between"),
        ("2026-01-01", "3026-01-01", "between"),
        ("31/03/2026", "2026-04-01", "year-month-day"),
    ],
)
def test_reversed_or_absurd_periods_are_refused(busy_centre, start, end, reason):
    with pytest.raises(Refused, match=reason):
        programme_indicators(busy_centre, start, end)


def test_the_machine_csv_holds_codes_numbers_and_iso_dates(busy_centre, tmp_path):
    report = learner_record(busy_centre, busy_centre.learners.list()[0])
    target = tmp_path / "ana.csv"
    write_csv(report, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == (
        "course,started,completed,lessons_done,lessons,quiz_tries,quiz_tries_failed"
    )
    assert lines[1] == "email-basics,2026-03-02,2026-03-02,5,5,5,0"
    assert len(lines) == 1 + len(report.rows)


def test_reports_hold_codes_and_dates_not_english_words(busy_centre, clock):
    indicators = programme_indicators(busy_centre, "2026-03-01", "2026-03-31")
    assert indicators.title.values == {"start": date(2026, 3, 1), "end": date(2026, 3, 31)}
    assert all(isinstance(c.heading, Term) for c in indicators.columns)
    for row in indicators.rows:
        for value in row[:3]:
            assert isinstance(value, Code)
            # Every code has words to be translated, or is named by its own source.
            assert word(value.kind, value) is not None or value.kind in NAMED_ELSEWHERE, value
    course = _row(indicators, "courses completed", "course", "email-basics")[2]
    assert course.values["titles"]["de"] and course.values["titles"][""]
    record = learner_record(busy_centre, busy_centre.learners.list()[0])
    assert record.rows[0][1] == date(2026, 3, 2)


def test_group_progress_says_why_help_may_be_needed_as_a_code(centre, trainer, make_learner, clock):
    dora = make_learner("Dora")
    _group(centre, trainer, "Thursday", [dora])
    pack = centre.catalogue.get("email-basics")
    lesson = pack.lessons[0]
    quiz = lesson.quiz("en")
    for attempt in ("a", "b", "c"):  # no answer logged: every question counts as not right
        centre.learning.finish_quiz(dora.id, pack, lesson, quiz, attempt, "en")
    report = group_progress(centre, centre.groups.list()[0], clock())
    [row] = [r for r in report.rows if r[1] == "email-basics"]
    assert row[2] == "needs help" and row[5] == "failed-quiz"
    assert row[5].kind == "help-reason" and row[5].values == {"count": 3}


def test_the_same_data_gives_the_same_bytes_on_another_pc(busy_centre, trainer, clock, tmp_path):
    statements = [
        s
        for person in [*busy_centre.learners.list(), trainer]
        for s in busy_centre.log.for_actor(person.id)
    ]
    other = Centre(Database.in_memory(), clock=clock)
    other.log.merge(reversed(statements), "2026-03-09T10:00:00.000Z")
    # The roster travels separately; here the other PC gets the same learners table.
    for row in busy_centre.db.query("SELECT * FROM learners"):
        other.db.execute(f"INSERT INTO learners VALUES ({','.join('?' * len(row))})", tuple(row))
    write_csv(programme_indicators(busy_centre, "2026-03-01", "2026-03-31"), tmp_path / "a.csv")
    write_csv(programme_indicators(other, "2026-03-01", "2026-03-31"), tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_group_progress_matches_the_dashboard(busy_centre, clock):
    group = busy_centre.groups.list()[0]
    report = group_progress(busy_centre, group, clock())
    assert [r[:5] for r in report.rows] == [
        ("Ana", "email-basics", "completed", 5, 5),
        ("Ben", "email-basics", "completed", 5, 5),
    ]


def test_an_unwritable_place_gets_a_plain_message_and_no_partial_file(busy_centre, tmp_path):
    report = programme_indicators(busy_centre, "2026-03-01", "2026-03-31")
    not_a_folder = tmp_path / "stick.txt"
    not_a_folder.write_text("a file where a folder should be")
    with pytest.raises(Refused, match="Nothing was saved"):
        write_csv(report, not_a_folder / "report.csv")
    missing = tmp_path / "unplugged-stick" / "report.csv"
    with pytest.raises(Refused, match="USB stick"):
        write_csv(report, missing)
    assert not missing.parent.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_leaves_no_partial_file(busy_centre, tmp_path):
    report = programme_indicators(busy_centre, "2026-03-01", "2026-03-31")
    target = tmp_path / "report.csv"
    # The temp file is a link to /dev/full: every write fails as on a full disk.
    import tempfile

    real = tempfile.mkstemp

    def full_disk(*args, **kwargs):
        handle, name = real(*args, **kwargs)
        os.close(handle)
        os.unlink(name)
        os.symlink("/dev/full", name)
        return os.open(name, os.O_WRONLY), name

    tempfile.mkstemp = full_disk
    try:
        with pytest.raises(Refused, match="Nothing was saved"):
            write_csv(report, target)
    finally:
        tempfile.mkstemp = real
    assert not target.exists()
    assert not list(tmp_path.glob(".skillsapp-*"))
