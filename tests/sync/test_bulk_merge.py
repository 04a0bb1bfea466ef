"""A bundle's statements are merged in bulk (SQL over the stored JSON, each projection given
only what it needs): the tables must come out exactly as when the same statements are folded
in one by one, in any order and in any portions; statements that are not the centre's are
refused with nothing written."""

from __future__ import annotations

import json
import random

import pytest

from skillsapp.core.demo import DEMO_CENTRE_KEY, ensure_demo_centre
from skillsapp.core.projections import PROJECTIONS
from skillsapp.storage import statements
from skillsapp.storage.statements import NotOurs, tables_of
from skillsapp.sync.bundle import export_bundle, import_bundle

# Every table of every registered projection: a projection added later is checked too.
PROJECTED = tuple(t for entry in PROJECTIONS for t in tables_of(entry.make().schema))


def tables(pc) -> dict[str, list[tuple]]:
    return {t: sorted(tuple(r) for r in pc.db.query(f"SELECT * FROM {t}")) for t in PROJECTED}


@pytest.fixture(scope="module")
def demo_statements(tmp_path_factory):
    """The demo centre's five weeks of history, made one statement at a time."""
    from skillsapp.core.centre import Centre
    from skillsapp.storage.database import Database

    folder = tmp_path_factory.mktemp("demo")
    db = Database.open(folder / "skillsapp.db", folder / "backups")
    centre = Centre(db)
    ensure_demo_centre(centre)
    bundle = folder / "demo.skillsapp-bundle"
    export_bundle(centre, bundle)
    made = {t: sorted(tuple(r) for r in db.query(f"SELECT * FROM {t}")) for t in PROJECTED}
    rows = [tuple(r) for r in db.query("SELECT id, body FROM statements")]
    yield bundle, made, rows, centre.profile.iri
    db.close()


@pytest.mark.parametrize("block", [statements.TAKE_IN_BLOCK, 7])
def test_a_bundle_builds_the_same_tables_as_the_pc_that_made_the_statements(
    make_pc, demo_statements, monkeypatch, block
):
    # Read out of their JSON in blocks of 7, the statements must all come through, once
    # each, as they were and in their order.
    monkeypatch.setattr(statements, "TAKE_IN_BLOCK", block)
    bundle, made, rows, _ = demo_statements
    pc = make_pc(f"new-pc-{block}")
    import_bundle(pc.centre, bundle, DEMO_CENTRE_KEY)
    assert [tuple(r) for r in pc.db.query("SELECT id, body FROM statements")] == rows
    assert len(rows) > 3 * block or block == statements.TAKE_IN_BLOCK
    imported = tables(pc)
    for table in ("lesson_progress", "session_events", "certificates", "self_assessments"):
        assert imported[table], f"the demo should fill {table}"
    assert imported == made
    pc.centre.log.rebuild()  # one by one, from scratch
    assert tables(pc) == imported


def log_indexes(pc) -> dict[str, tuple[str, int]]:
    """The log's indexes: the SQL of each and where its pages start."""
    return {
        name: (sql, page)
        for name, sql, page in pc.db.query(
            "SELECT name, sql, rootpage FROM sqlite_schema "
            "WHERE type = 'index' AND tbl_name = 'statements'"
        )
    }


def test_a_first_import_leaves_the_log_indexed_as_new_and_a_later_one_keeps_its_indexes(
    make_pc, demo_statements
):
    # Into an empty log the indexes are built after the rows; into one that holds
    # anything they are kept (building them again would read the whole log).
    bundle, _, rows, iri = demo_statements
    fresh, pc = make_pc("fresh-log"), make_pc("imported-log")
    import_bundle(pc.centre, bundle, DEMO_CENTRE_KEY)
    after_first = log_indexes(pc)
    assert {n: sql for n, (sql, _) in after_first.items()} == {
        n: sql for n, (sql, _) in log_indexes(fresh).items()
    }
    assert len(after_first) == 3  # by id, by learner and time, by verb and time
    plan = " ".join(
        str(r[3])
        for r in pc.db.query(
            "EXPLAIN QUERY PLAN SELECT id FROM statements WHERE actor_id = ? ORDER BY timestamp",
            ("x",),
        )
    )
    assert "idx_statements_actor_id_timestamp" in plan
    extra = json.loads(rows[0][1])
    extra["id"] = "00000000-0000-4000-8000-0000000000aa"
    pc.centre.log.merge_stored(
        [(extra["id"], json.dumps(extra, separators=(",", ":")))], "2026-01-01T00:00:00Z", iri
    )
    assert pc.centre.log.count() == len(rows) + 1
    assert log_indexes(pc) == after_first


