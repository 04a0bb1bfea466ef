"""Checking a quiz file (quizzes/<lesson-id>.yaml) and its translations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from skillsapp.core.courses.located_yaml import Located
from skillsapp.core.courses.model import (
    ADVISED_CHOICES,
    QUESTION_TYPES,
    Mastery,
    Question,
    QuestionType,
    Quiz,
)
from skillsapp.core.courses.validation import FileChecker, duplicates

QUIZ_KEYS = ("title", "mastery", "questions")
COMMON_KEYS = ("id", "type", "prompt", "explanation", "feedback", "hint", "part")
# Question types whose wrong first try is answered by the question's `hint` (choice
# questions have feedback on each choice instead).
NEEDS_HINT = ("true-false", "order", "match", "text")
CHOICE_KEYS = ("text", "feedback")
MAX_PART = 50
# The keys each question type needs besides the common ones.
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "single": ("choices", "answer"),
    "multiple": ("choices", "answer"),
    "true-false": ("answer",),
    "order": ("items",),
    "match": ("pairs",),
    "text": ("answer",),
}
MAX_QUESTIONS = 100


def check_quiz(
    root: Located | None,
    checker: FileChecker,
    source: str,
    question_lines: dict[str, int] | None = None,
) -> Quiz | None:
    """Read and check a quiz; None (with problems recorded) when it cannot be used.

    `question_lines`, when given, is filled with the line of each question id.
    """
    block = checker.mapping(root, "The quiz")
    if block is None:
        return None
    count_before = checker.errors
    checker.unknown_keys(block, QUIZ_KEYS, "the quiz")
    title = checker.text(checker.required(block, "title", 1), "The quiz 'title'")
    items = checker.sequence(checker.required(block, "questions", 1), "'questions'") or []
    listed = "questions" in block and isinstance(block["questions"].value, list)
    if listed and not 1 <= len(items) <= MAX_QUESTIONS:
        checker.problem(
            block["questions"].line,
            f"A quiz needs 1 to {MAX_QUESTIONS} questions, not {len(items)}.",
        )
    questions = [_check_question(checker, item) for item in items]
    if question_lines is not None:
        for item, question in zip(items, questions, strict=True):
            if question is not None:
                question_lines.setdefault(question.id, item.line)
    for question_id in duplicates(q.id for q in questions if q is not None):
        line = next(
            i.line for i, q in zip(items, questions, strict=True) if q and q.id == question_id
        )
        checker.problem(line, f"The question id '{question_id}' is used twice in this quiz.")
    mastery = _check_mastery(checker, block.get("mastery"), len(items))
    if checker.errors > count_before or title is None or mastery is None:
        return None
    return Quiz(title, mastery, tuple(q for q in questions if q is not None), source)


def _check_mastery(checker: FileChecker, located: Located | None, questions: int) -> Mastery | None:
    """`mastery` is optional; without it, 80 % right at the first try passes."""
    if located is None:
        return Mastery()
    block = checker.mapping(located, "'mastery'", located.line)
    if block is None:
        return None
    checker.unknown_keys(block, ("rule", "value"), "'mastery'")
    rule = checker.text(checker.required(block, "rule", located.line), "The mastery 'rule'")
    if rule not in ("percent", "streak"):
        if rule is not None:
            checker.problem(
                block["rule"].line, f"The mastery 'rule' must be percent or streak, not '{rule}'."
            )
        return None
    highest = 100 if rule == "percent" else max(questions, 1)
    value = checker.integer(
        checker.required(block, "value", located.line), "The mastery 'value'", 1, highest
    )
    if value is None:
        return None
    return Mastery("percent" if rule == "percent" else "streak", value)


def _check_question(checker: FileChecker, located: Located) -> Question | None:
    block = checker.mapping(located, "A question", located.line)
    if block is None:
        return None
    line = located.line
    question_id = checker.identifier(checker.required(block, "id", line), "The question id")
    kind = checker.text(checker.required(block, "type", line), "The question 'type'")
    prompt = checker.text(checker.required(block, "prompt", line), "The question 'prompt'")
    explanation = checker.text(checker.required(block, "explanation", line), "'explanation'")
    right, wrong = _check_feedback(checker, block.get("feedback"))
    hint = checker.text(block.get("hint"), "The 'hint'") or ""
    part = checker.integer(block.get("part"), "The lesson 'part'", 1, MAX_PART)
    if kind is None:
        return None
    if kind not in QUESTION_TYPES:
        checker.problem(
            block["type"].line,
            f"The question type must be one of {', '.join(QUESTION_TYPES)}, not '{kind}'.",
        )
        return None
    checker.unknown_keys(block, COMMON_KEYS + TYPE_KEYS[kind], f"a {kind} question")
    if kind in NEEDS_HINT and not hint and "hint" not in block:
        checker.warn(
            line,
            "'hint' is missing: a short hint shown after a wrong first try, without giving "
            "the answer away.",
        )
    fields = _check_type_fields(checker, cast(QuestionType, kind), block, line)
    if fields is None or question_id is None or prompt is None or explanation is None:
        return None
    return Question(
        id=question_id,
        type=cast(QuestionType, kind),
        prompt=prompt,
        explanation=explanation,
        hint=hint,
        part=part,
        right_feedback=right,
        wrong_feedback=wrong,
        **fields,
    )


def _check_feedback(checker: FileChecker, located: Located | None) -> tuple[str, str]:
    """The author's own verdicts; "" leaves the interface's words."""
    if located is None:
        return "", ""
    block = checker.mapping(located, "'feedback'", located.line)
    if block is None:
        return "", ""
    checker.unknown_keys(block, ("right", "wrong"), "'feedback'")
    right = checker.text(block.get("right"), "The 'right' feedback")
    wrong = checker.text(block.get("wrong"), "The 'wrong' feedback")
    return right or "", wrong or ""


def _check_choices(
    checker: FileChecker, located: Located | None
) -> tuple[tuple[str, ...], tuple[str, ...], list[int]] | None:
    """The choices' words, their feedback ("" where none) and their lines.

    A choice is written as plain words, or as a block with `text` and `feedback`.
    """
    entries = checker.sequence(located, "'choices'")
    if entries is None or located is None:
        return None
    if not 2 <= len(entries) <= 6:
        checker.problem(located.line, f"'choices' must have 2 to 6 entries, not {len(entries)}.")
        return None
    texts: list[str] = []
    feedback: list[str] = []
    for entry in entries:
        if isinstance(entry.value, dict):
            block = checker.mapping(entry, "A choice", entry.line)
            if block is None:
                return None
            checker.unknown_keys(block, CHOICE_KEYS, "a choice")
            text = checker.text(checker.required(block, "text", entry.line), "A choice's 'text'")
            said = checker.text(block.get("feedback"), "A choice's 'feedback'") or ""
        else:
            text, said = checker.text(entry, "An entry of 'choices'"), ""
        if text is None:
            return None
        texts.append(text)
        feedback.append(said)
    if duplicates(texts):
        checker.problem(located.line, "Two choices are the same; each must differ.")
        return None
    return tuple(texts), tuple(feedback), [entry.line for entry in entries]


def _require_choice_feedback(
    checker: FileChecker, kind: str, texts: tuple[str, ...], feedback: tuple[str, ...],
    lines: list[int], right: frozenset[int],
) -> None:  # fmt: skip
    """Every wrong choice (in multiple choice: every choice) says something of its own."""
    for number, (text, said, line) in enumerate(zip(texts, feedback, lines, strict=True), 1):
        if said:
            continue
        if kind == "multiple":
            checker.warn(
                line,
                f"The choice '{text}' needs 'feedback': in multiple choice every choice has "
                "a short hint, shown when a learner ticks a wrong choice or misses a right "
                "one, without giving the answer away.",
            )
        elif number not in right:
            checker.warn(
                line,
                f"The choice '{text}' is wrong, so it needs 'feedback': a short hint shown "
                "when a learner picks it, without giving the right answer away.",
            )


def _check_type_fields(
    checker: FileChecker, kind: QuestionType, block: dict[str, Located], line: int
) -> dict[str, Any] | None:
    """The type-specific fields of a question, as keyword arguments for `Question`."""
    if kind in ("single", "multiple"):
        read = _check_choices(checker, checker.required(block, "choices", line))
        answer_at = checker.required(block, "answer", line)
        if read is None or answer_at is None:
            return None
        choices, feedback, lines = read
        answer: int | frozenset[int] | None
        if kind == "single":
            answer = _choice_number(checker, answer_at, len(choices))
            right = frozenset() if answer is None else frozenset((answer,))
        else:
            answer = right = _choice_numbers(checker, answer_at, len(choices)) or frozenset()
        if answer is None or not right:
            return None
        _require_choice_feedback(checker, kind, choices, feedback, lines, right)
        return {"choices": choices, "choice_feedback": feedback, "answer": answer}
    if kind == "true-false":
        answer_at = checker.required(block, "answer", line)
        if answer_at is None:
            return None
        if type(answer_at.value) is not bool:
            checker.problem(answer_at.line, "The answer must be true or false.")
            return None
        return {"answer": answer_at.value}
    if kind == "order":
        items = checker.texts(checker.required(block, "items", line), "'items'", 2, 8)
        if items is not None and duplicates(items):
            checker.problem(block["items"].line, "Two items are the same; each must differ.")
            return None
        return None if items is None else {"items": items}
    if kind == "match":
        return _check_pairs(checker, checker.required(block, "pairs", line))
    accepted_at = checker.required(block, "answer", line)
    if accepted_at is not None and not isinstance(accepted_at.value, list):
        # One accepted answer may be written without the list brackets.
        accepted_at = Located([accepted_at], accepted_at.line)
    accepted = checker.texts(accepted_at, "The accepted answers", 1, 20)
    return None if accepted is None else {"accepted": accepted}


def _choice_number(checker: FileChecker, located: Located, choices: int) -> int | None:
    value = located.value
    if type(value) is not int:
        checker.problem(located.line, "The answer must be the number of the right choice, like 2.")
        return None
    if not 1 <= value <= choices:
        checker.problem(
            located.line,
            f"The answer {value} is out of range: there are {choices} choices, numbered 1 to "
            f"{choices}.",
        )
        return None
    return value


def _choice_numbers(checker: FileChecker, located: Located, choices: int) -> frozenset[int] | None:
    if not isinstance(located.value, list) or not located.value:
        checker.problem(
            located.line, "The answer must list the numbers of the right choices, like [1, 3]."
        )
        return None
    numbers = [_choice_number(checker, item, choices) for item in located.value]
    if any(number is None for number in numbers):
        return None
    if len(set(numbers)) != len(numbers):
        checker.problem(located.line, "The answer lists the same choice twice.")
        return None
    return frozenset(number for number in numbers if number is not None)


def _check_pairs(checker: FileChecker, located: Located | None) -> dict[str, Any] | None:
    entries = checker.sequence(located, "'pairs'")
    if entries is None or located is None:
        return None
    if not 2 <= len(entries) <= 6:
        checker.problem(located.line, f"'pairs' must have 2 to 6 pairs, not {len(entries)}.")
        return None
    pairs: list[tuple[str, str]] = []
    for entry in entries:
        both = checker.texts(entry, "A pair", 2, 2)
        if both is None:
            return None
        pairs.append((both[0], both[1]))
    if duplicates(left for left, _ in pairs) or duplicates(right for _, right in pairs):
        checker.problem(located.line, "Two pairs share the same words; each side must differ.")
        return None
    return {"pairs": tuple(pairs)}


def compare_translated_quiz(
    original: Quiz, translated: Quiz, checker: FileChecker, lines: dict[str, int]
) -> None:
    """A translation changes words only: same question ids, types, answers and option counts.

    `lines` gives the line of each question id in the translated file.
    """
    if translated.mastery != original.mastery:
        checker.problem(1, "The mastery rule must be the same as in the original quiz.")
    original_ids = [q.id for q in original.questions]
    translated_ids = [q.id for q in translated.questions]
    if original_ids != translated_ids:
        differing = next(
            (new for old, new in zip(original_ids, translated_ids, strict=False) if old != new),
            translated_ids[-1] if translated_ids else "",
        )
        checker.problem(
            lines.get(differing, 1),
            "The questions must be the same as in the original quiz, in the same order: "
            f"{', '.join(original_ids)}.",
        )
        return
    for before, after in zip(original.questions, translated.questions, strict=True):
        if before.answer_key != after.answer_key:
            checker.problem(
                lines.get(after.id, 1),
                f"The question '{after.id}' differs from the original in its type, answer or "
                "number of choices, items or pairs; only the words may change.",
            )


def check_parts(quiz: Quiz, parts: int, checker: FileChecker, lines: dict[str, int]) -> None:
    """Each question's `part` names a part the lesson has (``parts``: its ``##`` headings)."""
    for question in quiz.questions:
        if question.part is not None and question.part > parts:
            checker.problem(
                lines.get(question.id, 1),
                f"The question '{question.id}' points to part {question.part} of the lesson, "
                f"but the lesson has {parts} part(s) (its '## ' headings).",
            )


