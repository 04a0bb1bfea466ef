"""Country profiles: the facts lessons name that differ by country, filled into `{{key}}`.

A lesson never writes "ELSTER" or "112" itself: it writes `{{tax.name}}` or
`{{emergency.number}}`, and the profile of the lesson's language fills them in when the lesson
is shown (en: Ireland, de: Germany, cs: Czechia, es: Spain, pl: Poland, lv: Latvia,
pt: Portugal, it: Italy, hu: Hungary, ro: Romania). The profiles are data that ship with the
bundled courses, one YAML file per language in `courses/countries/<language>.yaml`; packs
imported from a zip use the same ones. Every entry carries its source and the date it was
checked in a comment on its line, so a reviewer can check it again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from skillsapp.core.courses.located_yaml import Located, YamlTrouble, read_yaml
from skillsapp.core.courses.problems import Problem
from skillsapp.core.courses.validation import LANGUAGE_PATTERN, FileChecker

# The folder beside the course packs that holds the profiles (not a course pack itself).
COUNTRIES_FOLDER = "countries"

# Every key a profile holds, and what it holds. docs/course-format.md lists the same table.
PROFILE_KEYS: Mapping[str, str] = MappingProxyType(
    {
        "country.name": "the country's name",
        "currency.name": "the currency",
        "currency.example": "an everyday price as written there",
        "iban.example": "a made-up IBAN in the national format",
        "emergency.number": "the emergency number",
        "scam.name": "where to report a scam or fraud",
        "scam.phone": "the phone number to report a scam",
        "scam.address": "the web address to report a scam",
        "eid.name": "the national electronic identity",
        "eid.app": "the app used to sign in with it",
        "wallet.name": "the country's EU Digital Identity Wallet",
        "portal.name": "the central public-services portal",
        "portal.address": "its web address",
        "tax.name": "the tax office's online service",
        "tax.address": "its web address",
        "health.name": "health records and appointments online",
        "health.address": "their web address",
        "prescription.how": "one sentence: how an e-prescription is collected",
        "payment.name": "the mobile payment in common use",
        "consumer.name": "the consumer protection authority",
        "consumer.address": "its web address",
        "privacy.name": "the data protection authority",
        "privacy.address": "its web address",
        "guarantee.how": "one sentence: how long the seller's legal guarantee lasts there",
        "example.person": "a made-up but typical name for examples",
        "example.town": "a made-up but typical town for examples",
    }
)
# Keys filled from another entry, so that a lesson can show the parts of the example IBAN.
DERIVED_KEYS: Mapping[str, str] = MappingProxyType(
    {
        "iban.country_code": "the two letters that start iban.example",
        "iban.check_digits": "the two check digits of iban.example",
        "iban.bank_and_account": "the rest of iban.example: bank and account",
    }
)
# Every key a lesson may use.
PLACEHOLDER_KEYS: Mapping[str, str] = MappingProxyType({**PROFILE_KEYS, **DERIVED_KEYS})
# Which country each language's lessons are written for.
LANGUAGE_COUNTRIES: Mapping[str, str] = MappingProxyType(
    {
        "en": "Ireland",
        "de": "Germany",
        "cs": "Czechia",
        "es": "Spain",
        "pl": "Poland",
        "lv": "Latvia",
        "pt": "Portugal",
        "it": "Italy",
        "hu": "Hungary",
        "ro": "Romania",
    }
)
# {{country.name}}; spaces inside the braces are forgiven, anything else is reported.
PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
# A comment on an entry's line that names an official source and the day it was checked.
SOURCE_COMMENT = re.compile(r"#.*\bhttps?://\S+.*\b\d{4}-\d{2}-\d{2}\b")


@dataclass(frozen=True)
class CountryProfile:
    """The facts of one language's country, by placeholder key."""

    language: str
    values: Mapping[str, str]

    def fill(self, text: str) -> str:
        """`text` with every known `{{key}}` replaced; unknown ones stay for the check to find."""
        return PLACEHOLDER.sub(lambda found: self.values.get(found[1], found[0]), text)


def placeholders_in(line: str) -> list[str]:
    """The keys of the placeholders in one line of text, as written."""
    return PLACEHOLDER.findall(line)


def bundled_profiles_folder() -> Path:
    """The profiles that ship with the app, beside the bundled course packs."""
    from skillsapp.resources import bundled_courses

    return bundled_courses() / COUNTRIES_FOLDER


def profile_for(language: str, folder: Path | None = None) -> CountryProfile | None:
    """The country profile for `language`, or None when there is none (or it is broken)."""
    return _profiles(folder or bundled_profiles_folder()).get(language)


