"""The window never waits on the database: the longest wait of a read on the UI thread
while a 100,000-statement bundle is imported on the database worker (target: under 50 ms),
beside the same reads with nothing else running, measured in the same run.

Run: PYTHONPATH=. python bench/responsive.py [--bundle 100000] [--every 0.01]
The reads are what a screen does: the learners' tiles and one learner's course progress.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from skillsapp.core.opening import open_centre  # noqa: E402
from skillsapp.sync.bundle import export_bundle, import_bundle  # noqa: E402


def reads(centre, stop: threading.Event, every: float) -> list[float]:
    """Read as a screen does, every ``every`` seconds, until ``stop``; the seconds of each."""
    waits = []
    while not stop.is_set():
        started = time.perf_counter()
        learners = centre.learners.list()
        if learners:
            centre.learning.progress(learners[0].id)
        waits.append(time.perf_counter() - started)
        time.sleep(every)
    return waits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=int, default=100_000)
    parser.add_argument("--every", type=float, default=0.01)
    args = parser.parse_args()
    from sync import KEY, mixed_centre

    with tempfile.TemporaryDirectory(prefix="skillsapp-bench-responsive-") as tmp:
        work = Path(tmp)
        source = mixed_centre(work / "source", args.bundle)
        bundle = work / "bundle.zip"
        export_bundle(source, bundle)
        # The same reads on the source PC with nothing else going on: the baseline.
        stop = threading.Event()
        timer = threading.Timer(3.0, stop.set)
        timer.start()
        quiet = reads(source, stop, args.every)
        source.db.close()
        # A new PC joins from the bundle on a worker thread while the "window" reads.
        pc = open_centre(work / "new-pc")
        stop = threading.Event()
        took: list[float] = []

        def work_thread() -> None:
            started = time.perf_counter()
            import_bundle(pc, bundle, KEY)
            took.append(time.perf_counter() - started)
            stop.set()

        worker = threading.Thread(target=work_thread)
        worker.start()
        busy = reads(pc, stop, args.every)
        worker.join()
        pc.db.close()
    print(f"import of {args.bundle:,} statements on the worker: {took[0]:.2f} s")
    for name, waits in (("during the import", busy), ("with nothing else running", quiet)):
        ordered = sorted(waits)
        p99 = ordered[int(0.99 * (len(ordered) - 1))]
        print(
            f"  reads {name}: {len(waits)}, longest {max(waits) * 1000:.1f} ms, "
            f"99th percentile {p99 * 1000:.1f} ms, median {statistics.median(waits) * 1000:.1f} ms"
        )
    print(
        f"longest read wait during the import: {max(busy) * 1000:.1f} ms "
        f"({max(busy) / max(quiet):.1f}x the longest quiet read; target under 50 ms)"
    )


if __name__ == "__main__":
    main()
