"""``skillsapp report NAME ...``: a report on the terminal, as CSV or as PDF; a certificate.

Reports speak the centre's language unless ``--language`` chooses another; a certificate
speaks the learner's. The terminal gets the table people read, with tabs between the
columns. ``--csv`` saves the CSV for other programs (codes, the same bytes on any PC),
``--screen-csv`` the table as the screen shows it, ``--pdf`` the printable report; each
says where it wrote.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from skillsapp.cli.terminal import fail, open_here, say, speak, words
from skillsapp.core.errors import Refused
from skillsapp.storage.database import DatabaseProblem
from skillsapp.ui.text import fill

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

CERTIFICATE = "certificate"


def add_arguments(report: argparse.ArgumentParser) -> None:
    """The report command's arguments, from the one list of reports (and the certificate)."""
    from skillsapp.core.languages import LANGUAGE_CODES
    from skillsapp.core.reports import REPORTS

    report.add_argument("name", choices=[*REPORTS, CERTIFICATE])
    report.add_argument("--from", dest="start", help=words("first day, e.g. 2026-01-01"))
    report.add_argument("--to", dest="end", help=words("last day, e.g. 2026-06-30"))
    report.add_argument("--group", help=words("the group's name"))
    report.add_argument("--learner", help=words("the learner's first name or id"))
    report.add_argument("--course", help=words("the course's id, for a certificate"))
    report.add_argument(
        "--csv", type=Path, help=words("save the table for other programs (codes) as CSV here")
    )
    report.add_argument(
        "--screen-csv",
        type=Path,
        help=words("save the table as the screen shows it (in the report's language) as CSV"),
    )
    report.add_argument("--pdf", type=Path, help=words("save the report as PDF here"))
    report.add_argument(
        "--language",
        choices=LANGUAGE_CODES,
        help=words(
            "the report's language (default: the centre's; for a certificate, the learner's)"
        ),
    )


def report(args: argparse.Namespace, data_folder: Path) -> int:
    """Make the report; print it, or save it as CSV and/or PDF and say where."""
    if not (data_folder / "skillsapp.db").exists():
        return fail(fill(words("There are no records in %1 yet."), data_folder))
    try:
        centre = open_here(data_folder)
    except DatabaseProblem as problem:
        return fail(problem)
    try:
        if not centre.is_set_up:
            return fail(words("This PC has not been set up for a centre yet."))
        if args.name == CERTIFICATE:
            return _certificate(centre, args)
        return _table(centre, args)
    except Refused as refusal:
        return fail(refusal)
    finally:
        centre.db.close()


def _table(centre: Centre, args: argparse.Namespace) -> int:
    from skillsapp.core.reports import ReportRequest, make_report, write_csv, write_text

    language = args.language or centre.profile.language
    speak(language, gui=args.pdf is not None)
    from skillsapp.ui.paper_words import PaperWords
    from skillsapp.ui.report_table import report_table

    made = make_report(
        centre, args.name, ReportRequest(args.start, args.end, args.group, args.learner)
    )
    shown = report_table(made, PaperWords(language), centre.catalogue)
    if args.csv:
        write_csv(made, args.csv)
        say(fill(words("Saved the table for other programs as CSV: %1"), args.csv.resolve()))
    if args.screen_csv:
        write_text(shown.csv_text(), args.screen_csv)
        say(fill(words("Saved the table as CSV: %1"), args.screen_csv.resolve()))
    if args.pdf:
        from skillsapp.ui.paper import save_pdf
        from skillsapp.ui.report_pdf import ReportPaper

        save_pdf(ReportPaper(shown, centre.profile.name, centre.now().date()), args.pdf)
        say(fill(words("Saved the report as PDF: %1"), args.pdf.resolve()))
    if not (args.csv or args.screen_csv or args.pdf):
        say(shown.title)
        say("\t".join(shown.headings))
        for row in shown.rows:
            say("\t".join(row))
        for note in shown.notes:
            say(note)
    return 0


def _certificate(centre: Centre, args: argparse.Namespace) -> int:
    # The command speaks the centre's language (or --language); the certificate is in the
    # learner's unless --language says otherwise.
    speak(args.language or centre.profile.language, gui=args.pdf is not None)
    learner = _learner(centre, args.learner)
    language = args.language or learner.language
    if not args.course:
        raise Refused("Please give the course's id, for example --course email-basics.")
    certificates = [
        c
        for c in centre.certificates.of_learner(learner.id, language)
        if c.course_id == args.course
    ]
    if not certificates:
        pack = centre.catalogue.get(args.course)
        raise Refused(
            "{name} has no certificate for the course “{course}” yet: it comes when the course "
            "is finished.",
            name=learner.first_name,
            course=pack.title_in(args.language or centre.profile.language) if pack else args.course,
        )
    from skillsapp.ui.certificate_paper import CertificatePaper

    paper = CertificatePaper(certificates[0])  # the newest
    if args.pdf:
        from skillsapp.ui.paper import save_pdf

        save_pdf(paper, args.pdf)
        say(fill(words("Saved the certificate as PDF: %1"), args.pdf.resolve()))
    else:
        say(paper.title)
        say(certificates[0].code)
    return 0


def _learner(centre: Centre, name: str | None):
    learners = centre.learners.list(include_archived=True)
    found = [x for x in learners if name in (x.id, x.first_name)]
    if not found:
        if not learners:
            raise Refused("There are no learners yet.")
        raise Refused("There is no learner called “{name}”.", name=name or "")
    return found[0]
