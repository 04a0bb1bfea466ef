"""The command line: the same services as the app, without a window.

One module per group of commands (``courses``, ``reports``, ``sync``, ``backup``,
``window``); this one reads the arguments and hands over. Commands speak the PC's language
(``terminal.speak``); opening the window imports nothing of that, so the app starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from skillsapp import __version__

# Options that only open the app; anything else (a command, --help) needs the full parser.
APP_OPTIONS = frozenset({"--demo", "--exit-after-startup", "--self-check", "--version"})


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """All options, and the commands unless only the app's own options are asked for.

    Building the command parsers (and the translations their help needs) takes longer than
    painting a screen does on an old PC, so opening the app skips them.
    """
    words = _words if with_commands else str
    parser = argparse.ArgumentParser(
        prog="skillsapp", description=words("Digital-skills training for community centres.")
    )
    parser.add_argument("--version", action="version", version=f"SkillsApp {__version__}")
    parser.add_argument("--demo", action="store_true", help=words("open the demo centre"))
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help=words("start, paint the first screen and exit (with --demo: create the demo first)"),
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=words("check, offscreen and in a temporary folder, that the app works"),
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    courses = commands.add_parser("courses", help=words("check or import course packs"))
    course_commands = courses.add_subparsers(dest="courses_command", required=True)
    check = course_commands.add_parser(
        "check", help=words("check course packs (folders or .zip), item banks and checklists")
    )
    check.add_argument("paths", nargs="+", type=Path)
    install = course_commands.add_parser("import", help=words("install a course pack from a .zip"))
    install.add_argument("file", type=Path)

    from skillsapp.cli import reports

    reports.add_arguments(
        commands.add_parser("report", help=words("show a report, or save it as CSV or PDF"))
    )

    joining = words(
        "On a PC that has no centre yet, the centre key is asked for (or read from "
        "SKILLSAPP_CENTRE_KEY)."
    )
    commands.add_parser(
        "sync",
        help=words("send and receive results with the centre's LRS once"),
        description=joining,
    )
    bundle = commands.add_parser("bundle", help=words("export or import a sync bundle (USB)"))
    bundle_commands = bundle.add_subparsers(dest="bundle_command", required=True)
    export = bundle_commands.add_parser("export", help=words("write the centre's results to FILE"))
    export.add_argument("file", type=Path)
    export.add_argument("--since", help=words("only results stored since this day (YYYY-MM-DD)"))
    merge = bundle_commands.add_parser(
        "import", help=words("merge a bundle FILE"), description=joining
    )
    merge.add_argument("file", type=Path)

    commands.add_parser(
        "restore-backup",
        help=words("put a damaged database aside and restore the newest automatic backup"),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; return the process exit code."""
    given = list(sys.argv[1:] if argv is None else argv)
    if all(a in APP_OPTIONS for a in given):
        args = build_parser(with_commands=False).parse_args(given)
        from skillsapp.cli import window

        if args.self_check:
            return window.self_check()
        return window.open_window(args.demo, args.exit_after_startup)
    from skillsapp.cli.terminal import close_quietly, speak

    # A report's PDF needs fonts, so that command starts Qt's offscreen screen.
    speak(gui=given[:1] == ["report"])
    try:
        return _run(build_parser().parse_args(given))
    except BrokenPipeError:
        close_quietly()  # the reader has what it wanted (``... | head``)
        return 0


def _run(args: argparse.Namespace) -> int:
    from skillsapp.storage.location import data_folder

    if args.command == "courses":
        from skillsapp.cli import courses

        if args.courses_command == "check":
            return courses.check(args.paths)
        return courses.install(args.file, data_folder())
    if args.command == "sync":
        from skillsapp.cli import sync

        return sync.sync_once(data_folder())
    if args.command == "bundle":
        from skillsapp.cli import sync

        if args.bundle_command == "export":
            return sync.bundle_export(data_folder(), args.file, args.since)
        return sync.bundle_import(data_folder(), args.file)
    if args.command == "report":
        from skillsapp.cli import reports

        return reports.report(args, data_folder())
    if args.command == "restore-backup":
        from skillsapp.cli import backup

        return backup.restore_backup(data_folder())
    from skillsapp.cli import window

    if args.self_check:
        return window.self_check()
    return window.open_window(args.demo, args.exit_after_startup)


def _words(text: str) -> str:
    from skillsapp.cli.terminal import words

    return words(text)
