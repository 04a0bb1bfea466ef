"""Errors that carry a plain-language message for the person at the screen."""


class Refused(ValueError):
    """The input was refused; ``str()`` says why in words a resident or trainer understands.

    Raised before anything is written, so a refusal never changes stored data.
    """
