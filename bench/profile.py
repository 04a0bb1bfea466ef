"""A learner's competence profile from 10,000 statements (docs/quality-bars.md): target under 20 ms.

Builds a centre in a temporary folder where one learner has 10,000 statements (self-assessment
answers and results, trainer assessments), then measures what the result screen asks for:
the profile and the change since last time. For comparison it
also times recomputing the profile tables from the whole log.

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

from skillsapp.core.assessment.competences import Competences
from skillsapp.core.centre import Centre
from skillsapp.core.people import LearnerDetails
from skillsapp.storage.database import Database

STATEMENTS = 10_000
TARGET_MS = 20.0


class SteppingClock:
    """A clock that moves one second per reading, so every statement has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def fill(competences: Competences, learner_id: str, trainer_id: str) -> None:
    """Quick checks of random areas, and a trainer assessment after each, up to 10,000."""
    centre, rng = competences.centre, random.Random(7)
    with centre.db.transaction():  # one transaction: the benchmark measures reads, not fsyncs
        while centre.log.count() < STATEMENTS:
            session = competences.self_assessments.start(learner_id, "quick", rng.choice("12345"))
            while session.current is not None:
                competences.self_assessments.answer(session, rng.randint(0, 3))
            competences.self_assessments.finish(session)
            code = rng.choice(competences.bank.items).competence
            competences.trainer_assessments.record(
                trainer_id, learner_id, code, rng.randint(1, 8), date(2025, 1, 6)
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
        competences = Competences(centre)
        fill(competences, learner.id, trainer.id)
        total = centre.log.count()

        def result_screen_reads() -> object:
            return competences.profile(learner.id).area_levels, competences.change_since_last_time(
                learner.id
            )

        profile_ms = median_ms(result_screen_reads, runs)
        only_profile_ms = median_ms(lambda: competences.profile(learner.id), runs)
        rebuild_ms = median_ms(competences.rebuild, max(3, runs // 10))
        db.close()
    verdict = "meets" if profile_ms < TARGET_MS else "misses"
    print(f"statements in the log: {total}")
    print(f"profile + change since last time (median of {runs}): {profile_ms:.2f} ms")
    print(f"  target under {TARGET_MS:.0f} ms: {verdict} it ({profile_ms / TARGET_MS:.2f}x)")
    print(f"  of which the profile table alone: {only_profile_ms:.2f} ms")
    print(f"rebuilding the profile tables from the whole log: {rebuild_ms:.1f} ms")


if __name__ == "__main__":
    main()
