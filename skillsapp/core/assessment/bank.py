"""The self-assessment item bank and the trainers' checklists, as loaded from the data files.

The words live in YAML files (``data/items.<lang>.yaml``, ``data/checklists.<lang>.yaml``) so
they can be translated like courses; this module holds what they become once checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from skillsapp.core.assessment.knowledge import KnowledgeBank

from skillsapp.core.framework.model import area_of

Scale = Literal["knowledge", "skills", "attitude"]
SCALES: tuple[Scale, ...] = ("knowledge", "skills", "attitude")
ANSWERS_PER_SCALE = 4
ORIGINAL_LANGUAGE = "en"


@dataclass(frozen=True)
class Item:
    """One "I can…" / "I know…" statement about one competence, at one level."""

    id: str
    competence: str
    level: int
    scale: Scale
    texts: Mapping[str, str] = field(hash=False)  # language -> statement

    @property
    def area(self) -> str:
        """The area code of the item's competence."""
        return area_of(self.competence)

    def text(self, language: str) -> str:
        """The statement in ``language``, or in English when it has no such translation."""
        return self.texts.get(language) or self.texts[ORIGINAL_LANGUAGE]


@dataclass(frozen=True)
class ItemBank:
    """Every statement, with the answer words of each scale in every language."""

    framework_version: str
    items: tuple[Item, ...]
    answer_words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(hash=False)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the bank is complete in."""
        return tuple(sorted(self.answer_words))

    def item(self, item_id: str) -> Item:
        """One item by id; KeyError when the bank has none."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def for_area(self, area: str) -> tuple[Item, ...]:
        """The items of one area, in bank order."""
        return tuple(item for item in self.items if item.area == area)

    def for_competence(self, code: str) -> tuple[Item, ...]:
        """The items of one competence, in bank order."""
        return tuple(item for item in self.items if item.competence == code)

    def answers(self, scale: Scale, language: str) -> tuple[str, ...]:
        """The four answers of a scale, from 0 points to 3 points."""
        words = self.answer_words.get(language) or self.answer_words[ORIGINAL_LANGUAGE]
        return words[scale]


@dataclass(frozen=True)
class Checklist:
    """Observable steps of a real task, for a trainer to tick while watching."""

    id: str
    competence: str
    level: int  # the level a learner shows by doing every step on their own
    tasks: Mapping[str, str] = field(hash=False)  # language -> task title
    steps: Mapping[str, tuple[str, ...]] = field(hash=False)  # language -> steps

    def task(self, language: str = ORIGINAL_LANGUAGE) -> str:
        """The task title in ``language`` (English when not translated)."""
        return self.tasks.get(language) or self.tasks[ORIGINAL_LANGUAGE]

    def steps_in(self, language: str = ORIGINAL_LANGUAGE) -> tuple[str, ...]:
        """The steps in ``language`` (English when not translated)."""
        return self.steps.get(language) or self.steps[ORIGINAL_LANGUAGE]


def data_folder() -> Path:
    """The bundled item bank and checklists."""
    return Path(str(resources.files("skillsapp.core.assessment").joinpath("data")))


@cache
def default_item_bank() -> ItemBank:
    """The bundled item bank, loaded and checked once."""
    from skillsapp.core.assessment.data_files import load_item_bank

    return load_item_bank(data_folder())


@cache
def default_knowledge() -> KnowledgeBank:
    """The bundled knowledge questions, loaded and checked once (none when not bundled)."""
    from skillsapp.core.assessment.data_files import load_knowledge

    return load_knowledge(data_folder())


@cache
def default_checklists() -> tuple[Checklist, ...]:
    """The bundled checklists, loaded and checked once."""
    from skillsapp.core.assessment.data_files import load_checklists

    return load_checklists(data_folder())


def checklist_by_id(checklist_id: str) -> Checklist:
    """A bundled checklist; KeyError when there is none with this id."""
    for checklist in default_checklists():
        if checklist.id == checklist_id:
            return checklist
    raise KeyError(checklist_id)
