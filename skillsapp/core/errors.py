"""Errors and messages that carry plain-language words for the person at the screen.

Core and sync know no Qt, so they cannot translate. A message is therefore kept as its
English template with named values (``"Please keep the note under {limit} characters."``,
``limit=500``): ``str()`` fills it in English for logs and the command line, and the
interface looks the template up in the chosen language before filling it
(``skillsapp/ui/messages.py``). ``packaging/collect_messages.py`` finds every template so
that translators see it.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from typing import Any


class Term(str):
    """A word put into a message that is translated too, e.g. the name of a form field."""


@dataclass(frozen=True)
class Message:
    """An English template with named values; translated by the interface, filled by ``str``."""

    template: str
    values: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.template, self.values)

    def stored(self) -> str:
        """The message as text for the database, readable back with :meth:`from_stored`."""
        values = {
            name: {"term": str(value)} if isinstance(value, Term) else value
            for name, value in self.values.items()
        }
        return json.dumps({"template": self.template, "values": values}, ensure_ascii=False)

    @classmethod
    def from_stored(cls, text: str) -> Message:
        """Read a stored message back (plain text from older versions stays as it is)."""
        try:
            data = json.loads(text)
            template, values = data["template"], data.get("values", {})
            if not isinstance(template, str) or not isinstance(values, dict):
                raise TypeError
        except (ValueError, TypeError, KeyError):
            return cls(text)
        return cls(
            template,
            {
                name: Term(value["term"]) if isinstance(value, dict) else value
                for name, value in values.items()
            },
        )


def fill(template: str, values: dict[str, Any]) -> str:
    """Put the values into the template's ``{name}`` places; a template with no values is
    returned as it is, so a literal brace in it does no harm."""
    if not values:
        return template
    return string.Formatter().vformat(template, (), values)


class Explained(Exception):
    """An error whose ``message`` is a :class:`Message` (``str()`` gives it in English)."""

    def __init__(self, template: str, /, **values: Any) -> None:
        self.message = Message(template, values)
        super().__init__(str(self.message))


class Refused(Explained, ValueError):
    """The input was refused; the message says why in words a resident or trainer understands.

    Raised before anything is written, so a refusal never changes stored data.
    """
