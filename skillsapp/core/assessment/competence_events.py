"""xAPI statements of competences: self-assessment answers and results, trainer assessments.

Everything a projection needs travels in extensions with IRI keys, so the profile is built
from statements alone, on any PC that holds them.
"""

from __future__ import annotations

from typing import Any

from skillsapp.core.events import NS, activity
from skillsapp.core.framework.model import competence_iri

ATTEMPTED = ("http://adlnet.gov/expapi/verbs/attempted", "attempted")
ANSWERED = ("http://adlnet.gov/expapi/verbs/answered", "answered")
COMPLETED = ("http://adlnet.gov/expapi/verbs/completed", "completed")
# No ADL verb says "a trainer watched the learner show this competence at level N".
DEMONSTRATED = (f"{NS}/verbs/demonstrated", "demonstrated")

SELF_ASSESSMENT_TYPE = f"{NS}/activity-types/self-assessment"
ITEM_TYPE = "http://adlnet.gov/expapi/activities/question"
COMPETENCE_TYPE = "http://adlnet.gov/expapi/activities/objective"

_EXT = f"{NS}/extensions"
DIGCOMP_VERSION = f"{_EXT}/digcomp-version"
COMPETENCE = f"{_EXT}/digcomp-competence"
ITEM_LEVEL = f"{_EXT}/item-level"
ANSWER_NUMBER = f"{_EXT}/answer-number"
CHECK_KIND = f"{_EXT}/check-kind"
CHECK_AREA = f"{_EXT}/check-area"
COMPETENCE_LEVELS = f"{_EXT}/competence-levels"
COMPETENCE_SCORES = f"{_EXT}/competence-scores"
AREA_LEVELS = f"{_EXT}/area-levels"
OBSERVED_LEVEL = f"{_EXT}/observed-level"
OBSERVED_ON = f"{_EXT}/observed-on"
CHECKLIST = f"{_EXT}/checklist"
STEPS_OBSERVED = f"{_EXT}/steps-observed"
NOTE = f"{_EXT}/note"


def check_object(kind: str, area: str | None) -> dict[str, Any]:
    """A quick check of one area or the full check, as an activity."""
    if kind == "quick" and area:
        return activity(
            f"{NS}/self-assessment/quick/area-{area}",
            SELF_ASSESSMENT_TYPE,
            f"Quick self-assessment, area {area}",
        )
    return activity(f"{NS}/self-assessment/full", SELF_ASSESSMENT_TYPE, "Full self-assessment")


def item_object(item_id: str, text: str) -> dict[str, Any]:
    """One statement of the item bank, as a question activity."""
    return activity(f"{NS}/self-assessment/items/{item_id}", ITEM_TYPE, text[:200])


def competence_object(version: str, code: str, title: str) -> dict[str, Any]:
    """A DigComp competence, as the objective a trainer assessed."""
    return activity(competence_iri(version, code), COMPETENCE_TYPE, f"DigComp {code} {title}")


def check_context(version: str, kind: str, area: str | None, **more: Any) -> dict[str, Any]:
    """Context extensions shared by every statement of one self-assessment."""
    extensions: dict[str, Any] = {DIGCOMP_VERSION: version, CHECK_KIND: kind}
    if area:
        extensions[CHECK_AREA] = area
    extensions.update(more)
    return extensions
