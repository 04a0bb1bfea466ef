"""Messages from core, storage and sync, shown in the interface language.

Those layers know no Qt: they hand over an English template with named values
(:class:`skillsapp.core.errors.Message`). Here the template is looked up in the translations
(context "Messages", listed for the translators in ``message_catalogue.py``) and filled, with
numbers written the way the chosen language writes them.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from skillsapp.core.errors import Explained, Message, Term, fill

log = logging.getLogger(__name__)

CONTEXT = "Messages"


def explain(what: Message | BaseException | str) -> str:
    """The message (or the error's message) in the interface language."""
    if isinstance(what, Explained):
        what = what.message
    elif isinstance(what, BaseException):
        return str(what)
    elif isinstance(what, str):
        what = Message(what)
    template = QCoreApplication.translate(CONTEXT, what.template)
    values = {name: _shown(value) for name, value in what.values.items()}
    try:
        return fill(template, values)
    except (KeyError, IndexError, ValueError):
        # A damaged translation must not hide the message: fall back to English.
        log.warning("The translation of %r cannot be filled", what.template)
        return fill(what.template, values)


def _shown(value: Any) -> Any:
    if isinstance(value, Term):
        return QCoreApplication.translate(CONTEXT, str(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return value
