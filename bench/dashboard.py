"""The trainer's dashboard, programme indicators and a projection rebuild on a big centre.

A generated centre: 1,000 learners, 40 courses, 1,000,000 statements (sessions, lessons,
answers, quizzes), written straight into a real SQLite file, then the projections are
rebuilt from the log (timed). Targets (issue 5): dashboard for a group of 30 under 0.5 s,
indicators for everyone under 1 s; rebuild time and database size are reported.

    python bench/dashboard.py [--statements N] [--folder DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skillsapp.core import events  # noqa: E402
from skillsapp.core import learning_events as le  # noqa: E402
from skillsapp.core.catalogue import Catalogue  # noqa: E402
from skillsapp.core.centre import Centre  # noqa: E402
from skillsapp.core.dashboard import group_dashboard  # noqa: E402
from skillsapp.core.groups import Group  # noqa: E402
from skillsapp.core.people import AgeBand, Gender, LearnerDetails  # noqa: E402
from skillsapp.core.reports import programme_indicators  # noqa: E402
from skillsapp.storage.database import Database  # noqa: E402

LEARNERS, COURSES, LESSONS, QUESTIONS = 1000, 40, 5, 4


def generate(centre: Centre, statements: int, chance: random.Random) -> list[str]:
    """Learners and their statements; returns the learner ids."""
    trainer = centre.trainers.list()[0]
    with centre.db.transaction() as conn:
        ids = []
        for n in range(LEARNERS):
            # Profiles go in directly: hashing 1,000 PINs would only measure scrypt.
            learner_id = f"00000000-0000-4000-8000-{n:012d}"
            ids.append(learner_id)
            conn.execute(
                "INSERT INTO learners (id, first_name, colour, avatar, language, gender, "
                "age_band, consent, text_scale, high_contrast, failed_pins, created_at, "
                "updated_at) VALUES (?, ?, '#1f5f8b', 'none', 'en', ?, ?, ?, 100, 0, 0, ?, ?)",
                (
                    learner_id,
                    f"Learner {n}",
                    chance.choice(list(Gender)).value,
                    chance.choice(list(AgeBand)).value,
                    LearnerDetails("x").consent.to_json(),
                    "2025-01-01T00:00:00.000Z",
                    "2025-01-01T00:00:00.000Z",
                ),
            )
    centre.groups.create("Warm-up", by=trainer)
    iri, pc = centre.profile.iri, centre.pc_id
    per_learner = statements // LEARNERS
    start = datetime(2025, 1, 6, 9, tzinfo=UTC)
    rows = []
    for learner_id in ids:
        when = start + timedelta(minutes=chance.randint(0, 60 * 24 * 30))
        made = 0
        while made < per_learner:
            course = f"course-{chance.randint(1, COURSES):02d}"
            batch = _session(iri, pc, learner_id, course, when, chance)
            rows += batch[: per_learner - made]
            made += len(batch)
            when += timedelta(days=chance.randint(2, 9), minutes=chance.randint(0, 120))
        if len(rows) >= 50_000:
            _insert(centre, rows)
            rows = []
    _insert(centre, rows)
    return ids


def _session(iri, pc, learner, course, when, chance) -> list[tuple]:
    out = []

    def add(verb, obj, result=None, extensions=None):
        nonlocal when
        when += timedelta(seconds=chance.randint(20, 90))
        body = events.statement(
            centre_iri=iri,
            actor_id=learner,
            verb=verb,
            obj=obj,
            when=when,
            pc_id=pc,
            result=result,
            extensions=extensions,
        )
        out.append(
            (
                body["id"],
                learner,
                verb[0],
                obj.get("id", ""),
                body["timestamp"],
                body["timestamp"],
                json.dumps(body, separators=(",", ":")),
            )
        )

    add(events.Verb.LOGGED_IN, events.app_activity(iri))
    lesson = f"lesson-{chance.randint(1, LESSONS)}"
    where = {le.COURSE: course, le.COURSE_VERSION: "1.0.0", le.LESSON: lesson}
    lesson_obj = events.activity(f"{iri}/{course}/{lesson}", le.LESSON_TYPE, lesson)
    add(le.EXPERIENCED, lesson_obj, extensions=where)
    right = 0
    for q in range(QUESTIONS):
        ok = chance.random() < 0.75
        right += ok
        add(
            le.ANSWERED,
            events.activity(f"{iri}/{course}/{lesson}/q{q}", le.QUESTION_TYPE, "q"),
            {"success": ok, "response": "1"},
            where,
        )
    passed = right >= 3
    add(
        le.PASSED if passed else le.FAILED,
        events.activity(f"{iri}/{course}/{lesson}/quiz", le.QUIZ_TYPE, "quiz"),
        {"success": passed, "score": {"scaled": right / QUESTIONS}},
        where,
    )
    if passed:
        add(le.COMPLETED, lesson_obj, {"completion": True}, where)
    add(events.Verb.LOGGED_OUT, events.app_activity(iri))
    return out


def _insert(centre: Centre, rows: list[tuple]) -> None:
    with centre.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO statements (id, actor_id, verb, object_id, timestamp, stored, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def timed(fn, runs: int = 5) -> float:
    """Median seconds of ``fn()``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="skillsapp-dashboard-") as temp:
        folder = args.folder or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / "bench.db"
        db_path.unlink(missing_ok=True)
        db = Database.open(db_path, folder / "backups")
        centre = Centre(db, catalogue=Catalogue([ROOT / "courses"]))
        centre.set_up("Bench Centre", "en", "Bench Trainer", "bench-password")
        chance = random.Random(1)
        start = time.perf_counter()
        ids = generate(centre, args.statements, chance)
        made = centre.log.count()
        print(
            f"generated {made:,} statements for {LEARNERS:,} learners "
            f"in {time.perf_counter() - start:.0f} s"
        )
        start = time.perf_counter()
        centre.log.rebuild()
        rebuild = time.perf_counter() - start
        db.checkpoint()
        size = db_path.stat().st_size / 2**20
        trainer = centre.trainers.list()[0]
        group = _thirty(centre, trainer, ids)
        now = datetime(2026, 1, 1, tzinfo=UTC)
        dash = timed(lambda: group_dashboard(centre, group, now))
        indicators = timed(lambda: programme_indicators(centre, "2025-01-01", "2025-12-31"))
        board = group_dashboard(centre, group, now)
        report = programme_indicators(centre, "2025-01-01", "2025-12-31")
        participants = next(r[3] for r in report.rows if r[:3] == ("participants", "all", "all"))
        db.close()
    print(
        f"dashboard for a group of {len(board.rows)} x {len(board.courses)} courses: "
        f"{dash * 1000:.0f} ms median (target < 500 ms)"
    )
    print(
        f"programme indicators for everyone ({participants} participants): "
        f"{indicators * 1000:.0f} ms median (target < 1000 ms)"
    )
    print(f"full projection rebuild: {rebuild:.0f} s; database size: {size:.0f} MiB")
    return 0 if dash < 0.5 and indicators < 1.0 else 1


def _thirty(centre: Centre, trainer, ids: list[str]) -> Group:
    # The group has every course that the bundled catalogue offers plus the generated ones.
    courses = [p.id for p in centre.catalogue.packs()]
    courses += [f"course-{n:02d}" for n in range(1, COURSES + 1)]
    group = centre.groups.create("Thirty", by=trainer)
    # Generated courses are not on the PC, so the group is stored through the projection.
    with centre.db.transaction() as conn:
        conn.execute(
            "UPDATE groups SET members = ?, courses = ? WHERE id = ?",
            (
                json.dumps(ids[:30]),
                json.dumps([{"course": c, "due": None} for c in courses]),
                group.id,
            ),
        )
    return centre.groups.get(group.id)


if __name__ == "__main__":
    sys.exit(main())
