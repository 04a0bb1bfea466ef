"""A quiz answer as it is kept in a statement, and read back as the words the learner chose.

The response follows xAPI's interaction forms and names every choice, item and pair by its
own number in the quiz file (1-based), never by its position on screen or its words: the
choices are shown in a new order at every attempt, and the words differ between the
languages of a course. So an answer can be read back in any of the course's languages.

==============  ==========================  =========================================
type            the learner's answer        response
==============  ==========================  =========================================
single          choice 3                    ``3``
multiple        choices 1 and 3             ``1[,]3``
true-false      false                       ``false``
order           items 2, 1, 3 in that order ``2[,]1[,]3``
match           left 1 with right 2, ...    ``1[.]2[,]2[.]1``
text            what was typed              the text itself (at most 500 characters)
==============  ==========================  =========================================

Statements written before version 2 of the quiz format kept order and match answers as the
items' words (``Open the program[,]Click "Send"``, ``Inbox[.]Where new messages arrive``);
they are read back too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from skillsapp.core.courses.model import Question

LIST = "[,]"
PAIR = "[.]"
MAX_TEXT = 500


def response_text(question: Question, given: object) -> str:
    """The learner's answer (as ``check_answer`` takes it) as the statement's response."""
    match question.type:
        case "true-false" if isinstance(given, bool):
            return "true" if given else "false"
        case "single" if type(given) is int:
            return str(given)
        case "multiple" if isinstance(given, Iterable) and not isinstance(given, str | bytes):
            return LIST.join(str(n) for n in sorted(given))
        case "order" if isinstance(given, Sequence) and not isinstance(given, str | bytes):
            return LIST.join(_number_or_words(question.items, item) for item in given)
        case "match" if isinstance(given, Mapping):
            lefts = [left for left, _ in question.pairs]
            rights = [right for _, right in question.pairs]
            return LIST.join(
                f"{_number_or_words(lefts, left)}{PAIR}{_number_or_words(rights, right)}"
                for left, right in given.items()
            )
    return str(given)[:MAX_TEXT]


def _number_or_words(options: Sequence[str], words: object) -> str:
    # Words that are not among the options (never from the quiz screen) are kept as they are.
    return str(options.index(words) + 1) if words in options else str(words)


def given_from_response(question: Question, response: str) -> object | None:
    """The answer a response stands for, in the form ``check_answer`` takes, with the words
    of ``question``'s language; None when the response does not fit the question."""
    match question.type:
        case "single":
            return _choice(question.choices, response)
        case "multiple":
            numbers = [_choice(question.choices, part) for part in response.split(LIST)]
            return None if None in numbers else set(numbers)
        case "true-false":
            return {"true": True, "false": False}.get(response)
        case "order":
            items = [_words(question.items, part) for part in response.split(LIST)]
            return None if None in items else items
        case "match":
            lefts = [left for left, _ in question.pairs]
            rights = [right for _, right in question.pairs]
            pairs: dict[str, str] = {}
            for part in response.split(LIST):
                left, separator, right = part.partition(PAIR)
                left_words, right_words = _words(lefts, left), _words(rights, right)
                if not separator or left_words is None or right_words is None:
                    return None
                pairs[left_words] = right_words
            return pairs
    return response


def _choice(choices: Sequence[str], text: str) -> int | None:
    return int(text) if text.isdigit() and 1 <= int(text) <= len(choices) else None


def _words(options: Sequence[str], text: str) -> str | None:
    """The option a part of a response names: by its number, or by its words (older form)."""
    number = _choice(options, text)
    if number is not None:
        return options[number - 1]
    return text if text in options else None


def describe_response(
    question: Question, response: str, true_false: tuple[str, str] = ("True", "False")
) -> str:
    """The answer as the words the learner chose, in ``question``'s language (give the
    question in the language the learner took the quiz in: the statement's context says).

    ``true_false`` are the words of the interface for true and false (the quiz screen's own
    "True" and "False" in the reader's language). A response that does not fit the question
    (a course changed since) is returned as it was stored.
    """
    given = given_from_response(question, response)
    if given is None:
        return response
    match question.type:
        case "single":
            assert isinstance(given, int)
            return question.choices[given - 1]
        case "multiple":
            assert isinstance(given, set)
            return "; ".join(question.choices[n - 1] for n in sorted(given))
        case "true-false":
            return true_false[0] if given else true_false[1]
        case "order":
            assert isinstance(given, list)
            return " → ".join(given)
        case "match":
            assert isinstance(given, dict)
            return "; ".join(
                f"{left} = {given[left]}" for left, _ in question.pairs if left in given
            )
    return response
