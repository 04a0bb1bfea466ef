"""A learner's profile for use elsewhere: Europass CV text and Open Badges 3.0 credentials.

The levels are the profile's levels, computed as docs/competence-scoring.md says, so an
export always shows the same numbers as the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from skillsapp.core.assessment.bank import Checklist
from skillsapp.core.framework.model import NOT_YET, Framework, competence_iri

if TYPE_CHECKING:
    from skillsapp.core.assessment.profile import CompetenceProfile
    from skillsapp.core.assessment.trainer_assessment import TrainerAssessment

OB_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


def europass_digital_skills(profile: CompetenceProfile, fw: Framework, centre_name: str) -> str:
    """Plain text for the "Digital skills" section of a Europass CV.

    One line per area with its level and band, then one line per competence; levels a
    trainer observed are marked as validated, the others as self-assessed. Level 0 is
    written as "not yet" (below Foundation), never as a DigComp level.
    """
    lines = [f"Digital skills ({fw.name}, levels 1-8; not yet = below level 1)"]
    area_levels = profile.area_levels
    for area in fw.areas:
        if area.code not in area_levels:
            continue
        level = area_levels[area.code]
        lines.append(f"{area.title}: {_level_words(fw, level)}")
        for competence in area.competences:
            entry = profile.entries.get(competence.code)
            if entry is None or entry.level is None:
                continue
            how = (
                f"validated by a trainer at {centre_name} on {entry.trainer_on}"
                if entry.validated
                else "self-assessed"
            )
            lines.append(
                f"- {competence.code} {competence.title}: {_level_words(fw, entry.level)}, {how}"
            )
    return "\n".join(lines) + "\n"


def _level_words(fw: Framework, level: int) -> str:
    if level == NOT_YET:
        return "not yet (below level 1)"
    return f"level {level} ({fw.level(level).band})"


def open_badge(
    assessment: TrainerAssessment,
    fw: Framework,
    learner_name: str,
    centre_iri: str,
    centre_name: str,
    checklist: Checklist | None = None,
) -> dict[str, Any]:
    """One Open Badges 3.0 achievement credential (unsigned) for a trainer-validated level.

    The achievement is aligned to the DigComp competence; its result description is the
    8-level rubric and the result's achieved level is the observed one.
    """
    competence = fw.competence(assessment.code)
    target = competence_iri(fw.version, competence.code)
    rubric_id = f"{target}/levels"
    band = fw.level(assessment.level).band
    criteria = f"A trainer at {centre_name} watched {learner_name} use this competence"
    if checklist is not None:
        done = len(assessment.steps_observed)
        criteria += (
            f" in the task '{checklist.task()}' ({done} of {len(checklist.steps_in())} "
            "observable steps done)"
        )
    criteria += f" on {assessment.observed_on} and recorded level {assessment.level} ({band})."
    return {
        "@context": OB_CONTEXT,
        "id": f"urn:uuid:{assessment.statement_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": centre_iri, "type": ["Profile"], "name": centre_name},
        "validFrom": assessment.recorded_at,
        "name": f"{competence.title}: level {assessment.level}",
        "credentialSubject": {
            "id": f"urn:uuid:{assessment.learner_id}",
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": learner_name,
                }
            ],
            "achievement": {
                "id": f"{target}/achievements/level-{assessment.level}",
                "type": ["Achievement"],
                "achievementType": "Competency",
                "name": f"{fw.name} {competence.code} {competence.title}, level {assessment.level}",
                "description": competence.description,
                "criteria": {"narrative": criteria},
                "alignment": [
                    {
                        "type": ["Alignment"],
                        "targetName": competence.title,
                        "targetUrl": target,
                        "targetDescription": competence.description,
                        "targetFramework": fw.name,
                        "targetCode": competence.code,
                        "targetType": "CFItem",
                    }
                ],
                "resultDescription": [
                    {
                        "id": rubric_id,
                        "type": ["ResultDescription"],
                        "name": f"{fw.name} proficiency level",
                        "resultType": "RubricCriterionLevel",
                        "rubricCriterionLevel": [
                            {
                                "id": f"{rubric_id}/{level.number}",
                                "type": ["RubricCriterionLevel"],
                                "name": f"Level {level.number} ({level.band})",
                                "description": f"{level.tasks}; {level.autonomy}",
                                "level": str(level.number),
                            }
                            for level in fw.levels
                        ],
                    }
                ],
            },
            "result": [
                {
                    "type": ["Result"],
                    "resultDescription": rubric_id,
                    "achievedLevel": f"{rubric_id}/{assessment.level}",
                }
            ],
        },
    }


def open_badges(
    profile: CompetenceProfile,
    history: Sequence[TrainerAssessment],
    fw: Framework,
    learner_name: str,
    centre_iri: str,
    centre_name: str,
    checklists: dict[str, Checklist] | None = None,
) -> list[dict[str, Any]]:
    """One credential per trainer-validated competence: the observation the profile shows.

    A competence a trainer observed as "not yet" earns no badge: a badge says what someone
    can do. Badges issued earlier stay valid as issued.
    """
    credentials = []
    for entry in profile.entries.values():
        if not entry.validated or entry.trainer_level == NOT_YET:
            continue
        shown = [a for a in history if a.code == entry.code]
        # The same order as the profile projection: day watched, then recorded, then id.
        assessment = max(shown, key=lambda a: (a.observed_on, a.recorded_at, a.statement_id))
        checklist = (checklists or {}).get(assessment.checklist_id or "")
        credentials.append(
            open_badge(assessment, fw, learner_name, centre_iri, centre_name, checklist)
        )
    return credentials
