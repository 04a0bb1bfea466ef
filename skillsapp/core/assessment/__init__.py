"""Competences: self-assessment, trainer assessment with evidence, the competence profile."""

from skillsapp.core.assessment.data_files import AssessmentDataError, check_assessment_data

__all__ = ["AssessmentDataError", "check_assessment_data"]
