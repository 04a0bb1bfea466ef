"""DigComp as data: areas, competences and levels of version 2.2 and 3.0.

The codes, titles and level bands come from ``digcomp.json`` (the framework's own names);
what a resident reads about a competence comes from ``descriptions.<lang>.yaml``, written for
this project in plain words. Both versions share the 21 competence codes, so results of one
version can be shown next to results of the other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from skillsapp.core.events import NS

VERSIONS: tuple[str, ...] = ("2.2", "3.0")
DEFAULT_VERSION = "2.2"
LOWEST_LEVEL = 1
HIGHEST_LEVEL = 8
DESCRIPTION_LANGUAGE = "en"


@dataclass(frozen=True)
class Level:
    """One of the 8 proficiency levels, with its band in this version."""

    number: int
    band: str  # e.g. "Foundation" (2.2) or "Basic" (3.0)
    tasks: str
    autonomy: str


@dataclass(frozen=True)
class Competence:
    """One of the 21 competences, as named by the framework and described for residents."""

    code: str  # "4.2"
    area: str  # "4"
    title: str  # the framework's title
    short: str  # plain words used inside sentences: "protecting your personal details"
    description: str  # one or two plain sentences about the everyday situation


@dataclass(frozen=True)
class Area:
    """One of the 5 competence areas."""

    code: str
    title: str
    short: str
    description: str
    competences: tuple[Competence, ...]


@dataclass(frozen=True)
class Framework:
    """DigComp in one version."""

    version: str
    areas: tuple[Area, ...]
    levels: tuple[Level, ...]

    @property
    def name(self) -> str:
        """How exports name it: "DigComp 2.2"."""
        return f"DigComp {self.version}"

    @property
    def competences(self) -> tuple[Competence, ...]:
        """All 21 competences in code order."""
        return tuple(c for area in self.areas for c in area.competences)

    @property
    def codes(self) -> tuple[str, ...]:
        """The competence codes in order."""
        return tuple(c.code for c in self.competences)

    def competence(self, code: str) -> Competence:
        """One competence by code; KeyError for a code the framework does not have."""
        for competence in self.competences:
            if competence.code == code:
                return competence
        raise KeyError(code)

    def area(self, code: str) -> Area:
        """One area by code ("4"); KeyError when unknown."""
        for area in self.areas:
            if area.code == code:
                return area
        raise KeyError(code)

    def level(self, number: int) -> Level:
        """Level 1 to 8; KeyError outside that range."""
        if not LOWEST_LEVEL <= number <= HIGHEST_LEVEL:
            raise KeyError(number)
        return self.levels[number - 1]


def competence_iri(version: str, code: str) -> str:
    """The competence as an xAPI activity id and Open Badges alignment target."""
    return f"{NS}/digcomp/{version}/competences/{code}"


def area_of(code: str) -> str:
    """The area code of a competence code: "4.2" -> "4"."""
    return code.split(".", 1)[0]


@cache
def framework(version: str = DEFAULT_VERSION) -> Framework:
    """DigComp in ``version`` ("2.2" or "3.0"); KeyError for any other."""
    if version not in VERSIONS:
        raise KeyError(version)
    data = _raw()
    words = _descriptions()
    spec = data["versions"][version]
    band_key = "band_" + version.replace(".", "_")
    levels = tuple(
        Level(int(row["level"]), row[band_key], row["tasks"], row["autonomy"])
        for row in data["levels"]
    )
    areas = []
    for area in spec["areas"]:
        competences = tuple(
            Competence(
                code=c["code"],
                area=c["area"],
                title=c["title"],
                short=words["competences"][c["code"]]["short"],
                description=words["competences"][c["code"]]["description"],
            )
            for c in spec["competences"]
            if c["area"] == area["code"]
        )
        plain = words["areas"][area["code"]]
        areas.append(
            Area(area["code"], area["title"], plain["short"], plain["description"], competences)
        )
    return Framework(version, tuple(areas), levels)


@cache
def _raw() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("digcomp.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _descriptions() -> dict[str, Any]:
    import yaml  # only when the framework is first needed; YAML is slow to import

    name = f"descriptions.{DESCRIPTION_LANGUAGE}.yaml"
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