def warn_about_guessing(
    quizzes: list[tuple[Quiz, dict[str, int]]], checker_for: dict[str, FileChecker]
) -> None:
    """Warnings for a pack whose choice questions could be passed by guessing: fewer than
    four choices, right answers that favour one position, or the longest choice being the
    right one most of the time. (The player shuffles choices; the words still give it away.)
    """
    singles: list[tuple[Quiz, Question]] = []
    multiples: list[tuple[Quiz, Question]] = []
    for quiz, lines in quizzes:
        checker = checker_for[quiz.source]
        for question in quiz.questions:
            if question.type not in ("single", "multiple"):
                continue
            (singles if question.type == "single" else multiples).append((quiz, question))
            if len(question.choices) < ADVISED_CHOICES:
                checker.warn(
                    lines.get(question.id, 1),
                    f"The question '{question.id}' has only {len(question.choices)} choices; "
                    f"give at least {ADVISED_CHOICES} where the content allows, so that "
                    "guessing rarely passes.",
                )
    _warn_if_favoured(singles, checker_for, _single_positions, "position")
    _warn_if_favoured(multiples, checker_for, _multiple_positions, "position")
    _warn_if_favoured(singles, checker_for, _longest_is_right, "longest")


def _single_positions(question: Question) -> set[int]:
    return {question.answer} if isinstance(question.answer, int) else set()


