"""Two PCs of one centre against one Ralph: a resident continues on the other PC."""

from __future__ import annotations

from skillsapp.core.people import LearnerDetails
from skillsapp.sync.join import join_centre
from tests.sync.conftest import CENTRE_KEY
from tests.sync.test_round_trip import do_everything


def test_a_learner_registered_on_pc_a_signs_in_on_pc_b_and_sees_the_same_progress(
    ralph, account, first_pc, make_pc
) -> None:
    a = first_pc.centre
    learner_id = do_everything(a)
    assert first_pc.engine(ralph.url, account).sync_once().ok
    pc_b = make_pc("pc-b")

    joined = join_centre(pc_b.centre, pc_b.client(ralph.url, account), CENTRE_KEY)

    b = pc_b.centre
    assert joined.ok, joined.problems
    assert b.profile == a.profile
    assert b.learners.get(learner_id) == a.learners.get(learner_id)
    assert b.signin.learner_with_pin(learner_id, "1234").signed_in
    assert b.learning.progress(learner_id) == a.learning.progress(learner_id)
    trainer = a.trainers.list()[0]
    assert b.signin.trainer_with_password(trainer.id, "correct horse") is not None
    on_a = a.log.for_actor(learner_id)
    on_b = {s["id"]: s for s in b.log.for_actor(learner_id)}
    assert all(on_b[s["id"]] == s for s in on_a)


def test_work_on_pc_b_reaches_pc_a_and_profiles_merge_by_last_update(
    ralph, account, first_pc, make_pc, clock
) -> None:
    a = first_pc.centre
    trainer = a.trainers.list()[0]
    maria = a.learners.create(LearnerDetails("Maria", pin="1234"), by=trainer)
    first_pc.engine(ralph.url, account).sync_once()
    pc_b = make_pc("pc-b")
    join_centre(pc_b.centre, pc_b.client(ralph.url, account), CENTRE_KEY)
    b = pc_b.centre

    clock.advance(minutes=1)
    a.learners.update(maria.id, LearnerDetails("Mariana", pin=None))  # older edit
    clock.advance(minutes=1)
    b.learners.update(maria.id, LearnerDetails("Mary", pin="9999"))  # newer edit
    jonas = b.learners.create(LearnerDetails("Jonas"), by=b.trainers.list()[0])
    for engine in (
        first_pc.engine(ralph.url, account),
        pc_b.engine(ralph.url, account),
        first_pc.engine(ralph.url, account),
    ):
        assert engine.sync_once().ok

    assert a.learners.get(maria.id).first_name == "Mary"
    assert b.learners.get(maria.id).first_name == "Mary"
    assert a.signin.learner_with_pin(maria.id, "9999").signed_in
    assert a.learners.get(jonas.id).first_name == "Jonas"


def test_joining_with_the_wrong_centre_key_is_refused_and_writes_nothing(
    ralph, account, first_pc, make_pc
) -> None:
    import pytest

    from skillsapp.core.errors import Refused

    first_pc.engine(ralph.url, account).sync_once()
    pc_b = make_pc("pc-b")

    with pytest.raises(Refused, match="centre key"):
        join_centre(pc_b.centre, pc_b.client(ralph.url, account), "NOT-THE-RIGHT-KEY")

    assert not pc_b.centre.is_set_up
    assert pc_b.centre.log.count() == 0


def test_results_made_offline_long_ago_arrive_with_the_daily_full_pull(
    ralph, account, first_pc, make_pc, clock
) -> None:
    # Ralph applies "since" to the statements' own time, so a result made last week and
    # sent today is missed by the quick pull; the daily full pull brings it.
    first_pc.engine(ralph.url, account).sync_once()
    pc_b = make_pc("pc-b")
    join_centre(pc_b.centre, pc_b.client(ralph.url, account), CENTRE_KEY)
    real_now = clock.now
    clock.advance(days=-7)
    late = pc_b.centre.learners.create(LearnerDetails("Ilse"), by=pc_b.centre.trainers.list()[0])
    clock.now = real_now
    pc_b.engine(ralph.url, account).sync_once()
    engine_a = first_pc.engine(ralph.url, account)
    engine_a.sync_once()

    clock.advance(hours=25)
    engine_a.sync_once()

    assert first_pc.centre.learners.get(late.id).first_name == "Ilse"


def test_a_pull_of_many_small_pages_brings_everything_once(
    ralph, account, first_pc, make_pc
) -> None:
    # Pages of 3: each next page is fetched while the one before is merged.
    pc_b = make_pc("pc-b")
    first_pc.engine(ralph.url, account).sync_once()
    join_centre(pc_b.centre, pc_b.client(ralph.url, account), CENTRE_KEY)
    learner_id = do_everything(first_pc.centre)
    assert first_pc.engine(ralph.url, account).sync_once().ok
    engine = pc_b.engine(ralph.url, account, page_size=3)

    added = engine.pull(full=True)

    a, b = first_pc.centre, pc_b.centre
    on_a = a.log.for_actor(learner_id)
    assert added >= len(on_a) > 3 * 3
    assert b.log.for_actor(learner_id) == on_a
    assert b.learning.progress(learner_id) == a.learning.progress(learner_id)
    assert engine.pull(full=True) == 0
