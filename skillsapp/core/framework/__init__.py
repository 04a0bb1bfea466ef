"""The DigComp framework (2.2 and 3.0): areas, 21 competences, 8 levels, plain descriptions."""

from skillsapp.core.framework.model import (
    DEFAULT_VERSION,
    VERSIONS,
    Area,
    Competence,
    Framework,
    Level,
    competence_iri,
    framework,
)

__all__ = [
    "DEFAULT_VERSION",
    "VERSIONS",
    "Area",
    "Competence",
    "Framework",
    "Level",
    "competence_iri",
    "framework",
]
