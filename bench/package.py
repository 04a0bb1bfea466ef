"""The packaged app: bundle size, build time, start against the source run (docs/quality-bars.md).

Builds the bundle into a temporary folder (or uses ``--bundle DIR`` from an earlier build),
then starts both ``skillsapp --demo --exit-after-startup`` from source and the bundle's
executable the same number of times on the same prepared data folder. Targets: at most
150 MB, and a start-up median at most 1.2x the source run's.

    QT_QPA_PLATFORM=offscreen python bench/package.py [--runs N] [--bundle DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).parent))
from _measure import Run, measure

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET_MB = 150
START_RATIO_TARGET = 1.2


def build_into(out: Path) -> tuple[Path, float]:
    """Run packaging/build.py (without the archive); return the bundle folder and seconds."""
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            f"--dist={out / 'dist'}",
            f"--work={out / 'build'}",
            "--no-archive",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out / "dist" / "skillsapp", time.perf_counter() - start


def folder_mb(folder: Path) -> float:
    """Megabytes (10^6 bytes) of the files under ``folder``."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--bundle", type=Path, help="an already built dist/skillsapp folder")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode cached
    with tempfile.TemporaryDirectory(prefix="skillsapp-bench-package-") as temp:
        if args.bundle:
            folder, build_s = args.bundle.resolve(), None
        else:
            folder, build_s = build_into(Path(temp))
        env["SKILLSAPP_HOME"] = str(Path(temp) / "home")
        source = [sys.executable, "-m", "skillsapp", "--demo", "--exit-after-startup"]
        bundled = [str(folder / "skillsapp"), "--demo", "--exit-after-startup"]
        measure(source, dict(env, PYTHONPATH=str(ROOT)), 1)  # creates the demo centre
        measure(bundled, env, 2)  # warms the file cache for the bundle
        # Alternated, so a busy moment of the machine weighs on both sides alike.
        pairs = [
            (measure(source, dict(env, PYTHONPATH=str(ROOT)), 1), measure(bundled, env, 1))
            for _ in range(args.runs)
        ]
        ours = Run(median(s.seconds for s, _ in pairs), median(s.peak_mib for s, _ in pairs))
        packed = Run(median(b.seconds for _, b in pairs), median(b.peak_mib for _, b in pairs))
        size = folder_mb(folder)
    ratio = packed.seconds / ours.seconds
    print(f"bundle size: {size:.1f} MB (budget {SIZE_BUDGET_MB} MB)")
    if build_s is not None:
        print(f"build time: {build_s:.1f} s")
    print(f"source start-up: {ours.seconds * 1000:.0f} ms, {ours.peak_mib:.1f} MiB peak")
    print(f"bundle start-up: {packed.seconds * 1000:.0f} ms, {packed.peak_mib:.1f} MiB peak")
    print(f"start-up ratio: {ratio:.2f}x (target <= {START_RATIO_TARGET}x)")
    return 0 if size <= SIZE_BUDGET_MB and ratio <= START_RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
