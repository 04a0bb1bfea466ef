"""The command line: the same services as the app, without a window (DESIGN.md §5).

Qt is imported only by the commands that open a window, so scripts stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from skillsapp import __version__

NO_DISPLAY = (
    "SkillsApp needs a screen, and none was found on this computer. "
    "To run it without one, set QT_QPA_PLATFORM=offscreen, "
    "for example: QT_QPA_PLATFORM=offscreen skillsapp --exit-after-startup"
)


# Options that only open the app; anything else (a command, --help) needs the full parser.
APP_OPTIONS = frozenset({"--demo", "--exit-after-startup", "--self-check", "--version"})


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """All options, and the commands unless only the app's own options are asked for.

    Building the command parsers takes longer than painting a screen does on an old PC, so
    opening the app skips them.
    """
    parser = argparse.ArgumentParser(
        prog="skillsapp", description="Digital-skills training for community centres."
    )
    parser.add_argument("--version", action="version", version=f"SkillsApp {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the demo centre")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="start, paint the first screen and exit (with --demo: create the demo first)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check, offscreen and in a temporary folder, that the app works",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    courses = commands.add_parser("courses", help="check or import course packs")
    course_commands = courses.add_subparsers(dest="courses_command", required=True)
    check = course_commands.add_parser("check", help="validate course packs (folders or .zip)")
    check.add_argument("paths", nargs="+", type=Path)
    install = course_commands.add_parser("import", help="install a course pack from a .zip")
    install.add_argument("file", type=Path)

    report = commands.add_parser("report", help="print or save a report (CSV holds the table)")
    report.add_argument("name", choices=["indicators", "group-progress", "learner"])
    report.add_argument("--from", dest="start", help="first day, e.g. 2026-01-01 (indicators)")
    report.add_argument("--to", dest="end", help="last day, e.g. 2026-06-30 (indicators)")
    report.add_argument("--group", help="group name (group-progress)")
    report.add_argument("--learner", help="learner's first name or id (learner)")
    report.add_argument("--csv", type=Path, help="save the table as CSV here")
    report.add_argument("--pdf", type=Path, help="save the report as PDF here")

    commands.add_parser("sync", help="send and receive results with the centre's LRS once")
    bundle = commands.add_parser("bundle", help="export or import a sync bundle (USB)")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", required=True)
    export = bundle_commands.add_parser("export", help="write the centre's results to FILE")
    export.add_argument("file", type=Path)
    export.add_argument("--since", help="only results stored since this date (YYYY-MM-DD)")
    bundle_commands.add_parser("import", help="merge a bundle FILE").add_argument("file", type=Path)

    commands.add_parser(
        "restore-backup",
        help="put a damaged database aside and restore the newest automatic backup",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; return the process exit code."""
    given = list(sys.argv[1:] if argv is None else argv)
    app_only = all(a in APP_OPTIONS for a in given)
    args = build_parser(with_commands=not app_only).parse_args(given)
    if args.command == "courses":
        return courses_command(args)
    if args.command in ("sync", "bundle"):
        from skillsapp.storage.location import data_folder
        from skillsapp.sync import commands as sync_commands

        if args.command == "sync":
            return sync_commands.sync_once(data_folder())
        if args.bundle_command == "export":
            return sync_commands.bundle_export(data_folder(), args.file, args.since)
        return sync_commands.bundle_import(data_folder(), args.file)
    if args.command == "restore-backup":
        return restore_backup()
    if args.command == "report":
        return report_command(args)
    if args.self_check:
        return self_check()
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from skillsapp.app import run_app

    return run_app(demo=args.demo, exit_after_startup=args.exit_after_startup)


def display_available() -> bool:
    """False on a Linux machine with no screen and no offscreen platform chosen."""
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def restore_backup() -> int:
    """Restore the newest healthy backup in place of the database."""
    from skillsapp.storage.location import (
        BACKUP_FOLDER,
        DATABASE_NAME,
        data_folder,
    )
    from skillsapp.storage.recovery import restore_newest_backup

    folder = data_folder()
    db_path = folder / DATABASE_NAME
    if not db_path.exists():
        print(f"There is no database in {folder}; nothing to restore.", file=sys.stderr)
        return 1
    recovery = restore_newest_backup(db_path, folder / BACKUP_FOLDER)
    print(f"The previous database was kept as {recovery.kept_aside}.")
    if recovery.restored_from is None:
        print("No usable backup was found; SkillsApp will start with empty records.")
        return 1
    print(f"Restored the backup {recovery.restored_from.name}.")
    return 0


