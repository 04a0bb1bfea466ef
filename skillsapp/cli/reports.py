"""``skillsapp report NAME ...``: a report on the terminal, as CSV or as PDF.

Reports speak the centre's language unless ``--language`` chooses another. The terminal gets
the table with tabs between the columns; ``--csv`` and ``--pdf`` save it and say where.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from skillsapp.cli.terminal import fail, open_here, say, speak, words
from skillsapp.core.errors import Refused
from skillsapp.storage.database import DatabaseProblem
from skillsapp.ui.text import fill


def add_arguments(report: argparse.ArgumentParser) -> None:
    """The report command's arguments, from the one list of reports."""
    from skillsapp.core.languages import LANGUAGE_CODES
    from skillsapp.core.reports import REPORTS

    report.add_argument("name", choices=list(REPORTS))
    report.add_argument("--from", dest="start", help=words("first day, e.g. 2026-01-01"))
    report.add_argument("--to", dest="end", help=words("last day, e.g. 2026-06-30"))
    report.add_argument("--group", help=words("the group's name"))
    report.add_argument("--learner", help=words("the learner's first name or id"))
    report.add_argument("--csv", type=Path, help=words("save the table as CSV here"))
    report.add_argument("--pdf", type=Path, help=words("save the report as PDF here"))
    report.add_argument(
        "--language",
        choices=LANGUAGE_CODES,
        help=words("the report's language (default: the centre's)"),
    )


def report(args: argparse.Namespace, data_folder: Path) -> int:
    """Make the report; print it, or save it as CSV and/or PDF and say where."""
    from skillsapp.core.reports import ReportRequest, display_value, make_report, write_csv

    if not (data_folder / "skillsapp.db").exists():
        return fail(fill(words("There are no records in %1 yet."), data_folder))
    try:
        centre = open_here(data_folder)
    except DatabaseProblem as problem:
        return fail(problem)
    try:
        if not centre.is_set_up:
            return fail(words("This PC has not been set up for a centre yet."))
        speak(args.language or centre.profile.language)
        request = ReportRequest(args.start, args.end, args.group, args.learner)
        made = make_report(centre, args.name, request)
        if args.csv:
            write_csv(made, args.csv)
            say(fill(words("Saved the table as CSV: %1"), args.csv.resolve()))
        if args.pdf:
            from skillsapp.ui.report_pdf import write_report_pdf

            write_report_pdf(made, args.pdf, centre.profile.name, centre.now().date().isoformat())
            say(fill(words("Saved the report as PDF: %1"), args.pdf.resolve()))
        if not args.csv and not args.pdf:
            say(made.title)
            say("\t".join(made.columns))
            for row in made.rows:
                say("\t".join(display_value(v) for v in row))
        return 0
    except Refused as refusal:
        return fail(refusal)
    finally:
        centre.db.close()
