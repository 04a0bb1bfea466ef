"""Competences: self-assessment, trainer assessment with evidence, the competence profile."""

from __future__ import annotations

from typing import Any

__all__ = ["AssessmentDataError", "check_assessment_data"]


def __getattr__(name: str) -> Any:
    # The checks bring in YAML, which the start path and the profile projection do not need.
    if name in __all__:
        from skillsapp.core.assessment import data_files

        return getattr(data_files, name)
    raise AttributeError(name)
