"""One background runner for slow work (disk-heavy queries, backups, network).

Work runs on a single worker thread, so database work never runs twice at once; the result
comes back to the UI thread through a queued signal. Never touch a widget from ``fn``: it
runs on the worker. Tests use ``ImmediateRunner``, which runs the work at once.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs functions on one background worker and reports back on the UI thread."""

    # Emitted from the worker; queued to this object's (UI) thread.
    _finished = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count()
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._finished.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)

    def run(self, fn: Callable[[], Any], done: Done | None = None, failed: Failed | None = None):
        """Run ``fn()`` in the background; call ``done(result)`` or ``failed(error)`` later."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, failed)
        self._pool.start(_Job(job_id, fn, self))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for queued work to finish (at shut-down)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _deliver_result(self, job_id: int, result: object) -> None:
        done, _ = self._callbacks.pop(job_id, (None, None))
        if done is not None:
            done(result)

    @Slot(int, object)
    def _deliver_error(self, job_id: int, error: object) -> None:
        _, failed = self._callbacks.pop(job_id, (None, None))
        if failed is not None:
            failed(error)  # type: ignore[arg-type]
        else:
            log.error("Background task failed: %s", error, exc_info=error)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], runner: TaskRunner) -> None:
        super().__init__()
        self.job_id, self.fn, self.runner = job_id, fn, runner

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the UI thread, never lost
            self.runner._failed.emit(self.job_id, exc)
        else:
            self.runner._finished.emit(self.job_id, result)


class ImmediateRunner(QObject):
    """The synchronous stand-in used by tests: the work runs inside ``run``."""

    def run(self, fn: Callable[[], Any], done: Done | None = None, failed: Failed | None = None):
        """Run ``fn()`` now and call back at once."""
        try:
            result = fn()
        except Exception as exc:
            if failed is None:
                raise
            failed(exc)
        else:
            if done is not None:
                done(result)

    def wait(self, msecs: int = 0) -> bool:
        """Nothing is ever pending."""
        return True