@pytest.mark.parametrize("seed", [1, 2])
def test_merging_in_portions_and_any_order_gives_the_same_tables(make_pc, demo_statements, seed):
    _, made, rows, iri = demo_statements
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    fresh = make_pc(f"fresh-{seed}")
    # Small portions take the pair-around path for sessions, big ones the one-pass path.
    start = 0
    for size in (1, 3, 7, 40, 500, len(shuffled)):
        fresh.centre.log.merge_stored(shuffled[start : start + size], "2026-01-01T00:00:00Z", iri)
        start += size
    assert fresh.centre.log.count() == len(rows)
    assert tables(fresh) == made


def _body(rows, **change) -> tuple[str, str]:
    sid, body = rows[0]
    statement = json.loads(body)
    statement.update(change)
    return sid, json.dumps(statement)


@pytest.mark.parametrize(
    "bad",
    [
        lambda rows, iri: (rows[0][0], "{not json"),
        lambda rows, iri: (rows[1][0], rows[0][1]),  # the id inside differs
        lambda rows, iri: _body(rows, actor={"account": {"homePage": "https://x", "name": "n"}}),
        lambda rows, iri: _body(rows, timestamp=None),
        lambda rows, iri: _body(rows, verb={}),
        lambda rows, iri: _body(rows, object="a string"),
    ],
    ids=["not-json", "other-id", "other-centre", "no-timestamp", "no-verb", "bad-object"],
)
def test_a_statement_that_is_not_ours_is_refused_and_nothing_is_written(
    make_pc, demo_statements, bad
):
    _, _, rows, iri = demo_statements
    pc = make_pc("refusing")
    good = rows[2:50]
    with pytest.raises(NotOurs):
        pc.centre.log.merge_stored([*good, bad(rows, iri)], "2026-01-01T00:00:00Z", iri)
    assert pc.centre.log.count() == 0
    assert all(not rows for rows in tables(pc).values())
    assert log_indexes(pc) == log_indexes(make_pc("never-merged"))


def test_irregular_sessions_pair_the_same_in_bulk_as_one_by_one(make_pc, clock):
    # Sign-ins without sign-outs, sign-outs without sign-ins, sessions longer than the cap,
    # two PCs: many per learner (the one-pass path) and a few (the pair-around path).
    from datetime import timedelta

    from skillsapp.core import events

    source = make_pc("source")
    source.centre.set_up("Irregular Hall", "en", "Ida Trainer", "correct horse")
    iri = source.centre.profile.iri
    learners = [events.new_id() for _ in range(3)]
    chance = random.Random(7)
    start = clock.now
    for n in range(300):
        verb = chance.choice([events.Verb.LOGGED_IN, events.Verb.LOGGED_IN, events.Verb.LOGGED_OUT])
        when = start + timedelta(minutes=chance.choice([1, 20, 90, 300]) * n)
        who = learners[0] if n % 10 else chance.choice(learners[1:])
        statement = events.statement(
            centre_iri=iri,
            actor_id=who,
            verb=verb,
            obj=events.app_activity(iri),
            when=when,
            pc_id=chance.choice(["pc-1", "pc-2"]),
        )
        source.centre.log.append(statement, "2026-01-01T00:00:00Z")
    made = sorted(tuple(r) for r in source.db.query("SELECT * FROM session_events"))
    assert any(r[-1] is None for r in made) and any(r[-1] for r in made)
    rows = [tuple(r) for r in source.db.query("SELECT id, body FROM statements")]
    target = make_pc("target")
    target.centre.log.merge_stored(rows, "2026-01-01T00:00:00Z", iri)
    assert sorted(tuple(r) for r in target.db.query("SELECT * FROM session_events")) == made
    # In shuffled portions, each bulk merge lands among events merged before it, whose pairs
    # must change where a new event comes right after one of them.
    chance.shuffle(rows)
    portions = make_pc("portions")
    for first, last in ((0, 5), (5, 40), (40, 120), (120, 300)):
        portions.centre.log.merge_stored(rows[first:last], "2026-01-01T00:00:00Z", iri)
    assert sorted(tuple(r) for r in portions.db.query("SELECT * FROM session_events")) == made