def clear_cache() -> None:
    """Forget loaded profiles (tests that write their own use this)."""
    _profiles.cache_clear()


@lru_cache(maxsize=8)
def _profiles(folder: Path) -> dict[str, CountryProfile]:
    profiles: dict[str, CountryProfile] = {}
    if not folder.is_dir():
        return profiles
    for path in sorted(folder.glob("*.yaml")):
        problems: list[Problem] = []
        profile = _read_profile(path, problems)
        if profile is not None and not [p for p in problems if not p.warning]:
            profiles[profile.language] = profile
    return profiles


def check_profiles(folder: Path) -> list[Problem]:
    """Every problem of a folder of country profiles, files named relative to the folder."""
    problems: list[Problem] = []
    found = False
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.suffix != ".yaml" or not path.is_file():
            problems.append(
                Problem(
                    path.name,
                    1,
                    "Only country profiles named like <language>.yaml (de.yaml, pt.yaml) belong "
                    "in the countries folder.",
                )
            )
            continue
        found = True
        _read_profile(path, problems)
    if not found:
        problems.append(Problem(COUNTRIES_FOLDER, 1, "This folder holds no country profile."))
    return problems


def check_profile_file(path: Path) -> list[Problem]:
    """Every problem of one country profile file, named by its file name."""
    problems: list[Problem] = []
    _read_profile(path, problems)
    return problems


def _read_profile(path: Path, problems: list[Problem]) -> CountryProfile | None:
    """Read and check one profile; None (with problems recorded) when it cannot be used."""
    checker = FileChecker(path.name, problems)
    language = path.stem
    if not LANGUAGE_PATTERN.match(language):
        checker.problem(
            1, f"'{path.name}' is not named after a language: name it like de.yaml or pt.yaml."
        )
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        checker.problem(1, "This file cannot be read as UTF-8 text.")
        return None
    try:
        located = read_yaml(text)
    except YamlTrouble as trouble:
        checker.problem(trouble.line, trouble.message)
        return None
    block = checker.mapping(located, "The country profile")
    if block is None:
        return None
    lines = text.split("\n")
    values: dict[str, str] = {}
    seen: set[str] = set()
    _flatten(block, "", values, seen, checker, lines)
    for key in PROFILE_KEYS:
        if key not in seen:
            checker.problem(
                located.line if located else 1,
                f"'{key}' is missing: every profile holds every key ({PROFILE_KEYS[key]}).",
            )
    iban = values.get("iban.example", "").split()
    if iban and (len(iban) < 3 or len(iban[0]) != 4):
        checker.problem(
            block["iban"].line,
            "'iban.example' must be written in groups of four, like DE89 3704 0044 0532 0130 00.",
        )
    if len(values) < len(PROFILE_KEYS) or checker.errors:
        return None
    values["iban.country_code"] = iban[0][:2]
    values["iban.check_digits"] = iban[0][2:]
    values["iban.bank_and_account"] = " ".join(iban[1:])
    return CountryProfile(language, MappingProxyType(values))


def _flatten(
    block: dict[str, Located],
    prefix: str,
    values: dict[str, str],
    seen: set[str],
    checker: FileChecker,
    lines: list[str],
) -> None:
    """`country: {name: ...}` -> values["country.name"], checking keys, words and sources."""
    for name, located in block.items():
        key = f"{prefix}{name}"
        if isinstance(located.value, dict):
            _flatten(located.value, f"{key}.", values, seen, checker, lines)
            continue
        if key not in PROFILE_KEYS:
            checker.problem(
                located.line,
                f"Unknown key '{key}' in a country profile; add it to the table in "
                "docs/course-format.md and to PROFILE_KEYS first.",
            )
            continue
        seen.add(key)
        words = checker.text(located, f"'{key}'")
        if words is None:
            continue
        if "{{" in words or "\n" in words:
            checker.problem(located.line, f"'{key}' must be one line of words, without '{{{{'.")
            continue
        line = lines[located.line - 1] if located.line <= len(lines) else ""
        above = lines[located.line - 2] if located.line >= 2 else ""
        comment_above = above.lstrip().startswith("#") and SOURCE_COMMENT.search(above)
        if not SOURCE_COMMENT.search(line) and not comment_above:
            checker.problem(
                located.line,
                f"'{key}' needs its source and the day it was checked in a comment on its "
                "line, like: # https://www.example.gov, checked 2026-12-07",
            )
        values[key] = words
