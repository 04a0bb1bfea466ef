"""Background sync waits on a metered connection unless the trainer allowed it."""

from __future__ import annotations

from skillsapp.sync.settings import LrsSettings, may_sync_now

READY = dict(url="http://127.0.0.1:8100/xAPI/", key="centre", secret="s3cret")


def test_sync_waits_on_a_metered_connection_unless_allowed():
    saved = LrsSettings(**READY)
    allowed = LrsSettings(**READY, on_metered=True)
    assert may_sync_now(saved, metered=False)
    assert not may_sync_now(saved, metered=True)
    assert may_sync_now(allowed, metered=True)
    assert may_sync_now(saved, metered=None)  # unknown: results still go out


def test_nothing_syncs_when_switched_off_or_not_set_up():
    assert not may_sync_now(LrsSettings(**READY, enabled=False), metered=False)
    assert not may_sync_now(LrsSettings(), metered=False)
