"""Run a command several times; report its median wall time and peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """Median seconds and median peak resident memory (MiB) over the runs."""

    seconds: float
    peak_mib: float


def measure(command: list[str], env: dict[str, str], runs: int) -> Run:
    """Start ``command`` ``runs`` times; the exit code must be 0 every time."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{command} failed with status {status}")
        peaks.append(usage.ru_maxrss / 1024)  # Linux reports KiB
    return Run(statistics.median(times), statistics.median(peaks))


def measure_pair(
    first: list[str], second: list[str], env: dict[str, str], runs: int
) -> tuple[Run, Run]:
    """Alternate the two commands run by run, so a busy moment weighs on both alike."""
    one, two = [], []
    for _ in range(runs):
        one.append(measure(first, env, 1))
        two.append(measure(second, env, 1))
    return _median(one), _median(two)


def _median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs), statistics.median(r.peak_mib for r in runs)
    )
