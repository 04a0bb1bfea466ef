"""The DigComp competence codes a course may name (the same 21 in DigComp 2.2 and 3.0)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

DIGCOMP_VERSIONS: tuple[str, ...] = ("2.2", "3.0")

COMPETENCE_CODES: tuple[str, ...] = (
    "1.1", "1.2", "1.3",
    "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
    "3.1", "3.2", "3.3", "3.4",
    "4.1", "4.2", "4.3", "4.4",
    "5.1", "5.2", "5.3", "5.4",
)  # fmt: skip

# When the framework package ships its own copy of DigComp, that copy is the one truth.
_FRAMEWORK_FILE = Path(__file__).resolve().parent.parent / "framework" / "digcomp.json"


@cache
def known_competence_codes() -> frozenset[str]:
    """Codes from the framework's digcomp.json if it is there and readable, else the tuple above."""
    try:
        data = json.loads(_FRAMEWORK_FILE.read_text(encoding="utf-8"))
        codes = {
            competence["code"]
            for version in data["versions"].values()
            for competence in version["competences"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset(COMPETENCE_CODES)
    return frozenset(str(code) for code in codes) or frozenset(COMPETENCE_CODES)
