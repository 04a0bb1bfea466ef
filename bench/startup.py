"""Start-up to first paint, and peak memory, against a minimal PySide6 window.

The bars are in docs/quality-bars.md.
The baseline is a QMainWindow with a QLabel and a QTextBrowser, painted once, measured in the
same run on the same machine. Target: at most 1.5x for both figures.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs N]
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
    return 0 if time_ratio <= 1.5 and memory_ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
