"""Groups, assignments, the dashboard, attendance, certificates: projections of the log."""

from __future__ import annotations

import random

import pytest

from skillsapp.core.centre import Centre
from skillsapp.core.dashboard import CourseState, group_dashboard
from skillsapp.core.errors import Refused
from skillsapp.core.groups import CourseAssignment, Group
from skillsapp.core.signin import SignOutReason
from skillsapp.storage.database import Database
from tests.conftest import assert_valid_xapi
from tests.core.test_learning import take_course


def _group(centre, trainer, name, members, courses=("email-basics",)):
    group = centre.groups.create(name, by=trainer)
    return centre.groups.save(
        Group(
            group.id,
            name,
            tuple(m.id for m in members),
            tuple(CourseAssignment(c, "2026-06-30") for c in courses),
        ),
        by=trainer,
    )


def _visit(centre, clock, learner, minutes):
    centre.signin.learner_with_pin(learner.id, None)
    clock.advance(minutes=minutes)
    centre.signin.learner_signed_out(learner.id, SignOutReason.FINISHED)


def test_groups_and_assignments_are_valid_statements_and_reach_learners(
    centre, trainer, make_learner
):
    maria, jonas = make_learner("Maria"), make_learner("Jonas")
    group = _group(centre, trainer, "Tuesday seniors", [maria, jonas])
    centre.groups.assign(maria.id, "online-banking", None, by=trainer)
    assert [g.name for g in centre.groups.list()] == ["Tuesday seniors"]
    assert [c.course_id for c in centre.groups.assigned_to(maria.id)] == [
        "email-basics",
        "online-banking",
    ]
    assert [c.course_id for c in centre.groups.assigned_to(jonas.id)] == ["email-basics"]
    centre.groups.unassign(maria.id, "online-banking", by=trainer)
    assert [c.course_id for c in centre.groups.assigned_to(maria.id)] == ["email-basics"]
    for statement in centre.log.for_actor(trainer.id):
        assert_valid_xapi(statement)
    assert group.courses[0].due == "2026-06-30"


def test_a_group_cannot_hold_strangers_or_unknown_courses(centre, trainer, make_learner):
    group = centre.groups.create("Farm shop owners", by=trainer)
    with pytest.raises(Refused, match="not learners of the centre"):
        centre.groups.save(Group(group.id, group.name, ("someone-else",), ()), by=trainer)
    with pytest.raises(Refused, match="not on this PC"):
        centre.groups.save(
            Group(group.id, group.name, (), (CourseAssignment("no-such-course"),)), by=trainer
        )
    with pytest.raises(Refused, match="due date"):
        centre.groups.assign(make_learner().id, "email-basics", "next tuesday", by=trainer)


def test_the_latest_group_change_wins_whatever_order_pcs_merge_in(
    centre, trainer, make_learner, clock
):
    maria = make_learner("Maria")
    group = centre.groups.create("Old name", by=trainer)
    clock.advance(minutes=1)
    centre.groups.save(Group(group.id, "New name", (maria.id,), ()), by=trainer)
    statements = centre.log.for_actor(trainer.id)
    for order in (statements, list(reversed(statements))):
        other = Centre(Database.in_memory(), clock=clock)
        other.log.merge(order, "2026-03-02T10:00:00.000Z")
        assert [(g.name, g.members) for g in other.groups.list()] == [("New name", (maria.id,))]


def test_the_dashboard_shows_each_learners_state_per_course(centre, trainer, make_learner, clock):
    done, busy, stuck, idle, new = (make_learner(n) for n in ("Ana", "Ben", "Cleo", "Dan", "Eva"))
    group = _group(centre, trainer, "Tuesday", [done, busy, stuck, idle, new])
    take_course(centre, done.id, "email-basics")
    pack = centre.catalogue.get("email-basics")
    lesson = pack.lessons[0]
    centre.learning.open_lesson(busy.id, pack, lesson, "en")
    quiz = lesson.quiz("en")
    for _ in range(3):
        centre.learning.finish_quiz(stuck.id, pack, lesson, quiz, "a", [False] * 4, "en")
    centre.learning.open_lesson(idle.id, pack, lesson, "en")
    clock.advance(days=15)
    centre.learning.open_lesson(busy.id, pack, lesson, "en")
    board = group_dashboard(centre, group, clock())
    states = {row.first_name: row.cells["email-basics"] for row in board.rows}
    assert states["Ana"].state is CourseState.COMPLETED
    assert states["Ben"].state is CourseState.IN_PROGRESS
    assert states["Cleo"].state is CourseState.NEEDS_HELP
    assert "failed a quiz 3 times" in states["Cleo"].reason
    assert states["Dan"].state is CourseState.NEEDS_HELP
    assert "2 weeks" in states["Dan"].reason
    assert states["Eva"].state is CourseState.NOT_STARTED
    assert [r.first_name for r in board.rows if r.needs_help] == ["Cleo", "Dan"]


def test_attendance_and_the_activity_feed_come_from_sign_ins(centre, trainer, make_learner, clock):
    maria = make_learner("Maria")
    group = _group(centre, trainer, "Tuesday", [maria])
    _visit(centre, clock, maria, 45)
    clock.advance(days=1)
    _visit(centre, clock, maria, 30)
    clock.advance(hours=1)
    _visit(centre, clock, maria, 20)
    board = group_dashboard(centre, group, clock())
    assert board.rows[0].days_present == 2
    assert [s.minutes for s in board.feed] == [20, 30, 45]


def test_certificates_carry_a_code_the_centre_can_check(centre, trainer, make_learner):
    maria = make_learner("Maria")
    take_course(centre, maria.id, "passwords-and-scams")
    [certificate] = centre.certificates.of_learner(maria.id)
    assert certificate.course_title == "Passwords, scams and fake messages"
    assert certificate.trainer == trainer.name and certificate.centre == centre.profile.name
    assert {c.code for c in certificate.competences} == {"4.1", "4.2"}
    assert centre.certificates.find(certificate.code.lower().replace("-", " ")) == certificate
    assert centre.certificates.find("AAAA-BBBB") is None


def test_every_projection_rebuilds_to_the_same_tables(centre, trainer, make_learner, clock):
    people = [make_learner(n) for n in ("Ana", "Ben", "Cleo")]
    _group(centre, trainer, "Tuesday", people)
    for person in people:
        _visit(centre, clock, person, 30)
        take_course(centre, person.id, "email-basics")
        clock.advance(hours=2)
    tables = (
        "lesson_progress",
        "course_progress",
        "quiz_results",
        "groups",
        "assignments",
        "learner_days",
        "session_events",
        "certificates",
    )
    before = {t: sorted(map(tuple, centre.db.query(f"SELECT * FROM {t}"))) for t in tables}
    centre.log.rebuild()
    after = {t: sorted(map(tuple, centre.db.query(f"SELECT * FROM {t}"))) for t in tables}
    assert after == before
    shuffled = [*centre.log.for_actor(trainer.id)] + [
        s for p in people for s in centre.log.for_actor(p.id)
    ]
    random.Random(3).shuffle(shuffled)
    other = Centre(Database.in_memory(), clock=clock)
    other.log.merge(shuffled, "2026-03-02T10:00:00.000Z")
    merged = {t: sorted(map(tuple, other.db.query(f"SELECT * FROM {t}"))) for t in tables}
    assert merged == before
