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
# The knowledge questions of one self-check, as one activity: its "completed" statement
# carries the known levels, apart from the self-assessed ones.
KNOWLEDGE_CHECK_TYPE = f"{NS}/activity-types/knowledge-check"
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
# How many statements each competence's score rests on (skipped ones count, with 0 points).
ITEM_COUNTS = f"{_EXT}/item-counts"
SHOWN_ORDER = f"{_EXT}/shown-order"  # the same IRI as quiz answers: choice numbers as shown
KNOWN_LEVELS = f"{_EXT}/known-levels"
KNOWLEDGE_ANSWERS = f"{_EXT}/knowledge-answers"  # {code: [right, asked]}
# Which of the four kinds of evidence a statement is (docs/competence-scoring.md):
# "said" (self-assessment), "known" (knowledge questions, course quizzes), "did" (practice
# tasks) or "observed" (a trainer watched). A context extension, so an LRS can count each
# kind apart. A statement of kind "did" names its competence (COMPETENCE, in the context)
# and the level the task shows (EVIDENCE_LEVEL, in the result's extensions).
EVIDENCE_KIND = f"{_EXT}/evidence-kind"
EVIDENCE_LEVEL = f"{_EXT}/evidence-level"
SAID, KNOWN, DID, OBSERVED = "said", "known", "did", "observed"
EVIDENCE_KINDS = (SAID, KNOWN, DID, OBSERVED)


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


def question_object(question_id: str, prompt: str) -> dict[str, Any]:
    """One knowledge question of the self-check, as a question activity."""
    return activity(f"{NS}/self-assessment/knowledge/{question_id}", ITEM_TYPE, prompt[:200])


def knowledge_check_object(kind: str, area: str | None) -> dict[str, Any]:
    """The knowledge questions of a quick or full check, as one activity."""
    if kind == "quick" and area:
        return activity(
            f"{NS}/self-assessment/quick/area-{area}/knowledge",
            KNOWLEDGE_CHECK_TYPE,
            f"Knowledge questions, area {area}",
        )
    return activity(
        f"{NS}/self-assessment/full/knowledge", KNOWLEDGE_CHECK_TYPE, "Knowledge questions"
    )


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
