"""Checking the whole bundled catalogue, as `skillsapp courses check courses` does it.

Every pack in every language and the country profiles: the time of
`check_paths` in process, median of alternated runs, beside a baseline measured in the same
run: every file of the catalogue read and its YAML parsed once with libyaml (the front matter
of each lesson too), nothing checked. The ratio says what the checks cost over reading the
files, whatever else the machine is doing; the seconds are compared with the target (< 1 s).
The processor time of the check is printed too: on a busy machine the wall time includes
the turns other jobs take, the processor time does not. `--python` also times one check
with the pure-Python YAML reader, for comparison.

    python bench/catalogue.py [--runs 7] [--python]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from skillsapp.core.courses import check_paths, located_yaml  # noqa: E402

COURSES = ROOT / "courses"


def read_every_file() -> int:
    """The baseline: read each file once, compose its YAML with libyaml; the number of files."""
    count = 0
    for path in sorted(COURSES.rglob("*")):
        if path.suffix not in (".yaml", ".md", ".svg"):
            continue
        text = path.read_text(encoding="utf-8")
        count += 1
        if path.suffix == ".md":
            parts = text.split("---", 2)
            text = parts[1] if len(parts) == 3 else ""
        elif path.suffix == ".svg":
            continue
        yaml.compose(text, Loader=yaml.CSafeLoader)
    return count


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def cpu_timed(work) -> float:
    """Processor time of ``work``: what it costs when no other job takes turns on the CPU."""
    start = time.process_time()
    work()
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--python", action="store_true", help="also time the Python reader")
    options = parser.parse_args()
    if getattr(yaml, "CSafeLoader", None) is None:
        print("PyYAML has no libyaml here; the figure would be the pure-Python reader's.")
        return 1
    checks, bases, cpus = [], [], []
    problems: object = []
    files = 0
    for _ in range(options.runs):
        seconds, problems = timed(lambda: check_paths([COURSES]))
        checks.append(seconds)
        seconds, files = timed(read_every_file)  # type: ignore[assignment]
        bases.append(seconds)
        cpus.append(cpu_timed(lambda: check_paths([COURSES])))
    check_s, base_s = statistics.median(checks), statistics.median(bases)
    packs = sum(1 for _ in COURSES.glob("*/course.yaml"))
    lessons = sum(1 for _ in COURSES.glob("*/lessons/*.md"))
    print(f"catalogue: {packs} packs, {lessons} lesson files, {files} files read by the baseline")
    print(
        f"checking the catalogue: {check_s:.2f} s median of {options.runs} "
        f"(fastest {min(checks):.2f} s; target < 1 s), {len(problems)} problems"  # type: ignore[arg-type]
    )
    print(
        f"processor time of the check: {statistics.median(cpus):.2f} s median "
        f"(its wall time on a machine with nothing else to do)"
    )
    print(f"baseline, every file read and parsed once: {base_s:.2f} s median")
    print(f"ratio check / baseline: {check_s / base_s:.2f}x")
    if options.python:
        fast = located_yaml._FAST_LOADER
        located_yaml._FAST_LOADER = None
        try:
            python_s, _ = timed(lambda: check_paths([COURSES]))
        finally:
            located_yaml._FAST_LOADER = fast
        print(f"with the pure-Python YAML reader: {python_s:.2f} s (one run)")
    return 0 if check_s < 1 and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
