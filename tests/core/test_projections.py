"""Projections are declared units: every one registered from the start, its tables its own,
and a raised version rebuilds that projection alone from the log."""

from __future__ import annotations

import dataclasses

from skillsapp.core import projections as registry
from skillsapp.core.centre import Centre
from skillsapp.core.demo import ensure_demo_centre
from skillsapp.storage.database import Database
from skillsapp.storage.statements import tables_of


def test_every_projection_is_registered_once_and_owns_distinct_tables():
    names = [entry.name for entry in registry.PROJECTIONS]
    assert len(names) == len(set(names))
    owned = [t for entry in registry.PROJECTIONS for t in tables_of(entry.make().schema)]
    assert len(owned) == len(set(owned))
    assert {"course_progress", "competence_levels", "groups", "session_events"} <= set(owned)


def test_a_new_pc_has_every_projection_table_and_nothing_outdated(tmp_path):
    db = Database.open(tmp_path / "a.db")
    centre = Centre(db)
    assert centre.log.outdated() == []
    for entry in registry.PROJECTIONS:
        for table in tables_of(entry.make().schema):
            assert db.scalar(f"SELECT count(*) FROM {table}") == 0
    db.close()


def test_raising_one_version_rebuilds_that_projection_alone(tmp_path, monkeypatch):
    db = Database.open(tmp_path / "a.db")
    centre = Centre(db)
    ensure_demo_centre(centre)
    groups = sorted(map(tuple, db.query("SELECT * FROM groups")))
    assert groups
    # Marks that a rebuild would wipe: a stray group row, and one in another projection.
    db.execute("INSERT INTO groups (id, name) VALUES ('stray', 'not from the log')")
    db.execute("INSERT INTO learner_days (learner_id, day) VALUES ('stray', '2000-01-01')")
    db.close()
    bumped = tuple(
        dataclasses.replace(e, version=e.version + 1) if e.name == "groups" else e
        for e in registry.PROJECTIONS
    )
    monkeypatch.setattr("skillsapp.core.centre.PROJECTIONS", bumped)
    db = Database.open(tmp_path / "a.db")
    centre = Centre(db)
    assert centre.log.outdated() == ["groups"]
    assert centre.log.prepare() == ["groups"]
    assert sorted(map(tuple, db.query("SELECT * FROM groups"))) == groups  # the stray is gone
    assert db.scalar("SELECT count(*) FROM learner_days WHERE learner_id = 'stray'") == 1
    assert centre.log.outdated() == []
    db.close()
