"""How far a long piece of sync work has got, for the progress bar a trainer watches.

A first bundle import or a first pull can take a while on an old PC; the work reports its
stage and counts through a plain callback, so it stays free of any user interface.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Stage(Enum):
    """What the work is doing now."""

    READING = "reading"  # a bundle's statements: done of total
    SAVING = "saving"  # a bundle's statements written, then each projection: steps of total
    WRITING = "writing"  # an export: statements written to the file, done of total
    SENDING = "sending"  # a push: statements the LRS has confirmed (or refused), done of total
    RECEIVING = "receiving"  # a pull: statements received so far (the total is not known)


@dataclass(frozen=True)
class Progress:
    """One report: ``done`` of ``total`` at ``stage``; a total of 0 means not known."""

    stage: Stage
    done: int
    total: int = 0


Report = Callable[[Progress], None]


def unreported(_: Progress) -> None:
    """The report of work that nobody watches."""