def _multiple_positions(question: Question) -> set[int]:
    return set(question.answer) if isinstance(question.answer, frozenset) else set()


def _longest_is_right(question: Question) -> set[int]:
    lengths = [len(choice) for choice in question.choices]
    longest = max(lengths)
    only = lengths.count(longest) == 1
    return {1} if only and lengths.index(longest) + 1 in _single_positions(question) else set()


FEW_FOR_A_PATTERN = 4


def _warn_if_favoured(
    questions: list[tuple[Quiz, Question]],
    checker_for: dict[str, FileChecker],
    marks: Callable[[Question], set[int]],
    what: str,
) -> None:
    """Warn once, at the first quiz, when more than half of the questions share a mark."""
    if len(questions) < FEW_FOR_A_PATTERN:
        return
    counts: dict[int, int] = {}
    for _, question in questions:
        for mark in marks(question):
            counts[mark] = counts.get(mark, 0) + 1
    if not counts:
        return
    mark, count = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    if 2 * count <= len(questions):
        return
    kind = questions[0][1].type
    first = questions[0][0]
    if what == "longest":
        message = (
            f"In {count} of {len(questions)} single choice questions of this course the right "
            "choice is the longest one; learners soon guess that. Make wrong choices as full "
            "as the right one."
        )
    else:
        message = (
            f"In {count} of {len(questions)} {kind} choice questions of this course choice "
            f"{mark} is right; spread the right answers over the positions."
        )
    checker_for[first.source].warn(1, message)
