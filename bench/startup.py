"""Start-up to first paint, and peak memory, against a minimal PySide6 window; and the
start on a centre of 1,000,000 statements against the demo centre's.

The bars are in docs/quality-bars.md.
The baseline is a QMainWindow with a QLabel and a QTextBrowser, painted once, measured in the
same run on the same machine. Target: at most 1.5x for both figures. A large centre (its
statements made as ``bench/dashboard.py`` makes them, for 100 learners) must start within 2x
the demo centre: the start must not read the whole file.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs N] [--large 1000000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import measure, measure_pair

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTextBrowser, QVBoxLayout, QWidget
app = QApplication(sys.argv)
window = QMainWindow()
body = QWidget()
layout = QVBoxLayout(body)
layout.addWidget(QLabel("Hello"))
layout.addWidget(QTextBrowser())
window.setCentralWidget(body)
window.show()
QTimer.singleShot(0, lambda: (window.repaint(), app.quit()))
sys.exit(app.exec())
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--large", type=int, default=1_000_000, help="statements of the large centre (0: skip)"
    )
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app has its bytecode cached; the first (unmeasured) run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="skillsapp-bench-") as home:
        env["SKILLSAPP_HOME"] = home
        app = [sys.executable, "-m", "skillsapp", "--demo", "--exit-after-startup"]
        measure(app, env, 1)  # creates the demo centre, as a first start would
        measure([sys.executable, "-c", BASELINE], env, 2)  # warm the file cache for both
        base, ours = measure_pair([sys.executable, "-c", BASELINE], app, env, args.runs)
    print(f"baseline window: {base.seconds * 1000:.0f} ms, {base.peak_mib:.1f} MiB peak")
    print(f"skillsapp --demo: {ours.seconds * 1000:.0f} ms, {ours.peak_mib:.1f} MiB peak")
    time_ratio, memory_ratio = ours.seconds / base.seconds, ours.peak_mib / base.peak_mib
    print(f"start-up ratio: {time_ratio:.2f}x (target <= 1.5x)")
    print(f"peak memory ratio: {memory_ratio:.2f}x (target <= 1.5x)")
    large_ratio = large_centre(env, args.large, args.runs) if args.large else 0.0
    fine = time_ratio <= 1.5 and memory_ratio <= 1.5 and large_ratio <= 2.0
    return 0 if fine else 1


def large_centre(env: dict[str, str], statements: int, runs: int) -> float:
    """The start on a centre of ``statements`` as a ratio to the demo centre's start."""
    import random
    import statistics
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import dashboard
    from sync import new_centre

    dashboard.LEARNERS = 100  # a large centre's residents, not a region's
    with (
        tempfile.TemporaryDirectory(prefix="skillsapp-bench-large-") as large,
        tempfile.TemporaryDirectory(prefix="skillsapp-bench-demo-") as demo,
    ):
        started = time.perf_counter()
        centre = new_centre(Path(large) / "centre", 0)
        dashboard.generate(centre, statements, random.Random(1))
        centre.log.rebuild()
        centre.db.checkpoint()
        size = (Path(large) / "centre" / "skillsapp.db").stat().st_size / 2**20
        centre.db.close()
        print(
            f"large centre: {statements:,} statements, {size:.0f} MiB, made in "
            f"{time.perf_counter() - started:.0f} s"
        )
        app = [sys.executable, "-m", "skillsapp", "--exit-after-startup"]
        demo_env = dict(env, SKILLSAPP_HOME=demo)
        large_env = dict(env, SKILLSAPP_HOME=str(Path(large) / "centre"))
        measure([*app, "--demo"], demo_env, 1)  # creates the demo centre
        measure(app, large_env, 2)  # the file in the cache, as on a PC used every day
        # Alternated run by run, so a busy moment weighs on both alike.
        pairs = [(measure(app, demo_env, 1), measure(app, large_env, 1)) for _ in range(runs)]
    small = statistics.median(one.seconds for one, _ in pairs)
    big = statistics.median(two.seconds for _, two in pairs)
    ratio = big / small
    print(f"start on the demo centre: {small * 1000:.0f} ms")
    print(f"start on the large centre: {big * 1000:.0f} ms")
    print(f"large / demo: {ratio:.2f}x (target <= 2x)")
    return ratio


if __name__ == "__main__":
    sys.exit(main())