def _course_statements(iri: str, start) -> list[dict]:
    """A lesson opened, the course completed a minute later, and (from another PC, merged
    later) a second lesson opened half a minute after the first."""
    from datetime import timedelta

    from skillsapp.core import events
    from skillsapp.core import learning_events as le

    learner = "00000000-0000-4000-8000-000000000001"

    def made(verb, kind, seconds, lesson=None):
        extensions = {le.COURSE: "email-basics"}
        if lesson:
            extensions[le.LESSON] = lesson
        return events.statement(
            centre_iri=iri,
            actor_id=learner,
            verb=verb,
            obj={"objectType": "Activity", "id": f"{iri}/{kind}", "definition": {"type": kind}},
            when=start + timedelta(seconds=seconds),
            pc_id="pc-1",
            extensions=extensions,
        )

    return [
        made(le.EXPERIENCED, le.LESSON_TYPE, 0, "first-lesson"),
        made(le.COMPLETED, le.COURSE_TYPE, 60),
        made(le.EXPERIENCED, le.LESSON_TYPE, 30, "second-lesson"),
    ]


def test_the_last_lesson_is_that_of_the_latest_statement_naming_one_in_any_order(make_pc, clock):
    # The course completion names no lesson; a later-merged statement older than it but newer
    # than the first lesson must still become the last lesson, whatever the order.
    from datetime import timedelta
    from itertools import permutations

    from skillsapp.core.clock import iso

    setup = make_pc("setup")
    setup.centre.set_up("Order Hall", "en", "Olga Trainer", "correct horse")
    iri = setup.centre.profile.iri
    made = _course_statements(iri, clock.now)
    expected = ("second-lesson", iso(clock.now + timedelta(seconds=30)))
    for n, order in enumerate(permutations(made)):
        one_by_one = make_pc(f"one-by-one-{n}")
        for statement in order:
            one_by_one.centre.log.merge([statement], "2026-01-01T00:00:00Z")
        in_bulk = make_pc(f"in-bulk-{n}")
        in_bulk.centre.log.merge_stored(
            [(s["id"], json.dumps(s, separators=(",", ":"))) for s in order],
            "2026-01-01T00:00:00Z",
            iri,
        )
        for pc in (one_by_one, in_bulk):
            row = pc.db.one(
                "SELECT last_lesson_id, last_lesson_at, completed_at FROM course_progress"
            )
            assert (row[0], row[1]) == expected, [s["timestamp"] for s in order]
            assert row[2] == made[1]["timestamp"]


def test_a_bundle_read_in_small_blocks_builds_the_same_tables(
    make_pc, demo_statements, monkeypatch
):
    # Statements are read a block at a time while they are merged: lines cut across blocks
    # (and blocks holding no line end at all) must come out whole.
    from skillsapp.sync import bundle as bundles

    monkeypatch.setattr(bundles, "READ_BLOCK", 333)
    bundle, made, rows, _ = demo_statements
    pc = make_pc("small-blocks")
    summary = import_bundle(pc.centre, bundle, DEMO_CENTRE_KEY)
    assert summary.added == len(rows) and pc.centre.log.count() == len(rows)
    assert tables(pc) == made


def test_a_bundle_changed_in_its_last_statement_leaves_a_new_pc_as_it_was(
    make_pc, demo_statements, monkeypatch, tmp_path
):
    # The check against the signed manifest comes only after the last line was read and
    # merged: the transaction, with the centre the bundle set up, must be rolled back.
    import zipfile

    from skillsapp.core.errors import Refused
    from skillsapp.sync import bundle as bundles

    monkeypatch.setattr(bundles, "READ_BLOCK", 4096)
    bundle, _, _, _ = demo_statements
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "statements.jsonl":
                head, last = data[:-1].rsplit(b"\n", 1)
                data = (
                    head + b"\n" + last.replace(b'"version":"1.0.3"', b'"version":"1.0.2"') + b"\n"
                )
            dst.writestr(info.filename, data)
    pc = make_pc("refusing-new-pc")
    with pytest.raises(Refused, match="changed"):
        import_bundle(pc.centre, changed, DEMO_CENTRE_KEY)
    assert not pc.centre.is_set_up and pc.centre.log.count() == 0
    assert all(not rows for rows in tables(pc).values())
    assert not pc.db.query("SELECT * FROM learners")


