"""The window never waits on the database: the longest wait of a read on the UI thread
while a 100,000-statement bundle is imported on the database worker (target: under 50 ms),
beside the same reads with nothing else running, measured in the same run.

Run: PYTHONPATH=. python bench/responsive.py [--bundle 100000] [--every 0.01]
The reads are what a screen does: the learners' tiles and one learner's course progress.
Each read is timed on the clock and on the reading thread's own processor time; the
difference is time it stood still (waiting for a lock, for Python's interpreter lock or for
the processor). Reads are counted in three parts: while the import holds its batch, while
its commit finishes (the records already visible) and after it told of the merge. A
control loop that reads nothing during a second import shows the waits that are the
machine's (a busy processor, Python's interpreter lock), not the database's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from skillsapp.core.opening import open_centre  # noqa: E402
from skillsapp.sync.bundle import export_bundle, import_bundle  # noqa: E402


@dataclass
class Reads:
    """The seconds of each read: on the clock, and standing still (clock minus the reading
    thread's processor time)."""

    took: list[float] = field(default_factory=list)
    still: list[float] = field(default_factory=list)

    def line(self, name: str) -> str:
        if not self.took:
            return f"  reads {name}: none"
        ordered = sorted(self.took)
        p99 = ordered[int(0.99 * (len(ordered) - 1))]
        return (
            f"  reads {name}: {len(self.took)}, longest {max(self.took) * 1000:.1f} ms "
            f"(standing still {max(self.still) * 1000:.1f} ms at most), 99th percentile "
            f"{p99 * 1000:.1f} ms, median {statistics.median(self.took) * 1000:.1f} ms"
        )


def reads(
    centre, stop: threading.Event, every: float, told: threading.Event | None = None
) -> tuple[Reads, Reads, Reads]:
    """Read as a screen does, every ``every`` seconds, until ``stop``, in three parts: reads
    that found nothing new yet (the import holds its batch), reads that found the merged
    records before the import was done committing (SQLite makes them visible, then finishes
    its commit: copying the write-ahead log into the file and syncing it), and reads after the
    log was ``told`` of the merge. With no ``centre``, the same loop computes for about as
    long as a read of an empty PC instead (no database at all): what is left of its waits is
    the machine's and the interpreter's, not the database's."""
    before, committing, after = Reads(), Reads(), Reads()
    while not stop.is_set():
        late = told is not None and told.is_set()
        started, own = time.perf_counter(), time.thread_time()
        learners = []
        if centre is None:
            sum(range(2_000))
        elif learners := centre.learners.list():
            centre.learning.progress(learners[0].id)
        took = time.perf_counter() - started
        part = after if late else committing if learners else before
        part.took.append(took)
        part.still.append(max(0.0, took - (time.thread_time() - own)))
        time.sleep(every)
    return before, committing, after


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
        _, quiet, _ = reads(source, stop, args.every)
        source.db.close()
        # A new PC joins from the bundle on a worker thread while the "window" reads.
        pc = open_centre(work / "new-pc")
        stop, committed = threading.Event(), threading.Event()
        pc.log.on_merge(lambda what: committed.set())  # told after the commit
        took: list[float] = []

        def work_thread() -> None:
            started = time.perf_counter()
            import_bundle(pc, bundle, KEY)
            took.append(time.perf_counter() - started)
            stop.set()

        worker = threading.Thread(target=work_thread)
        worker.start()
        holding, committing, merged = reads(pc, stop, args.every, committed)
        worker.join()
        pc.db.close()
        # The control: another new PC imports the same bundle while the loop reads nothing.
        other = open_centre(work / "control-pc")
        stop = threading.Event()

        def control_import() -> None:
            import_bundle(other, bundle, KEY)
            stop.set()

        worker = threading.Thread(target=control_import)
        worker.start()
        control, _, _ = reads(None, stop, args.every)
        worker.join()
        other.db.close()
    print(f"import of {args.bundle:,} statements on the worker: {took[0]:.2f} s")
    print(holding.line("while the import holds its batch"))
    print(committing.line("finding the merged records while the commit finishes"))
    print(merged.line("after the import told of its merge, before it returned"))
    print(quiet.line("of the same records with nothing else running"))
    print(control.line("of no database at all (a computation) during a second import"))
    waits = holding.took + committing.took + merged.took
    print(
        f"longest read wait during the import: {max(waits) * 1000:.1f} ms "
        f"({max(holding.took) * 1000:.1f} ms while it holds its batch; target under 50 ms)"
    )


if __name__ == "__main__":
    main()
