"""DigComp as data: areas, competences and levels of version 2.2 and 3.0.

The codes, titles and level bands come from ``digcomp.json`` (the framework's own names);
what a resident reads about a competence comes from ``descriptions.<lang>.yaml``, written for
this project in plain words and translated; a missing file or entry falls back to English.
Both versions share the 21 competence codes, so results of one version can be shown next to
results of the other.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from skillsapp.core.events import NS

VERSIONS: tuple[str, ...] = ("2.2", "3.0")
DEFAULT_VERSION = "2.2"
LOWEST_LEVEL = 1
HIGHEST_LEVEL = 8
# Below Foundation: a level the app can compute, store, show and count, but DigComp has no
# band for it. Shown in plain words ("Not yet"), never as a DigComp level of its own.
NOT_YET = 0
NOT_YET_BAND = "Not yet"
DESCRIPTION_LANGUAGE = "en"  # the original; every other descriptions file translates it
DESCRIPTION_FILE = re.compile(r"descriptions\.(?P<language>[a-z]{2,3})\.yaml\Z")


@dataclass(frozen=True)
class Level:
    """One of the 8 proficiency levels, with its band in this version."""

    number: int
    band: str  # e.g. "Foundation" (2.2) or "Basic" (3.0)
    tasks: str
    autonomy: str


NOT_YET_LEVEL = Level(
    NOT_YET,
    NOT_YET_BAND,
    "not yet the simple tasks of Foundation",
    "not yet, even with help",
)


@dataclass(frozen=True)
class Competence:
    """One of the 21 competences, as named by the framework and described for residents."""

    code: str  # "4.2"
    area: str  # "4"
    title: str  # the framework's title
    short: str  # plain words used inside sentences: "protecting your personal details"
    description: str  # one or two plain sentences about the everyday situation

    @property
    def heading(self) -> str:
        """``short`` as a label: first letter upper case, the rest as written."""
        return _as_heading(self.short)


@dataclass(frozen=True)
class Area:
    """One of the 5 competence areas."""

    code: str
    title: str
    short: str
    description: str
    competences: tuple[Competence, ...]

    @property
    def heading(self) -> str:
        """``short`` as a label: first letter upper case, the rest as written."""
        return _as_heading(self.short)


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
        """Level 1 to 8, or 0 ("Not yet", below Foundation); KeyError outside that range."""
        if number == NOT_YET:
            return NOT_YET_LEVEL
        if not LOWEST_LEVEL <= number <= HIGHEST_LEVEL:
            raise KeyError(number)
        return self.levels[number - 1]


def competence_iri(version: str, code: str) -> str:
    """The competence as an xAPI activity id and Open Badges alignment target."""
    return f"{NS}/digcomp/{version}/competences/{code}"


def area_of(code: str) -> str:
    """The area code of a competence code: "4.2" -> "4"."""
    return code.split(".", 1)[0]


def framework(version: str = DEFAULT_VERSION, language: str = DESCRIPTION_LANGUAGE) -> Framework:
    """DigComp in ``version`` ("2.2" or "3.0"), described in ``language``; KeyError for
    any other version.

    The titles stay the framework's own; ``short`` and ``description`` come from the
    descriptions of ``language``, each falling back to English where a translation is missing.
    """
    return _framework(version, language)


def description_languages() -> tuple[str, ...]:
    """The languages that have a descriptions file, English first."""
    found = {
        match["language"]
        for entry in resources.files(__package__).iterdir()
        if (match := DESCRIPTION_FILE.match(entry.name))
    }
    return (DESCRIPTION_LANGUAGE, *sorted(found - {DESCRIPTION_LANGUAGE}))


def _as_heading(text: str) -> str:
    # Not str.capitalize(): it would lower-case the rest, breaking German nouns and names.
    return text[:1].upper() + text[1:]


@cache
def _framework(version: str, language: str) -> Framework:
    if version not in VERSIONS:
        raise KeyError(version)
    data = _raw()
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
                short=_words(language, "competences", c["code"], "short"),
                description=_words(language, "competences", c["code"], "description"),
            )
            for c in spec["competences"]
            if c["area"] == area["code"]
        )
        areas.append(
            Area(
                area["code"],
                area["title"],
                _words(language, "areas", area["code"], "short"),
                _words(language, "areas", area["code"], "description"),
                competences,
            )
        )
    return Framework(version, tuple(areas), levels)


def _words(language: str, part: str, code: str, field: str) -> str:
    """One text in ``language``, or the English one where the translation lacks it."""
    translated = _descriptions(language).get(part, {}).get(code, {})
    text = translated.get(field) if isinstance(translated, dict) else None
    if isinstance(text, str) and text.strip():
        return text.strip()
    return _descriptions(DESCRIPTION_LANGUAGE)[part][code][field]


@cache
def _raw() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("digcomp.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _descriptions(language: str) -> dict[str, Any]:
    """The descriptions file of ``language`` as loaded; {} when there is none or it is unreadable.

    A broken translation must not stop a resident's screen: English stands in for it, and
    ``skillsapp courses check`` reports what is wrong with the file.
    """
    import yaml  # only when the framework is first needed; YAML is slow to import

    if not DESCRIPTION_FILE.match(f"descriptions.{language}.yaml"):
        return {}  # not a language code; never a path outside this package
    file = resources.files(__package__).joinpath(f"descriptions.{language}.yaml")
    if language == DESCRIPTION_LANGUAGE:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    try:
        loaded = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    # Codes as text even when written unquoted (1.1 would otherwise be read as a number).
    return {
        part: {str(code): entry for code, entry in loaded[part].items()}
        for part in ("areas", "competences")
        if isinstance(loaded.get(part), dict)
    }