def test_a_new_pc_whose_import_fails_after_setting_up_the_centre_is_left_empty(
    make_pc, demo_statements, monkeypatch
):
    # The centre is set up from the roster once every line is in, before the projections:
    # when a projection then fails, the set-up is rolled back with the rest, in memory too.
    from skillsapp.core.progress import CourseProgressProjection

    def broken(self, conn):
        raise RuntimeError("a projection failed")

    monkeypatch.setattr(CourseProgressProjection, "fold", broken)
    bundle, _, _, _ = demo_statements
    pc = make_pc("failing-new-pc")
    with pytest.raises(RuntimeError, match="a projection failed"):
        import_bundle(pc.centre, bundle, DEMO_CENTRE_KEY)
    assert not pc.centre.is_set_up and pc.centre.log.count() == 0
    assert not pc.db.query("SELECT * FROM learners")


def test_screens_are_told_of_an_imported_bundle_only_once_it_is_committed(make_pc, demo_statements):
    # The window refreshes the screen on show when told; told before the commit, it would
    # read the records as they were and never again (the dashboard after an import).
    import sqlite3

    bundle, _, rows, _ = demo_statements
    pc = make_pc("new-pc")
    seen: list[object] = []

    def told(what: str) -> None:
        other = sqlite3.connect(pc.folder / "skillsapp.db", timeout=0)
        try:
            seen.append((what, other.execute("SELECT count(*) FROM statements").fetchone()[0]))
        except sqlite3.OperationalError as locked:  # the import still holds the file
            seen.append((what, str(locked)))
        finally:
            other.close()

    pc.centre.log.on_merge(told)
    import_bundle(pc.centre, bundle, DEMO_CENTRE_KEY)
    assert seen == [("merged", len(rows))]


@pytest.mark.parametrize("pc_had_sessions", [False, True], ids=["new-pc", "pc-with-sessions"])
def test_a_session_lasts_until_the_next_sign_out_on_the_same_pc_in_whole_seconds(
    make_pc, clock, pc_had_sessions
):
    # A new PC pairs sign-ins as it writes them; a PC with sessions pairs them around the
    # new events. Both follow the same rule: halves of a second to even, four hours at most.
    from datetime import timedelta

    from skillsapp.core import events
    from skillsapp.storage.statements import compact

    pc = make_pc("sessions")
    pc.centre.set_up("Session Hall", "en", "Sam Trainer", "correct horse")
    iri, learner, start = pc.centre.profile.iri, events.new_id(), clock.now
    if pc_had_sessions:
        other = events.statement(
            centre_iri=iri,
            actor_id=events.new_id(),
            verb=events.Verb.LOGGED_IN,
            obj=events.app_activity(iri),
            when=start - timedelta(days=1),
            pc_id="pc-1",
        )
        pc.centre.log.merge_stored([(other["id"], compact(other))], "2026-01-01T00:00:00Z", iri)
    assert bool(pc.db.scalar("SELECT count(*) FROM session_events")) == pc_had_sessions

    def at(seconds: float, verb, where: str = "pc-1") -> dict:
        return events.statement(
            centre_iri=iri,
            actor_id=learner,
            verb=verb,
            obj=events.app_activity(iri),
            when=start + timedelta(seconds=seconds),
            pc_id=where,
        )

    IN, OUT = events.Verb.LOGGED_IN, events.Verb.LOGGED_OUT
    moments = {
        "ten and a half": (at(0, IN), 10),
        "out after ten and a half": (at(10.5, OUT), None),
        "eleven and a half": (at(100, IN), 12),
        "out after eleven and a half": (at(111.5, OUT), None),
        "five hours": (at(1000, IN), None),
        "out after five hours": (at(1000 + 5 * 3600, OUT), None),
        "followed by a sign-in": (at(30000, IN), None),
        "past a sign-out on another PC": (at(30060, IN), 120),
        "out on another PC": (at(30120, OUT, "pc-2"), None),
        "out here": (at(30180, OUT), None),
        "out without a sign-in": (at(40000, OUT, "pc-3"), None),
    }
    shuffled = [s for s, _ in moments.values()]
    random.Random(3).shuffle(shuffled)
    pc.centre.log.merge_stored(
        [(s["id"], compact(s)) for s in shuffled], "2026-01-01T00:00:00Z", iri
    )

    seconds = dict(pc.db.query("SELECT statement_id, seconds FROM session_events"))
    assert {name: seconds[s["id"]] for name, (s, _) in moments.items()} == {
        name: expected for name, (_, expected) in moments.items()
    }
