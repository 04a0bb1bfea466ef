"""The roster travels as statements: one "updated profile" statement per profile version.

Personal fields (first name, PIN hash, consent, colour, picture, language, display choices;
a trainer's name and password hash; the centre's name) are sealed with the centre key, so the
LRS only sees a pseudonymous id, the kind of profile and, for learners, the coarse
demographics (gender, age band) that coordinators may count. Profiles merge by last update:
the version with the later ``updated_at`` wins on every PC, whatever order they arrive in.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import TYPE_CHECKING, Any, ClassVar

from skillsapp.core import events
from skillsapp.core.events import NS, Extension
from skillsapp.core.people import LEARNER_PROFILE_FIELDS, TRAINER_PROFILE_FIELDS
from skillsapp.storage.statements import arrived_statements, verb_is
from skillsapp.sync.centre_key import CentreKeys, keys_in, seal, unseal

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

log = logging.getLogger(__name__)

UPDATED_PROFILE = (f"{NS}/verbs/updated-profile", "updated profile")
ROSTER_TYPE = f"{NS}/activity-types/roster"
KIND = f"{NS}/extensions/profile-kind"
SEALED = f"{NS}/extensions/sealed-profile"
Statement = dict[str, Any]

TABLES = {
    "learner": ("learners", LEARNER_PROFILE_FIELDS),
    "trainer": ("trainers", TRAINER_PROFILE_FIELDS),
}


def seal_context(centre_iri: str, kind: str, person_id: str) -> str:
    """What a sealed profile is bound to: it cannot be moved to another person or centre."""
    return f"{centre_iri}|{kind}|{person_id}"


def publish_roster(centre: Centre, keys: CentreKeys) -> int:
    """Add an "updated profile" statement for every profile changed since it was last sent.

    Runs in one transaction; the statements join the outbox like any other. Returns how many.
    """
    profile = centre.profile
    made = 0
    with centre.db.transaction() as conn:
        if _published(conn, profile.id) is None:
            row = conn.execute("SELECT created_at FROM centre WHERE id = ?", (profile.id,))
            created = row.fetchone()[0]
            payload = {
                "id": profile.id,
                "name": profile.name,
                "iri": profile.iri,
                "language": profile.language,
                "created_at": created,
                "updated_at": created,
            }
            _record(centre, keys, "centre", profile.id, payload, {})
            _mark_published(conn, profile.id, created)
            made += 1
        for kind, (table, fields) in TABLES.items():
            rows = conn.execute(
                f"SELECT t.id, {', '.join('t.' + f for f in fields)} FROM {table} t "
                "LEFT JOIN roster_published p ON p.person_id = t.id "
                "WHERE p.updated_at IS NULL OR t.updated_at > p.updated_at ORDER BY t.rowid"
            ).fetchall()
            for row in rows:
                payload = {"id": row[0], **dict(zip(fields, tuple(row)[1:], strict=True))}
                clear = {}
                if kind == "learner":
                    clear = {Extension.GENDER: row["gender"], Extension.AGE_BAND: row["age_band"]}
                _record(centre, keys, kind, row[0], payload, clear)
                _mark_published(conn, row[0], payload["updated_at"])
                made += 1
    return made


def _record(
    centre: Centre,
    keys: CentreKeys,
    kind: str,
    person_id: str,
    payload: dict[str, Any],
    clear: dict[str, str],
) -> None:
    iri = centre.profile.iri
    plain = json.dumps({"kind": kind, **payload}, sort_keys=True).encode()
    centre.record(
        person_id,
        UPDATED_PROFILE,
        events.activity(f"{iri}/roster", ROSTER_TYPE, "Roster of the centre"),
        extensions={
            KIND: kind,
            SEALED: seal(keys, plain, seal_context(iri, kind, person_id)),
            **clear,
        },
    )


def open_profile(keys: CentreKeys, statement: Statement) -> tuple[str, dict[str, Any]] | None:
    """The kind and the personal fields of a roster statement, or None if it is not one
    of this centre's (or cannot be opened with this key)."""
    if statement.get("verb", {}).get("id") != UPDATED_PROFILE[0]:
        return None
    account = statement.get("actor", {}).get("account", {})
    if account.get("homePage") != keys.centre_iri:
        return None
    extensions = statement.get("context", {}).get("extensions", {})
    kind, person_id = extensions.get(KIND), account.get("name", "")
    plain = unseal(keys, extensions.get(SEALED, ""), seal_context(keys.centre_iri, kind, person_id))
    if plain is None:
        log.warning("Roster statement %s cannot be opened with this centre key", statement["id"])
        return None
    payload = json.loads(plain)
    if payload.get("id") != person_id or payload.get("kind") != kind:
        return None
    return kind, payload


class RosterProjection:
    """Keeps the learners and trainers tables up to date from roster statements.

    The tables are the source of truth on this PC, so it owns none: folding the whole log
    again only ever moves each profile to its latest version. Profiles that arrived before
    this PC had the centre key are opened when the key is set (a rebuild of "roster").
    """

    schema = ""
    fields: ClassVar[dict[str, str]] = {}
    wanted = verb_is(UPDATED_PROFILE[0])

    def fold(self, conn: sqlite3.Connection) -> None:
        """Open and apply each arrived roster statement, if newer than what this PC has."""
        keys = keys_in(conn)
        if keys is None:
            return
        for statement in arrived_statements(conn, self.wanted):
            opened = open_profile(keys, statement)
            if opened is not None:
                apply_profile(conn, *opened)


def apply_profile(conn: sqlite3.Connection, kind: str, payload: dict[str, Any]) -> None:
    """Write one profile version if it is newer than the local one (last update wins)."""
    person_id, updated = payload["id"], payload["updated_at"]
    if kind == "centre":
        if conn.execute("SELECT 1 FROM centre LIMIT 1").fetchone() is None:
            conn.execute(
                "INSERT INTO centre (id, name, iri, language, created_at) VALUES (?, ?, ?, ?, ?)",
                (person_id, payload["name"], payload["iri"], payload["language"], updated),
            )
        _mark_published(conn, person_id, updated)
        return
    if kind not in TABLES:
        return
    erased = conn.execute("SELECT 1 FROM meta WHERE key = ?", (f"erased:{person_id}",))
    if erased.fetchone() is not None:
        return  # the resident's data was erased: an older profile must not bring it back
    table, fields = TABLES[kind]
    local = conn.execute(f"SELECT updated_at FROM {table} WHERE id = ?", (person_id,)).fetchone()
    values = [payload.get(f) for f in fields]
    if local is None:
        conn.execute(
            f"INSERT INTO {table} (id, {', '.join(fields)}) VALUES (?{', ?' * len(fields)})",
            [person_id, *values],
        )
    elif updated > local[0]:
        sets = ", ".join(f"{f} = ?" for f in fields)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values, person_id])
    _mark_published(conn, person_id, updated)


def _published(conn: sqlite3.Connection, person_id: str) -> str | None:
    row = conn.execute(
        "SELECT updated_at FROM roster_published WHERE person_id = ?", (person_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def _mark_published(conn: sqlite3.Connection, person_id: str, updated: str) -> None:
    conn.execute(
        "INSERT INTO roster_published (person_id, updated_at) VALUES (?, ?) "
        "ON CONFLICT (person_id) DO UPDATE SET updated_at = max(updated_at, excluded.updated_at)",
        (person_id, updated),
    )
