"""Loading a course pack folder into the model, collecting every problem on the way.

`check_pack` and `check_paths` are what `skillsapp courses check` runs; `load_pack` is what the
app uses, and it refuses a pack with any problem at all.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from skillsapp.core.courses.country_profiles import (
    COUNTRIES_FOLDER,
    check_profile_file,
    check_profiles,
)
from skillsapp.core.courses.lesson_files import (
    LessonFile,
    check_lesson_file,
    country_parts,
    real_path,
    resolved_root,
)
from skillsapp.core.courses.located_yaml import Located, YamlTrouble, read_yaml
from skillsapp.core.courses.manifest import Manifest, check_manifest
from skillsapp.core.courses.model import CoursePack, Lesson, LessonText, Quiz
from skillsapp.core.courses.problems import CoursePackError, Problem, errors_only
from skillsapp.core.courses.quiz_files import (
    check_parts,
    check_quiz,
    compare_translated_quiz,
    warn_about_guessing,
)
from skillsapp.core.courses.validation import (
    ID_PATTERN,
    LANGUAGE_PATTERN,
    MAX_FILE_BYTES,
    MAX_PACK_BYTES,
    FileChecker,
    describe_size,
)

MANIFEST = "course.yaml"
NO_MANIFEST = "This folder is not a course pack: it has no course.yaml."
# lessons/<id>.md, lessons/<id>.<lang>.md, quizzes/<id>.yaml, quizzes/<id>.<lang>.yaml
PACK_FILE_NAME = re.compile(r"(?P<id>[^.]+)(?:\.(?P<language>[^.]+))?\.(?P<suffix>[^.]+)\Z")


def check_pack(path: Path | str) -> list[Problem]:
    """Every problem and warning of the pack folder at `path`, files named relative to it."""
    return _inspect(Path(path))[1]


def load_pack(path: Path | str) -> CoursePack:
    """The pack folder at `path` as a `CoursePack`; raises `CoursePackError` on any problem
    (warnings do not stop it)."""
    pack, problems = _inspect(Path(path))
    if pack is None:
        raise CoursePackError(errors_only(problems))
    return pack


def check_paths(paths: list[Path]) -> list[Problem]:
    """Check pack folders, .zip packs and folders of packs (like `courses/`).

    Files in the problems are named as the path given plus the file inside it, e.g.
    `courses/email-basics/lessons/welcome.md`, so an editor can open them.
    """
    # Imported here because archive.py uses this module to validate what it extracts.
    from skillsapp.core.courses.archive import check_zip

    problems: list[Problem] = []
    for path in paths:
        shown = str(path)
        if path.parent.name == COUNTRIES_FOLDER and path.suffix == ".yaml" and path.is_file():
            problems.extend(_shown_under(str(path.parent), check_profile_file(path)))
        elif path.name == COUNTRIES_FOLDER and path.is_dir() and not (path / MANIFEST).exists():
            # The country profiles beside the bundled packs: data of the packs, not a pack.
            problems.extend(_shown_under(shown, check_profiles(path)))
        elif path.name == MANIFEST and path.is_file():
            # `courses check mypack/course.yaml` means the pack around it.
            problems.extend(_shown_under(str(path.parent), check_pack(path.parent)))
        elif path.is_file():
            problems.extend(check_zip(path))
        elif not path.is_dir():
            problems.append(Problem(shown, 1, "There is no such file or folder."))
        elif (path / MANIFEST).exists():
            problems.extend(_shown_under(shown, check_pack(path)))
        else:
            packs = sorted(
                child
                for child in path.iterdir()
                if not child.name.startswith(".")
                and (child.is_dir() or child.suffix.lower() == ".zip")
            )
            if not packs:
                problems.append(Problem(str(path / MANIFEST), 1, NO_MANIFEST))
            problems.extend(check_paths(packs))
    return problems


def _shown_under(prefix: str, problems: list[Problem]) -> list[Problem]:
    return [
        Problem(f"{prefix}/{p.file}", p.line, p.message, p.explained, p.warning) for p in problems
    ]


def _inspect(root: Path) -> tuple[CoursePack | None, list[Problem]]:
    problems: list[Problem] = []
    if not (root / MANIFEST).is_file():
        return None, [Problem(MANIFEST, 1, NO_MANIFEST)]
    _check_total_size(root, problems)
    located = _read_yaml_file(root, MANIFEST, problems)
    if located is None:
        return None, problems  # without a readable manifest, nothing else can be judged
    manifest = check_manifest(located, FileChecker(MANIFEST, problems))
    originals: list[tuple[Quiz, dict[str, int]]] = []
    lessons = [
        _load_lesson(root, manifest, lesson_id, line, problems, originals)
        for lesson_id, line in manifest.lessons
    ]
    if manifest.lessons:  # with a broken list, every lesson file would look unlisted
        _check_unlisted_files(root, {lesson_id for lesson_id, _ in manifest.lessons}, problems)
    warn_about_guessing(
        originals, {quiz.source: FileChecker(quiz.source, problems) for quiz, _ in originals}
    )
    problems.sort()
    if errors_only(problems):
        return None, problems
    return _build_pack(root, manifest, [lesson for lesson in lessons if lesson]), problems


def _build_pack(root: Path, manifest: Manifest, lessons: list[Lesson]) -> CoursePack:
    # Without problems, the manifest checks have filled in every field.
    assert manifest.id and manifest.version and manifest.language
    assert manifest.estimated_minutes and manifest.audience and manifest.digcomp_version
    return CoursePack(
        id=manifest.id,
        version=manifest.version,
        language=manifest.language,
        languages=manifest.languages,
        titles=dict(manifest.titles),
        summaries=dict(manifest.summaries),
        estimated_minutes=manifest.estimated_minutes,
        audience=manifest.audience,
        digcomp_version=manifest.digcomp_version,
        competences=tuple(manifest.competences),
        lessons=tuple(lessons),
        path=root,
    )


def _check_total_size(root: Path, problems: list[Problem]) -> None:
    total = 0
    for folder, _, files in os.walk(root):
        for name in files:
            try:
                total += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                continue
    if total > MAX_PACK_BYTES:
        problems.append(
            Problem(
                MANIFEST,
                1,
                f"The pack is too big ({describe_size(total)}); a pack may be at most "
                f"{describe_size(MAX_PACK_BYTES)}. Make the images smaller.",
            )
        )


def _read_text(root: Path, relative: str, problems: list[Problem]) -> str | None:
    """A pack file as text, or None with a problem (outside the pack, too big, not UTF-8)."""
    path = root / relative
    try:
        if not real_path(path).is_relative_to(resolved_root(root)):
            problems.append(Problem(relative, 1, "This file points outside the pack."))
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(
                Problem(
                    relative,
                    1,
                    f"This file is too big ({describe_size(size)}); a lesson, quiz or "
                    "course.yaml may be at most 1 MB. Split it into shorter lessons.",
                )
            )
            return None
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(relative, 1, f"This file cannot be read: {error.strerror}."))
        return None
    try:
        # utf-8-sig: Windows Notepad starts UTF-8 files with a byte-order mark.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.append(
            Problem(
                relative,
                line,
                "This file is not saved as UTF-8 text; save it again choosing the UTF-8 encoding.",
            )
        )
        return None


def _read_yaml_file(root: Path, relative: str, problems: list[Problem]) -> Located | None:
    text = _read_text(root, relative, problems)
    if text is None:
        return None
    try:
        located = read_yaml(text)
    except YamlTrouble as trouble:
        problems.append(Problem(relative, trouble.line, trouble.message))
        return None
    if located is None:
        problems.append(Problem(relative, 1, "This file is empty."))
    return located


def _load_lesson(
    root: Path,
    manifest: Manifest,
    lesson_id: str,
    line: int,
    problems: list[Problem],
    originals: list[tuple[Quiz, dict[str, int]]],
) -> Lesson | None:
    """Check one listed lesson in every language, with its quiz; None if anything is wrong.

    The quiz in the pack's own language is added to ``originals`` with its question lines.
    """
    before = len(errors_only(problems))
    original = f"lessons/{lesson_id}.md"
    if not (root / original).is_file():
        problems.append(
            Problem(
                MANIFEST,
                line,
                f"The lesson '{lesson_id}' is listed, but there is no file {original}.",
            )
        )
        return None
    language = manifest.language or ""
    texts: dict[str, LessonText] = {}
    read: dict[str, tuple[str, LessonFile]] = {}
    minutes = None
    for code in manifest.languages or (language,):
        relative = original if code == language else f"lessons/{lesson_id}.{code}.md"
        if code != language and not (root / relative).is_file():
            problems.append(
                Problem(
                    MANIFEST,
                    line,
                    f"'languages' claims '{code}', but the lesson '{lesson_id}' has no "
                    f"translation {relative}.",
                )
            )
            continue
        lesson = _read_lesson(root, relative, code != language, code, problems)
        if lesson is not None:
            texts[code] = LessonText(lesson.title, lesson.markdown, relative)
            read[code] = (relative, lesson)
            if code == language:
                minutes = lesson.minutes
    _compare_country_parts(language, read, problems)
    quizzes = _load_quizzes(root, manifest, lesson_id, line, problems, texts, originals)
    if len(errors_only(problems)) > before or minutes is None or language not in texts:
        return None
    return Lesson(lesson_id, minutes, language, texts, quizzes)


def _read_lesson(
    root: Path, relative: str, translation: bool, language: str, problems: list[Problem]
) -> LessonFile | None:
    text = _read_text(root, relative, problems)
    if text is None:
        return None
    checker = FileChecker(relative, problems)
    return check_lesson_file(text, checker, root, translation=translation, language=language)


# For "the English original has 2 country-specific parts"; other languages go by their code.
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "cs": "Czech", "es": "Spanish", "pl": "Polish",
    "lv": "Latvian", "pt": "Portuguese", "it": "Italian", "hu": "Hungarian", "ro": "Romanian",
}  # fmt: skip


def _compare_country_parts(
    language: str, lessons: dict[str, tuple[str, LessonFile]], problems: list[Problem]
) -> None:
    """Each translation has as many `!!! country` parts as the original marks."""
    if language not in lessons:
        return
    original = lessons[language][1]
    wanted = len(country_parts(original.markdown, original.body_line))
    for code, (relative, lesson) in lessons.items():
        if code == language:
            continue
        lines = country_parts(lesson.markdown, lesson.body_line)
        if len(lines) == wanted:
            continue
        name = LANGUAGE_NAMES.get(language, f"'{language}'")
        parts = "country-specific part" if wanted == 1 else "country-specific parts"
        problems.append(
            Problem(
                relative,
                lines[-1] if lines else lesson.body_line,
                f"The {name} original has {wanted} {parts} (!!! country); this translation has "
                f"{len(lines)}. Write each one for this language's country.",
            )
        )


def _load_quizzes(
    root: Path,
    manifest: Manifest,
    lesson_id: str,
    line: int,
    problems: list[Problem],
    texts: dict[str, LessonText],
    originals: list[tuple[Quiz, dict[str, int]]],
) -> dict[str, Quiz]:
    """The lesson's quiz in every language of the pack; {} when the lesson has no quiz."""
    original = f"quizzes/{lesson_id}.yaml"
    if not (root / original).is_file():
        return {}
    language = manifest.language or ""
    checker = FileChecker(original, problems)
    lines: dict[str, int] = {}
    quiz = check_quiz(_read_yaml_file(root, original, problems), checker, original, lines)
    quizzes: dict[str, Quiz] = {language: quiz} if quiz else {}
    if quiz is not None:
        originals.append((quiz, lines))
        if language in texts:
            check_parts(quiz, count_parts(texts[language].markdown), checker, lines)
    for code in manifest.languages:
        if code == language:
            continue
        relative = f"quizzes/{lesson_id}.{code}.yaml"
        if not (root / relative).is_file():
            problems.append(
                Problem(
                    MANIFEST,
                    line,
                    f"'languages' claims '{code}', but the quiz of '{lesson_id}' has no "
                    f"translation {relative}.",
                )
            )
            continue
        checker = FileChecker(relative, problems)
        found: dict[str, int] = {}
        translated = check_quiz(_read_yaml_file(root, relative, problems), checker, relative, found)
        if translated is not None and quiz is not None:
            compare_translated_quiz(quiz, translated, checker, found)
            if code in texts:
                check_parts(translated, count_parts(texts[code].markdown), checker, found)
            quizzes[code] = translated
    return quizzes


