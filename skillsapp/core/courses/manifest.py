"""Checking course.yaml, the manifest that names the course, its languages and its lessons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from skillsapp.core.courses.competence_codes import DIGCOMP_VERSIONS, known_competence_codes
from skillsapp.core.courses.located_yaml import Located
from skillsapp.core.courses.model import AUDIENCES, Audience, Competence
from skillsapp.core.courses.validation import (
    LANGUAGE_PATTERN,
    VERSION_PATTERN,
    FileChecker,
    duplicates,
)

MANIFEST_KEYS = (
    "id",
    "version",
    "language",
    "languages",
    "title",
    "summary",
    "translations",
    "estimated_minutes",
    "audience",
    "digcomp",
    "lessons",
)


@dataclass
class Manifest:
    """What could be read from course.yaml; fields stay None when they are wrong."""

    id: str | None = None
    version: tuple[int, int, int] | None = None
    language: str | None = None
    languages: tuple[str, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)
    summaries: dict[str, str] = field(default_factory=dict)
    estimated_minutes: int | None = None
    audience: Audience | None = None
    digcomp_version: str | None = None
    competences: list[Competence] = field(default_factory=list)
    lessons: list[tuple[str, int]] = field(default_factory=list)  # (lesson id, line)


def parse_version(text: str) -> tuple[int, int, int] | None:
    """'1.2.0' -> (1, 2, 0); None when it is not MAJOR.MINOR.PATCH."""
    found = VERSION_PATTERN.match(text)
    if not found:
        return None
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def check_manifest(root: Located | None, checker: FileChecker) -> Manifest:
    """Read and check every key of course.yaml, recording each problem found."""
    manifest = Manifest()
    block = checker.mapping(root, "course.yaml")
    if block is None:
        return manifest
    checker.unknown_keys(block, MANIFEST_KEYS, "course.yaml")

    manifest.id = checker.identifier(checker.required(block, "id", 1), "The course id")
    version = checker.text(checker.required(block, "version", 1), "'version'")
    if version is not None:
        manifest.version = parse_version(version)
        if manifest.version is None:
            checker.problem(
                block["version"].line,
                f"'version' must look like 1.0.0 (three whole numbers), not '{version}'.",
            )
    manifest.language = _language(checker, checker.required(block, "language", 1), "'language'")
    _read_languages(checker, block, manifest)

    title = checker.text(checker.required(block, "title", 1), "'title'")
    summary = checker.text(checker.required(block, "summary", 1), "'summary'")
    if manifest.language and title:
        manifest.titles[manifest.language] = title
    if manifest.language and summary:
        manifest.summaries[manifest.language] = summary
    _read_translations(checker, block, manifest)

    manifest.estimated_minutes = checker.integer(
        checker.required(block, "estimated_minutes", 1), "'estimated_minutes'", 1, 10_000
    )
    audience = checker.text(checker.required(block, "audience", 1), "'audience'")
    if audience is not None:
        if audience in AUDIENCES:
            manifest.audience = cast(Audience, audience)
        else:
            checker.problem(
                block["audience"].line,
                f"'audience' must be one of {', '.join(AUDIENCES)}, not '{audience}'.",
            )
    _read_digcomp(checker, checker.required(block, "digcomp", 1), manifest)
    _read_lesson_list(checker, checker.required(block, "lessons", 1), manifest)
    return manifest


def _language(checker: FileChecker, located: Located | None, what: str) -> str | None:
    code = checker.text(located, what)
    if code is None or located is None:
        return None
    if not LANGUAGE_PATTERN.match(code):
        checker.problem(
            located.line, f"{what} must be a language code like en, pt or es, not '{code}'."
        )
        return None
    return code


def _read_languages(checker: FileChecker, block: dict[str, Located], manifest: Manifest) -> None:
    """`languages` is optional: without it the course is complete in its own language only."""
    located = block.get("languages")
    codes: list[str] = []
    for item in checker.sequence(located, "'languages'") or []:
        code = _language(checker, item, "Each entry of 'languages'")
        if code is not None and code not in codes:
            codes.append(code)
    if manifest.language and manifest.language not in codes:
        if located is not None and located.value is not None:
            checker.problem(
                located.line,
                f"'languages' must include the course's own language '{manifest.language}'.",
            )
        codes.insert(0, manifest.language)
    manifest.languages = tuple(codes)


def _read_translations(checker: FileChecker, block: dict[str, Located], manifest: Manifest) -> None:
    located = block.get("translations")
    translations = (checker.mapping(located, "'translations'") if located else None) or {}
    for language, entry in translations.items():
        if language not in manifest.languages:
            checker.problem(
                entry.line,
                f"There is a translation for '{language}', but '{language}' is not in "
                "'languages'. Add it there once every lesson is translated.",
            )
            continue
        texts = checker.mapping(entry, f"The '{language}' translation", entry.line)
        if texts is None:
            continue
        checker.unknown_keys(texts, ("title", "summary"), f"the '{language}' translation")
        title = checker.text(checker.required(texts, "title", entry.line), "'title'")
        summary = checker.text(checker.required(texts, "summary", entry.line), "'summary'")
        if title:
            manifest.titles[language] = title
        if summary:
            manifest.summaries[language] = summary
    line = located.line if located else 1
    for language in manifest.languages:
        if language != manifest.language and language not in translations:
            checker.problem(
                line,
                f"'languages' claims '{language}', but the course title and summary have no "
                f"'{language}' translation under 'translations'.",
            )


def _read_digcomp(checker: FileChecker, located: Located | None, manifest: Manifest) -> None:
    if located is None:
        return
    block = checker.mapping(located, "'digcomp'", located.line)
    if block is None:
        return
    checker.unknown_keys(block, ("version", "competences"), "'digcomp'")
    version = checker.text(checker.required(block, "version", located.line), "DigComp 'version'")
    if version is not None:
        if version in DIGCOMP_VERSIONS:
            manifest.digcomp_version = version
        else:
            checker.problem(
                block["version"].line,
                f"DigComp 'version' must be \"2.2\" or \"3.0\", not '{version}'.",
            )
    competences = checker.sequence(
        checker.required(block, "competences", located.line), "'competences'"
    )
    if competences == []:
        checker.problem(block["competences"].line, "'competences' must name at least one.")
    for item in competences or []:
        competence = _read_competence(checker, item)
        if competence is not None:
            manifest.competences.append(competence)
    for code in duplicates(competence.code for competence in manifest.competences):
        checker.problem(block["competences"].line, f"Competence {code} is listed twice.")


def _read_competence(checker: FileChecker, located: Located) -> Competence | None:
    entry = checker.mapping(located, "A competence", located.line)
    if entry is None:
        return None
    checker.unknown_keys(entry, ("code", "entry_level", "target_level"), "a competence")
    code = checker.text(checker.required(entry, "code", located.line), "'code'")
    if code is not None and code not in known_competence_codes():
        checker.problem(
            entry["code"].line,
            f"'{code}' is not a DigComp competence code; use one from 1.1 to 5.4, like 2.1.",
        )
        code = None
    entry_level = checker.integer(
        checker.required(entry, "entry_level", located.line), "'entry_level'", 1, 8
    )
    target_level = checker.integer(
        checker.required(entry, "target_level", located.line), "'target_level'", 1, 8
    )
    if entry_level is not None and target_level is not None and target_level <= entry_level:
        checker.problem(
            entry["target_level"].line,
            f"'target_level' ({target_level}) must be higher than 'entry_level' ({entry_level}).",
        )
        return None
    if code is None or entry_level is None or target_level is None:
        return None
    return Competence(code, entry_level, target_level)


def _read_lesson_list(checker: FileChecker, located: Located | None, manifest: Manifest) -> None:
    items = checker.sequence(located, "'lessons'")
    if items is None or located is None:
        return
    if not items:
        checker.problem(located.line, "'lessons' must list at least one lesson.")
    seen: set[str] = set()
    for item in items:
        lesson_id = checker.identifier(item, "The lesson id")
        if lesson_id is None:
            continue
        if lesson_id in seen:
            checker.problem(item.line, f"The lesson '{lesson_id}' is listed twice.")
            continue
        seen.add(lesson_id)
        manifest.lessons.append((lesson_id, item.line))