def self_check() -> int:
    """Open the database and build the main window offscreen, in a temporary folder."""
    import tempfile

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="skillsapp-check-") as home:
        os.environ["SKILLSAPP_HOME"] = home
        from skillsapp.app import self_check_in

        try:
            steps = self_check_in(Path(home))
        except Exception as exc:  # report any failure as the reason, not a traceback
            print(f"Self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print("Self-check passed: " + "; ".join(steps) + ".")
    return 0


def courses_command(args: argparse.Namespace) -> int:
    """``courses check PATH...`` and ``courses import FILE.zip``."""
    from skillsapp.core.courses import check_paths

    if args.courses_command == "check":
        course_paths = [p for p in args.paths if not _is_assessment_data(p)]
        problems = check_paths(course_paths) if course_paths else []
        if any(_is_assessment_data(p) for p in args.paths):
            from skillsapp.core.assessment.data_files import check_assessment_data

            for path in filter(_is_assessment_data, args.paths):
                problems += check_assessment_data(path)
        for problem in problems:
            print(problem)
        errors = sum(1 for problem in problems if not problem.warning)
        warnings = len(problems) - errors
        if errors:
            print(f"{errors} problem(s) and {warnings} warning(s) found.", file=sys.stderr)
            return 1
        if warnings:
            print(f"No problems; {warnings} warning(s) worth a look.")
            return 0
        print("Everything checked is fine.")
        return 0
    return import_course(args.file)


def _is_assessment_data(path: Path) -> bool:
    """Item banks and checklists are checked by the same command as course packs."""
    names = ("items.", "checklists.", "descriptions.")
    if path.is_file():
        return path.name.startswith(names)
    return path.is_dir() and any(p.name.startswith(names) for p in path.glob("*.yaml"))


def import_course(file: Path) -> int:
    """Validate and install a course pack from a .zip into the data folder."""
    from skillsapp.core.courses import CoursePackError, install_pack
    from skillsapp.resources import bundled_courses
    from skillsapp.storage.location import data_folder, ensure_data_folder

    installed = ensure_data_folder(data_folder()) / "courses"
    installed.mkdir(exist_ok=True)
    protected = {p.name for p in bundled_courses().iterdir() if (p / "course.yaml").exists()}
    try:
        pack = install_pack(file, installed, protected)
    except CoursePackError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Installed “{pack.title}” version {pack.version}.")
    return 0


def report_command(args: argparse.Namespace) -> int:
    """``report NAME ...``: print the table, or save it as CSV and/or PDF."""
    from skillsapp.core.errors import Refused
    from skillsapp.core.reports import display_value, write_csv

    centre = _open_centre()
    if centre is None:
        return 1
    try:
        report = _build_report(centre, args)
        if args.csv:
            write_csv(report, args.csv)
        if args.pdf:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            from skillsapp.ui.report_pdf import write_report_pdf

            _app = QGuiApplication.instance() or QGuiApplication([])
            write_report_pdf(report, args.pdf, centre.profile.name, centre.now().date().isoformat())
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        return 1
    if not args.csv and not args.pdf:
        print(report.title)
        print("\t".join(report.columns))
        for row in report.rows:
            print("\t".join(display_value(v) for v in row))
    return 0


def _build_report(centre, args: argparse.Namespace):
    from skillsapp.core.errors import Refused
    from skillsapp.core.reports import group_progress, learner_record, programme_indicators

    if args.name == "indicators":
        if not args.start or not args.end:
            raise Refused("Please give the period with --from DAY --to DAY.")
        return programme_indicators(centre, args.start, args.end)
    if args.name == "group-progress":
        group = next((g for g in centre.groups.list() if g.name == args.group), None)
        if group is None:
            names = ", ".join(g.name for g in centre.groups.list()) or "none yet"
            raise Refused(f"There is no group called “{args.group}”. Groups: {names}.")
        return group_progress(centre, group, centre.now())
    wanted = args.learner or ""
    learner = next(
        (x for x in centre.learners.list(include_archived=True) if wanted in (x.id, x.first_name)),
        None,
    )
    if learner is None:
        raise Refused(f"There is no learner called “{wanted}”.")
    return learner_record(centre, learner)


def _open_centre():
    """The centre of the data folder, for commands without a window (None with a message)."""
    from skillsapp.app import catalogue_for
    from skillsapp.core.centre import Centre
    from skillsapp.storage.database import Database, DatabaseProblem
    from skillsapp.storage.location import BACKUP_FOLDER, DATABASE_NAME, data_folder

    folder = data_folder()
    if not (folder / DATABASE_NAME).exists():
        print(f"There are no records in {folder} yet.", file=sys.stderr)
        return None
    try:
        db = Database.open(folder / DATABASE_NAME, folder / BACKUP_FOLDER)
    except DatabaseProblem as problem:
        print(problem, file=sys.stderr)
        return None
    centre = Centre(db, catalogue=catalogue_for(folder))
    if not centre.is_set_up:
        print("This PC has not been set up for a centre yet.", file=sys.stderr)
        return None
    return centre
