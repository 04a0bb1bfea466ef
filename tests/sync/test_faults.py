"""Faults between the app and the LRS: everything ends in Ralph exactly once, nothing lost."""

from __future__ import annotations

import collections
import threading
import time

import pytest

from skillsapp.core.events import Verb, app_activity
from skillsapp.sync.engine import Backoff
from skillsapp.sync.lrs_client import UNREACHABLE, WRONG_CREDENTIALS
from tests.sync.conftest import ACCOUNTS
from tests.sync.proxy import FaultyProxy, wait_until
from tests.sync.ralph import Account, Ralph


def make_statements(centre, count: int) -> list[str]:
    """``count`` sign-in statements, made in one transaction (fast)."""
    trainer = centre.trainers.list()[0]
    obj = app_activity(centre.profile.iri)
    with centre.db.transaction():
        return [centre.record(trainer.id, Verb.LOGGED_IN, obj)["id"] for _ in range(count)]


def assert_exactly_once(ralph: Ralph, pc) -> None:
    counts = collections.Counter(ralph.stored_ids())
    ours = {r[0] for r in pc.db.query("SELECT id FROM statements")}
    assert {i for i in ours if counts[i] != 1} == set()
    assert pc.centre.log.waiting_to_send() == 0


@pytest.fixture
def proxy(ralph):
    faulty = FaultyProxy(ralph.port)
    yield faulty
    faulty.close()


@pytest.mark.parametrize(
    "faults",
    [
        ["drop", "drop"],
        ["500", "500", "500"],
        ["stall"],
        [("cut", 20_000)],
        ["lose-reply"],
        ["lose-reply", "drop", "500", "stall", ("cut", 5_000)],
    ],
    ids=["dropped", "server-errors", "stalled", "cut-mid-request", "reply-lost", "all"],
)
def test_each_statement_reaches_the_lrs_exactly_once_through_faults(
    ralph, account, first_pc, proxy, faults
) -> None:
    make_statements(first_pc.centre, 300)
    proxy.faults.extend(faults)
    engine = first_pc.engine(
        proxy.url, account, batch_size=100, backoff=Backoff(0.01, 0.05, attempts=8)
    )
    engine.client = first_pc.client(proxy.url, account, timeout=1.0)

    result = engine.sync_once()

    assert result.ok, result.problems
    assert_exactly_once(ralph, first_pc)


def test_a_long_outage_keeps_everything_for_the_next_sync(ralph, account, first_pc, proxy):
    make_statements(first_pc.centre, 50)
    proxy.faults.extend(["500"] * 20)
    engine = first_pc.engine(proxy.url, account, backoff=Backoff(0.01, 0.02, attempts=3))

    failed = engine.sync_once()

    assert not failed.ok
    assert str(failed.problems[0]).startswith("The LRS has a problem of its own")
    assert first_pc.centre.log.waiting_to_send() == 50 + 2  # and the roster statements
    proxy.faults.clear()
    assert engine.sync_once().ok
    assert_exactly_once(ralph, first_pc)


def test_wrong_credentials_give_the_plain_message_and_lose_nothing(ralph, account, first_pc):
    make_statements(first_pc.centre, 5)
    wrong = Account(account.key, "not-the-secret", account.name)

    result = first_pc.engine(ralph.url, wrong).sync_once()

    assert [p.template for p in result.problems] == [WRONG_CREDENTIALS]
    assert not result.push_ok and not result.pull_ok
    assert first_pc.centre.log.waiting_to_send() == 5 + 2
    assert first_pc.engine(ralph.url, account).sync_once().ok
    assert_exactly_once(ralph, first_pc)


def test_a_wrong_address_gives_the_plain_message_and_loses_nothing(first_pc, account):
    make_statements(first_pc.centre, 5)
    nobody = "http://127.0.0.1:9/xAPI/"  # the discard port: nothing listens

    result = first_pc.engine(nobody, account, backoff=Backoff(0.01, 0.02, 2)).sync_once()

    assert UNREACHABLE in [p.template for p in result.problems]
    assert first_pc.centre.log.waiting_to_send() == 5 + 2


def test_a_statement_the_lrs_refuses_is_quarantined_and_the_rest_go_on(
    ralph, account, first_pc
) -> None:
    centre = first_pc.centre
    make_statements(centre, 40)
    broken = {  # an activity without an id: Ralph answers 422
        "id": "0b5c5a4e-8f0e-4b6a-9a57-3f3a5a3f0c11",
        "actor": {"objectType": "Agent", "account": {"homePage": centre.profile.iri, "name": "x"}},
        "verb": {"id": Verb.LOGGED_IN[0]},
        "object": {"objectType": "Activity"},
        "timestamp": centre.now_iso(),
        "version": "1.0.3",
    }
    centre.log.append(broken, centre.now_iso())
    make_statements(centre, 40)

    result = first_pc.engine(ralph.url, account, batch_size=25).sync_once()

    assert result.ok and result.quarantined == 1
    (held,) = first_pc.engine(ralph.url, account).outbox.quarantined()
    assert held.statement_id == broken["id"] and "422" in held.reason
    assert broken["id"] not in ralph.stored_ids()
    counts = collections.Counter(ralph.stored_ids())
    others = [
        r[0] for r in first_pc.db.query("SELECT id FROM statements WHERE id != ?", (broken["id"],))
    ]
    assert all(counts[i] == 1 for i in others)


@pytest.mark.slow
def test_ralph_killed_and_restarted_during_a_push_of_10000_statements(tmp_path, first_pc) -> None:
    account = ACCOUNTS[0]
    lrs = Ralph(tmp_path / "ralph", [account])
    lrs.start()
    try:
        make_statements(first_pc.centre, 10_000)
        engine = first_pc.engine(
            lrs.url, account, batch_size=250, backoff=Backoff(0.2, 1.0, attempts=20)
        )

        def kill_and_restart() -> None:
            wait_until(lambda: len(lrs.stored_ids()) > 3_000, timeout=120, step=0.01)
            lrs.stop()
            time.sleep(1.5)
            lrs.start()

        killed: list[bool] = []
        killer = threading.Thread(target=lambda: killed.append(kill_and_restart() is None))
        killer.start()
        results = [engine.sync_once()]
        killer.join()
        assert killed, "Ralph was never stopped during the push"
        while not results[-1].ok and len(results) < 5:  # the next scheduled syncs
            results.append(engine.sync_once())

        assert results[-1].ok, [r.problems for r in results]
        assert_exactly_once(lrs, first_pc)
        assert len(lrs.stored_ids()) == first_pc.centre.log.count()
    finally:
        lrs.stop()
