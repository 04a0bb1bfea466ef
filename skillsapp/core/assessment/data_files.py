"""Reading and checking the item bank and checklist files, with ``file:line`` problems.

``check_assessment_data`` is what ``skillsapp courses check`` runs on these files (and on the
DigComp descriptions, see ``description_files``); the loaders refuse data with any problem at
all, like course packs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import cast

from skillsapp.core.assessment.bank import (
    ANSWERS_PER_SCALE,
    ORIGINAL_LANGUAGE,
    SCALES,
    Checklist,
    Item,
    ItemBank,
    Scale,
)
from skillsapp.core.assessment.description_files import check_descriptions
from skillsapp.core.assessment.knowledge import KnowledgeBank
from skillsapp.core.assessment.knowledge_files import check_ladder, read_knowledge
from skillsapp.core.courses.competence_codes import COMPETENCE_CODES
from skillsapp.core.courses.located_yaml import Located, YamlTrouble, read_yaml
from skillsapp.core.courses.problems import CoursePackError, Problem
from skillsapp.core.courses.validation import MAX_FILE_BYTES, FileChecker, duplicates
from skillsapp.core.framework.model import HIGHEST_LEVEL, LOWEST_LEVEL, VERSIONS

DATA_FILE = re.compile(
    r"(?P<kind>items|knowledge|checklists|descriptions)\.(?P<language>[a-z]{2,3})\.yaml\Z"
)
SELF_ASSESSMENT_TOP = 6  # self-assessment covers levels 1-6, as DigCompSat does
ITEMS_PER_COMPETENCE = 3
MAX_STEPS = 20


class AssessmentDataError(CoursePackError):
    """Item bank or checklist files that cannot be used; ``problems`` says why."""


def check_assessment_data(path: Path) -> list[Problem]:
    """Every problem of the item bank, checklist and DigComp description files at ``path``
    (a folder or one file).

    A single file is checked together with the other files of its folder, because a
    translation can only be checked against the original.
    """
    path = Path(path)
    if path.is_file():
        return [p for p in _check_folder(path.parent) if Path(p.file).name == path.name]
    if not path.is_dir():
        return [Problem(str(path), 1, "There is no such file or folder.")]
    return _check_folder(path)


def load_item_bank(folder: Path) -> ItemBank:
    """The item bank in ``folder``; raises AssessmentDataError on any problem."""
    problems: list[Problem] = []
    bank = _read_items(folder, problems)
    if problems or bank is None:
        raise AssessmentDataError(problems)
    return bank


def load_knowledge(folder: Path) -> KnowledgeBank:
    """The knowledge questions in ``folder`` (none without ``knowledge.en.yaml``); raises
    AssessmentDataError on any problem."""
    problems: list[Problem] = []
    questions = read_knowledge(folder, _files(folder, "knowledge"), _read, problems)
    if problems:
        raise AssessmentDataError(problems)
    return questions


def load_checklists(folder: Path) -> tuple[Checklist, ...]:
    """The checklists in ``folder``; raises AssessmentDataError on any problem."""
    problems: list[Problem] = []
    checklists = _read_checklists(folder, problems)
    if problems:
        raise AssessmentDataError(problems)
    return checklists


def _check_folder(folder: Path) -> list[Problem]:
    problems: list[Problem] = []
    names = {p.name for p in folder.iterdir()}
    if not any(DATA_FILE.match(name) for name in names):
        return [
            Problem(
                str(folder),
                1,
                "This folder has no items.*.yaml, knowledge.*.yaml, checklists.*.yaml or "
                "descriptions.*.yaml.",
            )
        ]
    if any(name.startswith("items.") for name in names):
        # The ladder is checked here, by `courses check`, not when the app loads the bank:
        # a bank with an uneven ladder still scores (a missing level is skipped), so a
        # centre is never locked out, while authors are told exactly what to fix.
        _read_items(folder, problems, ladder=True)
    if any(name.startswith("knowledge.") for name in names):
        read_knowledge(folder, _files(folder, "knowledge"), _read, problems)
    if any(name.startswith("checklists.") for name in names):
        _read_checklists(folder, problems)
    _check_descriptions(folder, problems)
    return [Problem(str(folder / p.file), p.line, p.message) for p in sorted(problems)]


def _files(folder: Path, kind: str) -> dict[str, str]:
    """language -> file name, for every ``<kind>.<lang>.yaml`` in the folder."""
    found = {}
    for path in sorted(folder.iterdir()):
        match = DATA_FILE.match(path.name)
        if match and match["kind"] == kind:
            found[match["language"]] = path.name
    return found


def _read(folder: Path, name: str, problems: list[Problem]) -> dict[str, Located] | None:
    path = folder / name
    if path.stat().st_size > MAX_FILE_BYTES:
        problems.append(Problem(name, 1, "This file is too big (more than 1 MB)."))
        return None
    try:
        located = read_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        problems.append(Problem(name, 1, "This file is not UTF-8 text."))
        return None
    except YamlTrouble as trouble:
        problems.append(Problem(name, trouble.line, trouble.message))
        return None
    return FileChecker(name, problems).mapping(located, "The file")


def _language(check: FileChecker, block: dict[str, Located], expected: str) -> None:
    language = check.text(check.required(block, "language", 1), "'language'")
    if language is not None and language != expected:
        check.problem(
            block["language"].line,
            f"The file name says '{expected}' but 'language' says '{language}'.",
        )


def _competence(check: FileChecker, located: Located | None) -> str | None:
    code = check.text(located, "'competence'")
    if code is None or located is None:
        return None
    if code not in COMPETENCE_CODES:
        check.problem(
            located.line,
            f"'{code}' is not a DigComp competence code; use one of {', '.join(COMPETENCE_CODES)}.",
        )
        return None
    return code


def _check_descriptions(folder: Path, problems: list[Problem]) -> None:
    """Each ``descriptions.<lang>.yaml`` on its own: all areas and competences, nothing else."""
    for language, name in _files(folder, "descriptions").items():
        block = _read(folder, name, problems)
        if block is None:
            continue
        check = FileChecker(name, problems)
        _language(check, block, language)
        check_descriptions(check, block, (folder / name).read_text(encoding="utf-8"))


def _read_items(folder: Path, problems: list[Problem], ladder: bool = False) -> ItemBank | None:
    files = _files(folder, "items")
    original = files.get(ORIGINAL_LANGUAGE)
    if original is None:
        problems.append(Problem(f"items.{ORIGINAL_LANGUAGE}.yaml", 1, "The item bank is missing."))
        return None
    block = _read(folder, original, problems)
    if block is None:
        return None
    check = FileChecker(original, problems)
    check.unknown_keys(block, ("language", "framework", "scales", "items"), "the item bank")
    _language(check, block, ORIGINAL_LANGUAGE)
    version = check.text(check.required(block, "framework", 1), "'framework'")
    if version is not None and version not in VERSIONS:
        check.problem(block["framework"].line, f"'framework' must be one of {', '.join(VERSIONS)}.")
    answer_words = {ORIGINAL_LANGUAGE: _scales(check, block)}
    items: list[tuple[Item, int]] = []
    listed = check.sequence(check.required(block, "items", 1), "'items'") or []
    for entry in listed:
        item = _item(check, entry)
        if item is not None:
            items.append((item, entry.line))
    for twice in sorted(duplicates(item.id for item, _ in items)):
        line = next(line for item, line in items if item.id == twice)
        check.problem(line, f"The statement id '{twice}' is used twice.")
    for code in COMPETENCE_CODES if listed else ():
        count = sum(1 for item, _ in items if item.competence == code)
        if count < ITEMS_PER_COMPETENCE:
            check.problem(
                block["items"].line,
                f"Competence {code} has {count} statements; it needs at least "
                f"{ITEMS_PER_COMPETENCE}.",
            )
    if ladder and listed:
        check_ladder(check, items, block["items"].line)
    texts = {item.id: {ORIGINAL_LANGUAGE: item.texts[ORIGINAL_LANGUAGE]} for item, _ in items}
    for language, name in files.items():
        if language != ORIGINAL_LANGUAGE:
            words = _translated_items(folder, name, language, texts, problems)
            if words is not None:
                answer_words[language] = words
    if version is None:
        return None
    finished = tuple(
        Item(item.id, item.competence, item.level, item.scale, texts[item.id]) for item, _ in items
    )
    return ItemBank(version, finished, answer_words)


def _scales(check: FileChecker, block: dict[str, Located]) -> dict[str, tuple[str, ...]]:
    scales = check.mapping(check.required(block, "scales", 1), "'scales'") or {}
    check.unknown_keys(scales, SCALES, "'scales'")
    found: dict[str, tuple[str, ...]] = {}
    for scale in SCALES:
        line = block["scales"].line if "scales" in block else 1
        words = check.texts(
            check.required(scales, scale, line),
            f"The answers of the '{scale}' scale",
            ANSWERS_PER_SCALE,
            ANSWERS_PER_SCALE,
        )
        if words is not None:
            found[scale] = words
    return found


def _item(check: FileChecker, entry: Located) -> Item | None:
    block = check.mapping(entry, "A statement", entry.line)
    if block is None:
        return None
    before = len(check.problems)
    check.unknown_keys(block, ("id", "competence", "level", "scale", "text"), "a statement")
    item_id = check.identifier(check.required(block, "id", entry.line), "The statement id")
    code = _competence(check, check.required(block, "competence", entry.line))
    located_level = check.required(block, "level", entry.line)
    level = check.integer(located_level, "'level'", LOWEST_LEVEL, HIGHEST_LEVEL)
    if level is not None and located_level is not None and level > SELF_ASSESSMENT_TOP:
        check.problem(
            located_level.line,
            f"Self-assessment statements go from level 1 to {SELF_ASSESSMENT_TOP}; "
            f"level {level} is for trainer assessment only.",
        )
    scale = check.text(check.required(block, "scale", entry.line), "'scale'")
    if scale is not None and scale not in SCALES:
        check.problem(block["scale"].line, f"'scale' must be one of {', '.join(SCALES)}.")
    text = check.text(check.required(block, "text", entry.line), "The statement 'text'")
    if len(check.problems) > before or None in (item_id, code, level, scale, text):
        return None
    assert item_id and code and level and text  # all checked just above
    return Item(item_id, code, level, cast(Scale, scale), {ORIGINAL_LANGUAGE: text})


def _translated_items(
    folder: Path,
    name: str,
    language: str,
    texts: dict[str, dict[str, str]],
    problems: list[Problem],
) -> dict[str, tuple[str, ...]] | None:
    block = _read(folder, name, problems)
    if block is None:
        return None
    check = FileChecker(name, problems)
    check.unknown_keys(block, ("language", "scales", "items"), "a translation of the item bank")
    _language(check, block, language)
    words = _scales(check, block)
    located = check.required(block, "items", 1)
    translated = check.mapping(located, "'items'") or {}
    for item_id in texts:
        if item_id not in translated:
            line = located.line if located else 1
            check.problem(line, f"The statement '{item_id}' has no translation in {name}.")
        else:
            text = check.text(translated[item_id], f"The translation of '{item_id}'")
            if text is not None:
                texts[item_id][language] = text
    for item_id, entry in translated.items():
        if item_id not in texts:
            check.problem(
                entry.line, f"'{item_id}' is not a statement of items.{ORIGINAL_LANGUAGE}.yaml."
            )
    return words if len(words) == len(SCALES) else None


def _read_checklists(folder: Path, problems: list[Problem]) -> tuple[Checklist, ...]:
    files = _files(folder, "checklists")
    original = files.get(ORIGINAL_LANGUAGE)
    if original is None:
        problems.append(
            Problem(f"checklists.{ORIGINAL_LANGUAGE}.yaml", 1, "The checklists are missing.")
        )
        return ()
    block = _read(folder, original, problems)
    if block is None:
        return ()
    check = FileChecker(original, problems)
    check.unknown_keys(block, ("language", "checklists"), "the checklists file")
    _language(check, block, ORIGINAL_LANGUAGE)
    found: dict[str, Checklist] = {}
    for entry in check.sequence(check.required(block, "checklists", 1), "'checklists'") or []:
        checklist = _checklist(check, entry)
        if checklist is None:
            continue
        if checklist.id in found:
            check.problem(entry.line, f"The checklist id '{checklist.id}' is used twice.")
        found[checklist.id] = checklist
    for language, name in files.items():
        if language != ORIGINAL_LANGUAGE:
            _translated_checklists(folder, name, language, found, problems)
    return tuple(found.values())


def _checklist(check: FileChecker, entry: Located) -> Checklist | None:
    block = check.mapping(entry, "A checklist", entry.line)
    if block is None:
        return None
    before = len(check.problems)
    check.unknown_keys(block, ("id", "competence", "level", "task", "steps"), "a checklist")
    checklist_id = check.identifier(check.required(block, "id", entry.line), "The checklist id")
    code = _competence(check, check.required(block, "competence", entry.line))
    level = check.integer(
        check.required(block, "level", entry.line), "'level'", LOWEST_LEVEL, HIGHEST_LEVEL
    )
    task = check.text(check.required(block, "task", entry.line), "'task'")
    steps = check.texts(check.required(block, "steps", entry.line), "'steps'", 1, MAX_STEPS)
    if len(check.problems) > before or None in (checklist_id, code, level, task, steps):
        return None
    return Checklist(
        checklist_id,  # type: ignore[arg-type]
        code,  # type: ignore[arg-type]
        level,  # type: ignore[arg-type]
        {ORIGINAL_LANGUAGE: task},  # type: ignore[dict-item]
        {ORIGINAL_LANGUAGE: steps},  # type: ignore[dict-item]
    )


def _translated_checklists(
    folder: Path, name: str, language: str, found: dict[str, Checklist], problems: list[Problem]
) -> None:
    block = _read(folder, name, problems)
    if block is None:
        return
    check = FileChecker(name, problems)
    check.unknown_keys(block, ("language", "checklists"), "a translation of the checklists")
    _language(check, block, language)
    located = check.required(block, "checklists", 1)
    translated = check.mapping(located, "'checklists'") or {}
    for checklist_id, checklist in found.items():
        entry = translated.get(checklist_id)
        if entry is None:
            line = located.line if located else 1
            check.problem(line, f"The checklist '{checklist_id}' has no translation in {name}.")
            continue
        part = check.mapping(entry, f"The translation of '{checklist_id}'", entry.line) or {}
        task = check.text(check.required(part, "task", entry.line), "'task'")
        wanted = len(checklist.steps_in())
        steps = check.texts(check.required(part, "steps", entry.line), "'steps'", wanted, wanted)
        if task is not None and steps is not None:
            # The mappings were made as dicts by _checklist; translations are added in place.
            cast(dict, checklist.tasks)[language] = task
            cast(dict, checklist.steps)[language] = steps
    for checklist_id, entry in translated.items():
        if checklist_id not in found:
            check.problem(entry.line, f"'{checklist_id}' is not a checklist of the original file.")
