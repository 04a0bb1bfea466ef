"""Every projection of the event log, listed once.

The centre folds every statement into all of these from the moment it opens; nothing is
attached later. A projection's tables are defined beside its code (its ``schema``). Raise
a projection's version here whenever its schema or what its fold writes changes (not for a
faster fold that writes the same rows): at the next open, that projection alone is rebuilt
from the log (with progress), so derived tables need no numbered migrations. The roster's
projection lives with sync because it opens the sealed profiles with the centre key.
"""

from __future__ import annotations

from skillsapp.storage.statements import Registered

PROJECTIONS: tuple[Registered, ...] = (
    Registered("course-progress", 1, "skillsapp.core.progress:CourseProgressProjection"),
    # 2: "not yet" (level 0), known and did evidence, older checks read again (issue 17).
    Registered("competences", 2, "skillsapp.core.assessment.profile:CompetenceProjection"),
    Registered("groups", 1, "skillsapp.core.groups:GroupsProjection"),
    Registered("activity", 1, "skillsapp.core.activity:ActivityProjection"),
    Registered("erasure", 1, "skillsapp.core.my_data:ErasureProjection"),
    Registered("roster", 1, "skillsapp.sync.roster:RosterProjection"),
)
