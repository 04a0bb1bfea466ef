"""A resident's own data: shown in plain words, exported, or erased with a trainer.

Erasing removes the profile and every statement about the learner from this PC. Statements
the LRS already received cannot be taken back from it: a voiding statement is queued for
each, and an "erased" statement tells the centre's other PCs to erase the learner too.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from skillsapp.core.events import NS, activity
from skillsapp.core.people import Learner, Trainer
from skillsapp.storage.statements import arrived_statements, verb_is

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

VOIDED = ("http://adlnet.gov/expapi/verbs/voided", "voided")
ERASED = (f"{NS}/verbs/erased", "erased")
LEARNER_TYPE = f"{NS}/activity-types/learner"

# Projection tables that hold rows about one learner.
LEARNER_TABLES = (
    "lesson_progress",
    "course_progress",
    "quiz_results",
    "learner_days",
    "session_events",
    "certificates",
    "assignments",
    "competence_levels",
    "self_assessments",
)


@dataclass(frozen=True)
class MyDataFacts:
    """What is stored about a learner, as facts the screen puts into words."""

    first_name: str
    language: str
    has_pin: bool
    gender: str
    age_band: str
    keep_records: bool
    share_statistics: bool
    consent_given_on: str
    courses_started: int
    courses_finished: int
    days_present: int
    groups: tuple[str, ...]
    records: int  # statements about the learner


def facts(centre: Centre, learner: Learner) -> MyDataFacts:
    """Everything the "My data" screen and the export summarise."""
    progress = centre.learning.progress(learner.id)
    return MyDataFacts(
        learner.first_name,
        learner.language,
        learner.has_pin,
        learner.gender.value,
        learner.age_band.value,
        learner.consent.keep_records,
        learner.consent.share_statistics,
        learner.consent.given_on,
        len(progress),
        sum(1 for p in progress.values() if p.completed),
        int(
            centre.db.scalar(
                "SELECT count(*) FROM learner_days WHERE learner_id = ?", (learner.id,)
            )
        ),
        tuple(g.name for g in centre.groups.of_learner(learner.id)),
        int(centre.db.scalar("SELECT count(*) FROM statements WHERE actor_id = ?", (learner.id,))),
    )


def export(centre: Centre, learner: Learner) -> dict[str, Any]:
    """Everything stored about the learner, as one JSON-ready object."""
    profile = asdict(learner)
    profile["gender"] = learner.gender.value
    profile["age_band"] = learner.age_band.value
    tables: dict[str, list[dict[str, Any]]] = {}
    with centre.db.reading() as conn:
        for table in LEARNER_TABLES:
            rows = conn.execute(f"SELECT * FROM {table} WHERE learner_id = ?", (learner.id,))
            names = [d[0] for d in rows.description]
            tables[table] = [dict(zip(names, row, strict=True)) for row in rows]
    return {
        "centre": centre.profile.name,
        "exported_at": centre.now_iso(),
        "profile": profile,
        "summary": asdict(facts(centre, learner)),
        "progress": tables,
        "statements": centre.log.for_actor(learner.id),
    }


def export_json(centre: Centre, learner: Learner) -> str:
    """The export as pretty JSON text."""
    return json.dumps(export(centre, learner), indent=2, ensure_ascii=False, sort_keys=True)


def erase(centre: Centre, learner_id: str, by: Trainer) -> int:
    """Erase the learner from this PC in one transaction; return the voiding statements queued."""
    centre.learners.get(learner_id)
    with centre.db.transaction() as conn:
        sent = [
            sid
            for (sid,) in conn.execute(
                "SELECT id FROM statements WHERE actor_id = ? "
                "AND id NOT IN (SELECT statement_id FROM outbox)",
                (learner_id,),
            )
        ]
        for group in centre.groups.of_learner(learner_id):
            centre.groups.save(
                type(group)(
                    group.id,
                    group.name,
                    tuple(m for m in group.members if m != learner_id),
                    group.courses,
                    group.archived,
                ),
                by,
            )
        forget_learner(conn, learner_id)
        for sid in sent:
            centre.record(by.id, VOIDED, {"objectType": "StatementRef", "id": sid})
        centre.record(
            by.id,
            ERASED,
            activity(f"{NS}/learners/{learner_id}", LEARNER_TYPE, "Erased learner"),
        )
    return len(sent)


def forget_learner(conn: sqlite3.Connection, learner_id: str) -> None:
    """Delete the learner's statements, projection rows and profile (inside a transaction)."""
    conn.execute(
        "DELETE FROM outbox WHERE statement_id IN (SELECT id FROM statements WHERE actor_id = ?)",
        (learner_id,),
    )
    for table in ("sync_quarantine",):
        conn.execute(
            f"DELETE FROM {table} WHERE statement_id IN "
            "(SELECT id FROM statements WHERE actor_id = ?)",
            (learner_id,),
        )
    conn.execute("DELETE FROM statements WHERE actor_id = ?", (learner_id,))
    for table in LEARNER_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE learner_id = ?", (learner_id,))
    conn.execute("DELETE FROM learners WHERE id = ?", (learner_id,))
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES (?, '1')", (f"erased:{learner_id}",)
    )


class ErasureProjection:
    """On other PCs: an "erased" statement arriving from the LRS or a bundle erases there too."""

    schema = ""  # no tables: erasing is not undone by a rebuild
    fields: ClassVar[dict[str, str]] = {}
    wanted = verb_is(ERASED[0])

    def fold(self, conn: sqlite3.Connection) -> None:
        """Forget each learner named by an arrived "erased" statement."""
        for statement in arrived_statements(conn, self.wanted):
            forget_learner(conn, statement["object"]["id"].rsplit("/", 1)[1])
