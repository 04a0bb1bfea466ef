"""A learner's competence profile from 10,000 statements (docs/quality-bars.md): target under 20 ms.

Builds a centre in a temporary folder where one learner has 10,000 statements of all four
kinds of evidence: self-checks with knowledge questions (said, known), course quizzes passed
(known), practice tasks (did) and trainer assessments (observed). Then it measures what the
result screen asks for: the profile (every kind side by side, the level concluded) and the
change since last time. As a baseline measured in the same run, on the same file: reading the
learner's rows of the profile table with one plain query; the ratio says what the rules cost
on top. For comparison it also times recomputing the profile tables from the whole log.

    python bench/profile.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.bank import Item
from skillsapp.core.assessment.competences import Competences
from skillsapp.core.assessment.data_files import load_item_bank, load_knowledge
from skillsapp.core.centre import Centre
from skillsapp.core.courses.model import right_answer
from skillsapp.core.events import NS, activity
from skillsapp.core.people import LearnerDetails
from skillsapp.storage.database import Database

STATEMENTS = 10_000
TARGET_MS = 20.0
# A bank in the agreed format with knowledge questions for every competence, so the bench
# measures all four kinds whatever the bundled bank holds today.
BANK = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "assessment-bank"


class SteppingClock:
    """A clock that moves one second per reading, so every statement has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def fill(competences: Competences, learner_id: str, trainer_id: str) -> None:
    """Every course's quizzes passed once, then quick checks of random areas with their
    knowledge questions, a practice task and a trainer assessment after each, to 10,000."""
    centre, rng = competences.centre, random.Random(7)
    with centre.db.transaction():  # one transaction: the benchmark measures reads, not fsyncs
        for pack in centre.catalogue.packs():
            for lesson in pack.lessons:
                if lesson.quizzes:
                    attempt = centre.learning.start_quiz(learner_id, pack, lesson, "en", rng)
                    while True:
                        attempt.answer(right_answer(attempt.question))
                        if not attempt.next():
                            break
                    attempt.finish()
        while centre.log.count() < STATEMENTS:
            session = competences.self_assessments.start(learner_id, "quick", rng.choice("12345"))
            while (step := session.current) is not None:
                if isinstance(step, Item):
                    competences.self_assessments.answer(session, rng.randint(0, 3))
                else:
                    right = rng.random() < 0.7
                    response = (
                        step.answer
                        if right
                        else ((not step.answer) if step.type == "true-false" else 1)
                    )
                    competences.self_assessments.answer_question(session, response)
            competences.self_assessments.finish(session)
            code = rng.choice(competences.bank.items).competence
            centre.record(
                learner_id,
                ce.COMPLETED,
                activity(f"{NS}/tasks/bench", f"{NS}/activity-types/task", "A practice task"),
                result={"completion": True, "extensions": {ce.EVIDENCE_LEVEL: rng.randint(0, 6)}},
                extensions={ce.COMPETENCE: code, ce.EVIDENCE_KIND: ce.DID},
            )
            competences.trainer_assessments.record(
                trainer_id, learner_id, code, rng.randint(0, 8), date(2025, 1, 6)
            )


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "skillsapp.db", Path(folder) / "backups")
        centre = Centre(db, clock=SteppingClock())
        trainer = centre.set_up("Bench Hall", "en", "Bench Trainer", "correct horse")
        learner = centre.learners.create(LearnerDetails("Maria"), by=trainer)
        competences = Competences(centre, load_item_bank(BANK), knowledge=load_knowledge(BANK))
        fill(competences, learner.id, trainer.id)
        total = centre.log.count()
        kinds = {
            kind: int(
                db.scalar(
                    "SELECT count(*) FROM statements WHERE json_extract(body, ?) = ?",
                    (f'$.context.extensions."{ce.EVIDENCE_KIND}"', kind),
                )
            )
            for kind in ce.EVIDENCE_KINDS
        }
        profile = competences.profile(learner.id)
        assert all(e.known_level is not None for e in profile.entries.values())

        def baseline() -> object:
            with db.reading() as conn:
                return conn.execute(
                    "SELECT * FROM competence_levels WHERE learner_id = ?", (learner.id,)
                ).fetchall()

        def result_screen_reads() -> object:
            return competences.profile(learner.id).area_levels, competences.change_since_last_time(
                learner.id
            )

        baseline_ms = median_ms(baseline, runs)
        profile_ms = median_ms(result_screen_reads, runs)
        only_profile_ms = median_ms(lambda: competences.profile(learner.id), runs)
        rebuild_ms = median_ms(competences.rebuild, max(3, runs // 10))
        db.close()
    verdict = "meets" if profile_ms < TARGET_MS else "misses"
    print(f"statements in the log: {total}; by kind of evidence: {kinds}")
    print(f"profile + change since last time (median of {runs}): {profile_ms:.2f} ms")
    print(f"  target under {TARGET_MS:.0f} ms: {verdict} it ({profile_ms / TARGET_MS:.2f}x)")
    print(f"  of which the profile with its four kinds alone: {only_profile_ms:.2f} ms")
    print(
        f"  baseline, the profile rows by one plain query: {baseline_ms:.3f} ms; "
        f"ratio {profile_ms / baseline_ms:.1f}x"
    )
    print(f"rebuilding the profile tables from the whole log: {rebuild_ms:.1f} ms")


if __name__ == "__main__":
    main()
