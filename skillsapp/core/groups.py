"""Groups (cohorts) of learners and the courses trainers assign to groups or single learners.

Both travel as statements of the project's own verbs carrying the whole new state, so every
PC of the centre ends with the same groups: the latest update wins (ties by statement id).
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from skillsapp.core import learning_events as le
from skillsapp.core.errors import Refused
from skillsapp.core.events import NS, activity
from skillsapp.core.ids import new_id
from skillsapp.core.people import GROUP_NAME, Trainer, clean_name
from skillsapp.storage.statements import arrived_statements, verb_is

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

UPDATED_GROUP = (f"{NS}/verbs/updated-group", "updated group")
ASSIGNED = (f"{NS}/verbs/assigned", "assigned")
GROUP_TYPE = f"{NS}/activity-types/group"
GROUP_STATE = f"{NS}/extensions/group-state"
ASSIGNMENT = f"{NS}/extensions/assignment"

TRAINER_VERBS = frozenset({UPDATED_GROUP[0], ASSIGNED[0]})


@dataclass(frozen=True)
class CourseAssignment:
    """A course given to a learner or group, with an optional due date."""

    course_id: str
    due: str | None = None


@dataclass(frozen=True)
class Group:
    """A cohort such as "Tuesday seniors"."""

    id: str
    name: str
    members: tuple[str, ...]
    courses: tuple[CourseAssignment, ...]
    archived: bool = False


class Groups:
    """Create and change groups, assign courses; reads come from the projection tables."""

    def __init__(self, centre: Centre) -> None:
        self.centre = centre
        self.db = centre.db

    def list(self, include_archived: bool = False) -> builtins.list[Group]:
        """Groups in name order."""
        where = "" if include_archived else "WHERE archived = 0"
        rows = self.db.query(
            f"SELECT id, name, members, courses, archived FROM groups {where} "
            "ORDER BY name COLLATE NOCASE"
        )
        return [_group(r) for r in rows]

    def get(self, group_id: str) -> Group:
        """One group; LookupError when unknown."""
        row = self.db.one(
            "SELECT id, name, members, courses, archived FROM groups WHERE id = ?", (group_id,)
        )
        if row is None:
            raise LookupError(f"no group {group_id}")
        return _group(row)

    def create(self, name: str, by: Trainer) -> Group:
        """A new, empty group."""
        group = Group(new_id(), clean_name(name, GROUP_NAME), (), ())
        self._save(group, by)
        return group

    def save(self, group: Group, by: Trainer) -> Group:
        """Store a changed group (name, members, courses or archived)."""
        known = {learner.id for learner in self.centre.learners.list(include_archived=True)}
        if unknown := [m for m in group.members if m not in known]:
            raise Refused(
                "Some members of this group are not learners of the centre ({count}).",
                count=len(unknown),
            )
        for course in group.courses:
            _check_course(self.centre, course)
        group = Group(
            group.id,
            clean_name(group.name, GROUP_NAME),
            tuple(dict.fromkeys(group.members)),
            tuple({c.course_id: c for c in group.courses}.values()),
            group.archived,
        )
        self._save(group, by)
        return group

    def of_learner(self, learner_id: str) -> builtins.list[Group]:
        """The active groups a learner belongs to."""
        return [g for g in self.list() if learner_id in g.members]

    def assign(self, learner_id: str, course_id: str, due: str | None, by: Trainer) -> None:
        """Assign one course to one learner."""
        self.centre.learners.get(learner_id)
        _check_course(self.centre, CourseAssignment(course_id, due))
        self._assignment(learner_id, course_id, due, True, by)

    def unassign(self, learner_id: str, course_id: str, by: Trainer) -> None:
        """Take back a course assigned to one learner."""
        self._assignment(learner_id, course_id, None, False, by)

    def assigned_to(self, learner_id: str) -> builtins.list[CourseAssignment]:
        """Courses assigned to the learner, directly or through a group (earliest due first)."""
        found: dict[str, CourseAssignment] = {}
        for group in self.of_learner(learner_id):
            for course in group.courses:
                found.setdefault(course.course_id, course)
        for course_id, due in self.db.query(
            "SELECT course_id, due FROM assignments WHERE learner_id = ? AND active = 1",
            (learner_id,),
        ):
            found[course_id] = CourseAssignment(course_id, due)
        return sorted(found.values(), key=lambda c: (c.due or "9999", c.course_id))

    def _save(self, group: Group, by: Trainer) -> None:
        state = {
            "name": group.name,
            "members": list(group.members),
            "courses": [{"course": c.course_id, "due": c.due} for c in group.courses],
            "archived": group.archived,
        }
        with self.db.transaction():
            self.centre.record(
                by.id,
                UPDATED_GROUP,
                activity(f"{NS}/groups/{group.id}", GROUP_TYPE, group.name),
                after=self.db.scalar("SELECT updated_at FROM groups WHERE id = ?", (group.id,)),
                extensions={GROUP_STATE: state},
            )

    def _assignment(
        self, learner_id: str, course_id: str, due: str | None, active: bool, by: Trainer
    ) -> None:
        pack = self.centre.catalogue.get(course_id)
        name = pack.title if pack else course_id
        with self.db.transaction():
            self.centre.record(
                by.id,
                ASSIGNED,
                activity(f"{NS}/courses/{course_id}", le.COURSE_TYPE, name),
                after=self.db.scalar(
                    "SELECT updated_at FROM assignments WHERE learner_id = ? AND course_id = ?",
                    (learner_id, course_id),
                ),
                extensions={
                    ASSIGNMENT: {
                        "learner": learner_id,
                        "course": course_id,
                        "due": due,
                        "active": active,
                    }
                },
            )


class GroupsProjection:
    """Keeps ``groups`` and ``assignments`` at the latest state from the log."""

    schema = """
    CREATE TABLE groups (id TEXT PRIMARY KEY, name TEXT, members TEXT, courses TEXT,
        archived INTEGER, updated_at TEXT, statement_id TEXT);
    CREATE TABLE assignments (learner_id TEXT, course_id TEXT, due TEXT, active INTEGER,
        trainer_id TEXT, updated_at TEXT, statement_id TEXT, PRIMARY KEY (learner_id, course_id))
    """
    fields: ClassVar[dict[str, str]] = {}
    wanted = verb_is(*sorted(TRAINER_VERBS))

    def fold(self, conn: sqlite3.Connection) -> None:
        """Fold the arrived group and assignment statements in; the newest state wins."""
        for statement in arrived_statements(conn, self.wanted):
            self._apply(conn, statement)

    def _apply(self, conn: sqlite3.Connection, statement: dict[str, Any]) -> None:
        verb = statement["verb"]["id"]
        if verb not in TRAINER_VERBS:
            return
        extensions = statement.get("context", {}).get("extensions", {})
        newer = (
            "WHERE excluded.updated_at > {t}.updated_at OR (excluded.updated_at = {t}.updated_at "
            "AND excluded.statement_id > {t}.statement_id)"
        )
        if verb == UPDATED_GROUP[0]:
            state = extensions[GROUP_STATE]
            group_id = statement["object"]["id"].rsplit("/", 1)[1]
            conn.execute(
                "INSERT INTO groups (id, name, members, courses, archived, updated_at, "
                "statement_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "name = excluded.name, members = excluded.members, courses = excluded.courses, "
                "archived = excluded.archived, updated_at = excluded.updated_at, "
                "statement_id = excluded.statement_id " + newer.format(t="groups"),
                (
                    group_id,
                    state["name"],
                    json.dumps(state["members"]),
                    json.dumps(state["courses"]),
                    int(bool(state.get("archived"))),
                    statement["timestamp"],
                    statement["id"],
                ),
            )
        else:
            a = extensions[ASSIGNMENT]
            conn.execute(
                "INSERT INTO assignments (learner_id, course_id, due, active, trainer_id, "
                "updated_at, statement_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "due = excluded.due, active = excluded.active, trainer_id = excluded.trainer_id, "
                "updated_at = excluded.updated_at, statement_id = excluded.statement_id "
                + newer.format(t="assignments"),
                (
                    a["learner"],
                    a["course"],
                    a.get("due"),
                    int(bool(a.get("active"))),
                    statement["actor"]["account"]["name"],
                    statement["timestamp"],
                    statement["id"],
                ),
            )


def _check_course(centre: Centre, course: CourseAssignment) -> None:
    if centre.catalogue.get(course.course_id) is None:
        raise Refused("That course is not on this PC.")
    if course.due is not None:
        try:
            date.fromisoformat(course.due)
        except ValueError as error:
            raise Refused("Please give the due date as a day, for example 2026-05-31.") from error


def _group(row: sqlite3.Row) -> Group:
    return Group(
        row[0],
        row[1],
        tuple(json.loads(row[2])),
        tuple(CourseAssignment(c["course"], c.get("due")) for c in json.loads(row[3])),
        bool(row[4]),
    )
