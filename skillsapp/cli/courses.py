"""``skillsapp courses check PATH...`` and ``skillsapp courses import FILE.zip``.

The problems a check lists are for course authors and stay in English (``file:line:
message``, like a compiler's); the sentences around them speak the PC's language.
"""

from __future__ import annotations

from pathlib import Path

from skillsapp.cli.terminal import fail, number, say, warn, words
from skillsapp.ui.text import fill

ASSESSMENT_FILES = ("items.", "checklists.", "descriptions.")


def check(paths: list[Path]) -> int:
    """Check course packs, item banks and checklists; exit 1 when there are problems."""
    from skillsapp.core.courses import check_paths

    course_paths = [p for p in paths if not is_assessment_data(p)]
    problems = check_paths(course_paths) if course_paths else []
    if any(is_assessment_data(p) for p in paths):
        from skillsapp.core.assessment.data_files import check_assessment_data

        for path in filter(is_assessment_data, paths):
            problems += check_assessment_data(path)
    for problem in problems:
        say(str(problem))
    errors = sum(1 for problem in problems if not problem.warning)
    warnings = len(problems) - errors
    if errors:
        warn(
            fill(words("%1 problem(s) and %2 warning(s) found."), number(errors), number(warnings))
        )
        return 1
    if warnings:
        say(fill(words("No problems; %1 warning(s) worth a look."), number(warnings)))
        return 0
    say(words("Everything checked is fine."))
    return 0


def is_assessment_data(path: Path) -> bool:
    """Item banks and checklists are checked by the same command as course packs."""
    if path.is_file():
        return path.name.startswith(ASSESSMENT_FILES)
    return path.is_dir() and any(p.name.startswith(ASSESSMENT_FILES) for p in path.glob("*.yaml"))


def install(file: Path, data_folder: Path) -> int:
    """Validate and install a course pack from a .zip into the data folder."""
    from skillsapp.core.courses import CoursePackError, install_pack
    from skillsapp.core.opening import INSTALLED_COURSES
    from skillsapp.resources import bundled_courses
    from skillsapp.storage.location import ensure_data_folder

    installed = ensure_data_folder(data_folder) / INSTALLED_COURSES
    installed.mkdir(exist_ok=True)
    protected = {p.name for p in bundled_courses().iterdir() if (p / "course.yaml").exists()}
    try:
        pack = install_pack(file, installed, protected)
    except CoursePackError as error:
        return fail(error.explained or error.message)
    say(fill(words("Installed “%1” version %2."), pack.title, pack.version_text))
    return 0
