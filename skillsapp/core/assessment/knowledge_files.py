"""Reading and checking ``knowledge.<lang>.yaml`` and the item bank's ladder, with file:line.

``knowledge.en.yaml`` lists the questions (id, competence, level, type, prompt, choices,
answer, explanation); ``knowledge.<lang>.yaml`` translates prompt, choices (same order) and
explanation by id. The ladder rule (``check_ladder``): every competence has at least
``PER_LEVEL`` skills or knowledge statements at every level from 1 to ``LADDER_TOP``, so every
competence climbs the same ladder; attitude statements are not counted (they never gate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from skillsapp.core.assessment.bank import ORIGINAL_LANGUAGE, Item
from skillsapp.core.assessment.knowledge import (
    QUESTION_TYPES,
    KnowledgeBank,
    KnowledgeQuestion,
    QuestionType,
)
from skillsapp.core.assessment.scoring import GATING_SCALES
from skillsapp.core.courses.competence_codes import COMPETENCE_CODES
from skillsapp.core.courses.located_yaml import Located
from skillsapp.core.courses.problems import Problem
from skillsapp.core.courses.validation import FileChecker, duplicates

# data_files' YAML reader: (folder, file name, problems) -> the file's top block or None.
Reader = Callable[[Path, str, list[Problem]], "dict[str, Located] | None"]

LADDER_TOP = 6  # self-assessment covers levels 1-6, as DigCompSat does
PER_LEVEL = 2  # no single answer decides a level
FEWEST_CHOICES, MOST_CHOICES = 2, 6


def check_ladder(check: FileChecker, items: Sequence[tuple[Item, int]], items_line: int) -> None:
    """A problem for each competence whose ladder misses a level or has one statement only.

    The problem stands on the line of the competence's first statement (or of ``items:``
    for a competence without any) and names the levels the others have, so an author sees
    how this ladder differs.
    """
    wanted = list(range(1, LADDER_TOP + 1))
    for code in COMPETENCE_CODES:
        mine = [(item, line) for item, line in items if item.competence == code]
        line = mine[0][1] if mine else items_line
        counts = {level: 0 for level in wanted}
        for item, _ in mine:
            if item.scale in GATING_SCALES and item.level in counts:
                counts[item.level] += 1
        short = [level for level in wanted if counts[level] < PER_LEVEL]
        if not short:
            continue
        has = [level for level in wanted if counts[level]]
        check.problem(
            line,
            f"Competence {code} has fewer than {PER_LEVEL} skills or knowledge statements at "
            f"level {', '.join(map(str, short))}; its ladder ({_levels(has)}) differs from "
            f"the ladder every competence climbs: {PER_LEVEL} or more at each level 1 to "
            f"{LADDER_TOP}.",
        )


def _levels(levels: list[int]) -> str:
    return "levels " + ", ".join(map(str, levels)) if levels else "no levels"


def read_knowledge(
    folder: Path,
    files: dict[str, str],
    read: Reader,
    problems: list[Problem],
) -> KnowledgeBank:
    """The questions of ``knowledge.en.yaml`` with their translations (an empty bank when
    there is no such file); problems are added to ``problems``.

    ``read(folder, name, problems)`` is the shared YAML reader of ``data_files``.
    """
    original = files.get(ORIGINAL_LANGUAGE)
    if original is None:
        for name in files.values():
            problems.append(
                Problem(name, 1, f"There is no knowledge.{ORIGINAL_LANGUAGE}.yaml to translate.")
            )
        return KnowledgeBank()
    block = read(folder, original, problems)
    if block is None:
        return KnowledgeBank()
    check = FileChecker(original, problems)
    check.unknown_keys(block, ("language", "questions"), "the knowledge questions")
    _language(check, block, ORIGINAL_LANGUAGE)
    found: list[tuple[KnowledgeQuestion, int]] = []
    listed = check.sequence(check.required(block, "questions", 1), "'questions'") or []
    for entry in listed:
        question = _question(check, entry)
        if question is not None:
            found.append((question, entry.line))
    for twice in sorted(duplicates(q.id for q, _ in found)):
        line = next(line for q, line in found if q.id == twice)
        check.problem(line, f"The question id '{twice}' is used twice.")
    if listed:
        for code in COMPETENCE_CODES:
            if not any(q.competence == code for q, _ in found):
                check.problem(block["questions"].line, f"Competence {code} has no question.")
    questions = {q.id: q for q, _ in found}
    # Ids of questions refused above are still questions: their translations are not extra.
    named = {
        str(entry.value["id"].value)
        for entry in listed
        if isinstance(entry.value, dict) and "id" in entry.value
    }
    for language, name in files.items():
        if language != ORIGINAL_LANGUAGE:
            _translation(folder, name, language, questions, named, read, problems)
    return KnowledgeBank(tuple(questions.values()))


def _language(check: FileChecker, block: dict[str, Located], expected: str) -> None:
    language = check.text(check.required(block, "language", 1), "'language'")
    if language is not None and language != expected:
        check.problem(
            block["language"].line,
            f"The file name says '{expected}' but 'language' says '{language}'.",
        )


def _question(check: FileChecker, entry: Located) -> KnowledgeQuestion | None:
    block = check.mapping(entry, "A question", entry.line)
    if block is None:
        return None
    before = check.errors
    keys = ("id", "competence", "level", "type", "prompt", "choices", "answer", "explanation")
    check.unknown_keys(block, keys, "a question")
    question_id = check.identifier(check.required(block, "id", entry.line), "The question id")
    code = check.text(check.required(block, "competence", entry.line), "'competence'")
    if code is not None and code not in COMPETENCE_CODES:
        check.problem(block["competence"].line, f"'{code}' is not a DigComp competence code.")
    level = check.integer(check.required(block, "level", entry.line), "'level'", 1, LADDER_TOP)
    kind = check.text(check.required(block, "type", entry.line), "'type'")
    if kind is not None and kind not in QUESTION_TYPES:
        check.problem(block["type"].line, f"'type' must be one of {', '.join(QUESTION_TYPES)}.")
        kind = None
    prompt = check.text(check.required(block, "prompt", entry.line), "The 'prompt'")
    explanation = check.text(check.required(block, "explanation", entry.line), "The 'explanation'")
    choices: tuple[str, ...] = ()
    if kind == "single":
        choices = (
            check.texts(
                check.required(block, "choices", entry.line),
                "'choices'",
                FEWEST_CHOICES,
                MOST_CHOICES,
            )
            or ()
        )
    elif kind == "true-false" and "choices" in block:
        check.problem(block["choices"].line, "A true-false question has no 'choices'.")
    answer = _answer(check, block, entry.line, question_id, kind, len(choices))
    if check.errors > before or None in (question_id, code, level, kind, prompt, explanation):
        return None
    if answer is None:
        return None
    return KnowledgeQuestion(
        cast(str, question_id),
        cast(str, code),
        cast(int, level),
        cast(QuestionType, kind),
        answer,
        {ORIGINAL_LANGUAGE: cast(str, prompt)},
        {ORIGINAL_LANGUAGE: choices} if choices else {},
        {ORIGINAL_LANGUAGE: cast(str, explanation)},
    )


def _answer(
    check: FileChecker,
    block: dict[str, Located],
    line: int,
    question_id: str | None,
    kind: str | None,
    choices: int,
) -> bool | int | None:
    located = block.get("answer")
    if located is None or located.value is None:
        check.problem(
            located.line if located else line,
            f"The question '{question_id or '?'}' has no right answer: add 'answer'.",
        )
        return None
    if kind == "true-false":
        if type(located.value) is not bool:
            check.problem(
                located.line,
                f"The answer of a true-false question is true or false, not '{located.text}'.",
            )
            return None
        return bool(located.value)
    if kind == "single" and choices:
        return check.integer(located, "The 'answer' (the number of the right choice)", 1, choices)
    return None


def _translation(
    folder: Path,
    name: str,
    language: str,
    questions: dict[str, KnowledgeQuestion],
    named: set[str],
    read: Reader,
    problems: list[Problem],
) -> None:
    block = read(folder, name, problems)
    if block is None:
        return
    check = FileChecker(name, problems)
    check.unknown_keys(block, ("language", "questions"), "a translation of the questions")
    _language(check, block, language)
    located = check.required(block, "questions", 1)
    translated = check.mapping(located, "'questions'") or {}
    for question_id, question in questions.items():
        entry = translated.get(question_id)
        if entry is None:
            line = located.line if located else 1
            check.problem(line, f"The question '{question_id}' has no translation in {name}.")
            continue
        part = check.mapping(entry, f"The translation of '{question_id}'", entry.line) or {}
        check.unknown_keys(part, ("prompt", "choices", "explanation"), "a translated question")
        prompt = check.text(check.required(part, "prompt", entry.line), "The 'prompt'")
        explanation = check.text(
            check.required(part, "explanation", entry.line), "The 'explanation'"
        )
        wanted = len(question.choices_in(ORIGINAL_LANGUAGE))
        choices: tuple[str, ...] | None = ()
        if wanted:
            choices = check.texts(
                check.required(part, "choices", entry.line), "'choices'", wanted, wanted
            )
        elif "choices" in part:
            check.problem(part["choices"].line, "A true-false question has no 'choices'.")
        if prompt is not None and explanation is not None and choices is not None:
            # The mappings were made as dicts by _question; translations are added in place.
            cast(dict, question.prompts)[language] = prompt
            cast(dict, question.explanations)[language] = explanation
            if choices:
                cast(dict, question.choices)[language] = choices
    for question_id, entry in translated.items():
        if question_id not in named:
            check.problem(
                entry.line,
                f"'{question_id}' is not a question of knowledge.{ORIGINAL_LANGUAGE}.yaml.",
            )
