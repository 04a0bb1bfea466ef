"""The operating system is asked whether the connection is metered; never an error."""

from __future__ import annotations

from skillsapp.ui.network import connection_is_metered


def test_the_system_is_asked_and_answers_plainly(qapp):
    assert connection_is_metered() in (True, False, None)
