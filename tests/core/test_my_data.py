"""A resident's own data: seen in plain words, exported, erased (here and on other PCs)."""

from __future__ import annotations

import json

from skillsapp.core import events
from skillsapp.core.centre import Centre
from skillsapp.core.my_data import ERASED, VOIDED, erase, export_json, facts
from skillsapp.storage.database import Database
from skillsapp.storage.statements import compact
from tests.conftest import assert_valid_xapi
from tests.core.test_groups_dashboard import _group
from tests.core.test_learning import take_course


def test_the_facts_cover_profile_consent_courses_and_records(centre, trainer, make_learner):
    maria = make_learner("Maria", pin="4815")
    take_course(centre, maria.id, "email-basics")
    found = facts(centre, maria)
    assert (found.first_name, found.has_pin, found.keep_records) == ("Maria", True, True)
    assert (found.courses_started, found.courses_finished) == (1, 1)
    assert found.records == len(centre.log.for_actor(maria.id))


def test_the_export_holds_the_profile_progress_and_every_statement(centre, trainer, make_learner):
    maria = make_learner("Maria")
    take_course(centre, maria.id, "email-basics")
    data = json.loads(export_json(centre, maria))
    assert data["profile"]["first_name"] == "Maria"
    assert len(data["statements"]) == centre.log.count() - 0 - len(centre.log.for_actor(trainer.id))
    assert data["progress"]["course_progress"][0]["course_id"] == "email-basics"
    assert "pin_hash" not in json.dumps(data)


def test_erasing_removes_everything_here_and_voids_what_the_lrs_got(
    centre, trainer, make_learner, clock
):
    maria, jonas = make_learner("Maria"), make_learner("Jonas")
    _group(centre, trainer, "Tuesday", [maria, jonas])
    take_course(centre, maria.id, "email-basics")
    mine = centre.log.for_actor(maria.id)
    # Pretend the first half already reached the LRS.
    sent = [s["id"] for s in mine[: len(mine) // 2]]
    centre.db.execute(
        f"DELETE FROM outbox WHERE statement_id IN ({','.join('?' * len(sent))})", sent
    )
    statements_before = [
        s for person in (maria, jonas, trainer) for s in centre.log.for_actor(person.id)
    ]
    voids = erase(centre, maria.id, by=trainer)
    assert voids == len(sent)
    assert centre.log.for_actor(maria.id) == []
    assert [x.first_name for x in centre.learners.list(include_archived=True)] == ["Jonas"]
    assert centre.groups.list()[0].members == (jonas.id,)
    for table in ("course_progress", "lesson_progress", "certificates", "learner_days"):
        assert (
            centre.db.scalar(f"SELECT count(*) FROM {table} WHERE learner_id = ?", (maria.id,)) == 0
        )
    voiding = centre.log.for_actor(trainer.id, VOIDED[0])
    assert sorted(v["object"]["id"] for v in voiding) == sorted(sent)
    for statement in voiding + centre.log.for_actor(trainer.id, ERASED[0]):
        assert_valid_xapi(statement)
    queued = {r[0] for r in centre.db.query("SELECT statement_id FROM outbox")}
    assert not queued & {s["id"] for s in mine}  # nothing of hers is still to be sent

    # Another PC that had her statements erases her when the "erased" statement arrives,
    # and does not take her statements back afterwards.
    other = Centre(Database.in_memory(), clock=clock)
    other.log.merge(statements_before, "2026-03-02T10:00:00.000Z")
    assert other.log.for_actor(maria.id)
    other.log.merge(centre.log.for_actor(trainer.id), "2026-03-02T11:00:00.000Z")
    assert other.log.for_actor(maria.id) == []
    other.log.merge(mine, "2026-03-02T12:00:00.000Z")
    assert other.log.for_actor(maria.id) == []
    rows = [(s["id"], compact(s)) for s in mine]  # as a bundle brings them
    assert other.log.merge_stored(rows, "2026-03-02T13:00:00.000Z", centre.profile.iri) == 0
    assert other.log.for_actor(maria.id) == []
    assert (
        other.db.scalar(
            "SELECT count(*) FROM statements WHERE verb = ?", (events.Verb.REGISTERED[0],)
        )
        == 1
    )
