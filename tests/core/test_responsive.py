"""The window never waits on the database: a read on the UI thread goes on while a long
write (a bundle import, a rebuild) holds the database on the worker."""

from __future__ import annotations

import threading
import time

from skillsapp.core.opening import open_centre
from skillsapp.core.people import LearnerDetails

HELD = 5.0  # seconds the write holds the database; the read must not wait for it


def test_a_read_does_not_wait_for_a_long_write_on_another_thread(tmp_path):
    centre = open_centre(tmp_path)
    trainer = centre.set_up("Lindenau Village Hall", "en", "Petra Trainer", "correct horse")
    centre.learners.create(LearnerDetails("Maria"), by=trainer)
    writing, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with centre.db.bulk_transaction() as conn:
            conn.execute("UPDATE learners SET first_name = 'Not yet committed'")
            writing.set()
            release.wait(HELD)

    worker = threading.Thread(target=long_write)
    worker.start()
    try:
        assert writing.wait(HELD)
        started = time.perf_counter()
        names = [learner.first_name for learner in centre.learners.list()]
        waited = time.perf_counter() - started
    finally:
        release.set()
        worker.join()
    assert names == ["Maria"]  # the last committed state, not the write in progress
    assert waited < HELD / 5, f"the read waited {waited:.2f} s for the write"
    assert [x.first_name for x in centre.learners.list()] == ["Not yet committed"]
    centre.db.close()


def test_inside_a_transaction_reads_see_what_it_wrote(tmp_path):
    centre = open_centre(tmp_path)
    trainer = centre.set_up("Lindenau Village Hall", "en", "Petra Trainer", "correct horse")
    with centre.db.transaction():
        made = centre.learners.create(LearnerDetails("Jonas"), by=trainer)
        assert centre.learners.get(made.id).first_name == "Jonas"
    centre.db.close()