def count_parts(markdown: str) -> int:
    """How many parts a lesson has: its ``## `` headings outside code blocks."""
    parts, fenced = 0, False
    for text in markdown.splitlines():
        if text.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and text.startswith("## "):
            parts += 1
    return parts


def _check_unlisted_files(root: Path, listed: set[str], problems: list[Problem]) -> None:
    """Files in lessons/ and quizzes/ that no lesson of course.yaml uses."""
    for folder, suffix in (("lessons", "md"), ("quizzes", "yaml")):
        if not (root / folder).is_dir():
            continue
        for path in sorted((root / folder).iterdir()):
            if path.name.startswith("."):
                continue  # .DS_Store and friends
            relative = f"{folder}/{path.name}"
            found = PACK_FILE_NAME.match(path.name)
            if path.is_dir() or not found or found["suffix"] != suffix:
                problems.append(
                    Problem(
                        relative,
                        1,
                        f"Only files named like <lesson-id>.{suffix} belong in {folder}/.",
                    )
                )
                continue
            lesson_id, language = found["id"], found["language"]
            if not ID_PATTERN.match(lesson_id) or (
                language and not LANGUAGE_PATTERN.match(language)
            ):
                problems.append(
                    Problem(
                        relative,
                        1,
                        f"This file name is not a lesson id: name it like <lesson-id>.{suffix} "
                        f"or <lesson-id>.<language>.{suffix}, in lowercase.",
                    )
                )
            elif lesson_id not in listed:
                problems.append(
                    Problem(
                        relative,
                        1,
                        f"The lesson '{lesson_id}' is not listed under 'lessons' in course.yaml, "
                        "so nobody would see this file. Add the id there or remove the file.",
                    )
                )
            elif (
                language and suffix == "yaml" and not (root / f"quizzes/{lesson_id}.yaml").is_file()
            ):
                problems.append(
                    Problem(
                        relative,
                        1,
                        f"This is a translation of a quiz that does not exist: add "
                        f"quizzes/{lesson_id}.yaml first.",
                    )
                )
