"""The shape of a report, its period, and writing it as CSV without leaving half a file."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from skillsapp.core.errors import Refused

Value = str | int | float | None
EARLIEST = date(2015, 1, 1)  # no centre has records from before SkillsApp existed


@dataclass(frozen=True)
class Report:
    """A table with a title; ``notes`` are shown on screen and in the PDF, not in the CSV."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def csv_text(self) -> str:
        """The table only, so the same data gives the same bytes on any PC."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow([display_value(v) for v in row])
        return out.getvalue()


def display_value(value: Value) -> str:
    """A value as the screen, the CSV and the PDF all write it.

    Decimals have two places at most, with a dot and no grouping, the same on every PC.
    """
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)


def check_period(start: str | date, end: str | date, today: date) -> tuple[date, date]:
    """Read a report period (first and last day, both included); refuse reversed or absurd ones."""
    try:
        first = start if isinstance(start, date) else date.fromisoformat(start)
        last = end if isinstance(end, date) else date.fromisoformat(end)
    except ValueError as error:
        raise Refused("Please give dates as year-month-day, for example 2026-03-31.") from error
    if last < first:
        raise Refused("The period ends before it starts. Please swap the two dates.")
    if first < EARLIEST or last > date(today.year + 1, 12, 31):
        raise Refused(
            "Please choose a period between {earliest} and the end of next year.",
            earliest=EARLIEST.isoformat(),
        )
    return first, last


def write_csv(report: Report, target: Path) -> None:
    """Write the report's CSV to ``target`` atomically; refuse plainly when that fails.

    The file is written next to the target first and renamed at the end, so a full disk or a
    pulled-out USB stick never leaves a partial file behind.
    """
    data = report.csv_text().encode("utf-8")
    folder = target.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=".skillsapp-", suffix=".part", dir=folder)
    except OSError as error:
        raise _cannot_write(target, error) from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise _cannot_write(target, error) from error


def _cannot_write(target: Path, error: OSError) -> Refused:
    return Refused(
        "The report could not be saved as {file}: {reason}. "
        "Check that the USB stick is plugged in, has free space and is not write-protected. "
        "Nothing was saved.",
        file=str(target),
        reason=error.strerror or str(error),
    )
