"""The command line: the same services as the app, without a window (DESIGN.md §5).

Qt is imported only by the commands that open a window, so scripts stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from skillsapp import __version__

NO_DISPLAY = (
    "SkillsApp needs a screen, and none was found on this computer. "
    "To run it without one, set QT_QPA_PLATFORM=offscreen, "
    "for example: QT_QPA_PLATFORM=offscreen skillsapp --exit-after-startup"
)


def build_parser() -> argparse.ArgumentParser:
    """All commands and options."""
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    courses = commands.add_parser("courses", help="check or import course packs")
    course_commands = courses.add_subparsers(dest="courses_command", required=True)
    check = course_commands.add_parser("check", help="validate course packs (folders or .zip)")
    check.add_argument("paths", nargs="+", type=Path)
    install = course_commands.add_parser("import", help="install a course pack from a .zip")
    install.add_argument("file", type=Path)

    commands.add_parser(
        "restore-backup",
        help="put a damaged database aside and restore the newest automatic backup",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; return the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "courses":
        return courses_command(args)
    if args.command == "restore-backup":
        return restore_backup()
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
        problems = check_paths(args.paths)
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} problem(s) found.", file=sys.stderr)
            return 1
        print("All course packs are fine.")
        return 0
    return import_course(args.file)


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
