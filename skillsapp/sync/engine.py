"""Push and pull: the outbox goes to the LRS in batches, the centre's statements come back.

Push confirms every statement before it leaves the outbox: ids the LRS lists as stored now
are confirmed at once; any other (a 204, or an id missing from the answer, as after a crash
between sending and recording) is read back by id and compared with ours. A batch the LRS
refuses (400, 409, 413, 422) is split in halves until the one statement at fault is found
and quarantined with the LRS's reason; the others go on. Network trouble is retried with
exponential backoff and full jitter, then left for the next sync: nothing is ever lost.

Pull asks for the statements since the last pull, follows ``more`` links on the same host
(fetching the next page while the current one is merged), keeps only this centre's
statements, and merges each page by id in one transaction with the projections (progress,
roster) updated inside it.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from skillsapp.core.clock import iso
from skillsapp.core.errors import Message
from skillsapp.sync.centre_key import load_centre_keys
from skillsapp.sync.lrs import Lrs, LrsProblem, Rejected, WrongCredentials
from skillsapp.sync.outbox import Outbox
from skillsapp.sync.progress import Progress, Report, Stage, unreported
from skillsapp.sync.roster import publish_roster
from skillsapp.sync.values import get_value, set_value

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

log = logging.getLogger(__name__)

# Measured with bench/sync.py against Ralph (docs/sync.md): 10,000 statements took 7.0 s in
# batches of 100, 4.4 s of 250, 3.5 s of 500 and 2.1 s of 1000 (Ralph checks each batch for
# repeated ids in one pass). A refused batch of 1000 costs about ten extra requests to split.
DEFAULT_BATCH = 1000
PAGE_SIZE = 500
FULL_PULL_EVERY = timedelta(hours=24)
PULL_OVERLAP = timedelta(minutes=5)
LRS_FIELDS = ("stored", "authority")  # added by the LRS; not part of the statement as made
T = TypeVar("T")
Statement = dict[str, Any]


@dataclass
class Backoff:
    """Exponential backoff with full jitter: wait a random time up to base * 2^n (capped)."""

    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random

    def delays(self) -> Iterator[float]:
        """The pauses between attempts (one fewer than the attempts)."""
        for n in range(self.attempts - 1):
            yield self.rand() * min(self.cap, self.base * 2**n)


@dataclass
class SyncResult:
    """What one sync did, and the problem in plain words if a direction failed."""

    pushed: int = 0
    pulled: int = 0
    quarantined: int = 0
    push_ok: bool = False
    pull_ok: bool = False
    problems: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Both directions succeeded."""
        return self.push_ok and self.pull_ok

    def describe(self) -> str:
        """One or two lines for the command line and the sync page."""
        line = f"Sent {self.pushed}, received {self.pulled}"
        if self.quarantined:
            line += f", {self.quarantined} refused by the LRS (see the sync page)"
        return "\n".join([line + ".", *map(str, self.problems)])


class SyncEngine:
    """Sync one centre's log with one LRS account."""

    def __init__(
        self,
        centre: Centre,
        client: Lrs,
        batch_size: int = DEFAULT_BATCH,
        backoff: Backoff | None = None,
        page_size: int = PAGE_SIZE,
        progress: Report = unreported,
    ) -> None:
        self.centre = centre
        self.progress = progress
        self.client = client
        self.batch_size = max(1, batch_size)
        self.backoff = backoff or Backoff()
        self.page_size = page_size
        self.outbox = Outbox(centre.db)

    # -- both ways ------------------------------------------------------------------------

    def sync_once(self) -> SyncResult:
        """Push, then pull; a failed push does not stop the pull (except wrong credentials)."""
        result = SyncResult()
        try:
            result.pushed, result.quarantined, unconfirmed = self.push()
            result.push_ok = unconfirmed == 0
            if unconfirmed:
                result.problems.append(
                    Message(
                        "Some results could not be confirmed ({count}); they will be sent again.",
                        {"count": unconfirmed},
                    )
                )
        except LrsProblem as problem:
            result.problems.append(problem.message)
            if isinstance(problem, WrongCredentials):
                self._note_problem(problem.message)
                return result
        try:
            result.pulled = self.pull()
            result.pull_ok = True
        except LrsProblem as problem:
            result.problems.append(problem.message)
        self._note_problem(result.problems[0] if result.problems else None)
        return result

    # -- push -----------------------------------------------------------------------------

    def push(self) -> tuple[int, int, int]:
        """Send the outbox; return (confirmed, quarantined, left unconfirmed).

        Raises LrsProblem when the LRS stays unreachable or refuses the credentials; what was
        confirmed before stays confirmed.
        """
        keys = load_centre_keys(self.centre.db)
        if keys is not None and self.centre.is_set_up:
            publish_roster(self.centre, keys)
        totals = [0, 0, 0]
        after = handled = 0
        waiting = self.outbox.waiting()
        self.progress(Progress(Stage.SENDING, 0, waiting))
        while batch := self.outbox.next_batch(self.batch_size, after):
            statements = [(i, text) for _, i, text in batch]
            self._retrying(partial(self._deliver, statements, totals))
            after = batch[-1][0]
            handled += len(batch)
            # Results made on this PC during the push are sent in the same push.
            self.progress(Progress(Stage.SENDING, handled, max(waiting, handled)))
        set_value(self.centre.db, "sync.last_push", self.centre.now_iso())
        return totals[0], totals[1], totals[2]

    def _deliver(self, statements: list[tuple[str, str]], totals: list[int]) -> None:
        try:
            stored_now = set(self.client.post_json_texts([text for _, text in statements]))
        except Rejected as refusal:
            if len(statements) > 1:
                half = len(statements) // 2
                for part in (statements[:half], statements[half:]):
                    self._retrying(partial(self._deliver, part, totals))
                return
            self._refused(json.loads(statements[0][1]), refusal, totals)
            return
        confirmed = [i for i, _ in statements if i in stored_now]
        for ours in (json.loads(text) for i, text in statements if i not in stored_now):
            theirs = self.client.get_statement(ours["id"])
            if theirs is None:
                totals[2] += 1  # the LRS neither stored it nor has it: next sync resends it
            elif same_statement(ours, theirs):
                confirmed.append(ours["id"])
            else:
                self._quarantine(ours, "A different statement with the same id is in the LRS.")
                totals[1] += 1
        self.outbox.delivered(confirmed)
        totals[0] += len(confirmed)

    def _refused(self, ours: Statement, refusal: Rejected, totals: list[int]) -> None:
        if refusal.status == 409:
            theirs = self.client.get_statement(ours["id"])
            if theirs is not None and same_statement(ours, theirs):
                self.outbox.delivered([ours["id"]])
                totals[0] += 1
                return
            reason = "A different statement with the same id is in the LRS."
        else:
            reason = f"The LRS refused it (HTTP {refusal.status}): {refusal.detail}"
        self._quarantine(ours, reason)
        totals[1] += 1

    def _quarantine(self, ours: Statement, reason: str) -> None:
        log.warning("Statement %s quarantined: %s", ours["id"], reason)
        self.outbox.quarantine(ours["id"], reason, self.centre.now_iso())

    # -- pull -----------------------------------------------------------------------------

    def pull(self, full: bool | None = None) -> int:
        """Merge the centre's statements stored since the last pull; return how many are new.

        ``full`` asks for everything; by default a full pull runs once a day, because some
        LRSs (Ralph's file backend) apply ``since`` to the statement's own time, so a result
        made offline last week and sent today would otherwise never be asked for.
        """
        db = self.centre.db
        iri = self.centre.profile.iri
        last_full = get_value(db, "sync.last_full_pull")
        if full is None:
            full = last_full is None or _older_than(last_full, self.centre.now(), FULL_PULL_EVERY)
        params: dict[str, Any] = {"limit": self.page_size}
        cursor = get_value(db, "sync.pull_cursor")
        if cursor and not full:
            params["since"] = cursor
        page = self._retrying(lambda: self.client.get_statements(**params))
        added = received = 0
        newest: str | None = None
        self.progress(Progress(Stage.RECEIVING, 0))
        # The next page is fetched while this one is merged: the LRS's answer and the writing
        # here overlap instead of taking turns (the client is used by one thread at a time).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
            while True:
                following = None
                if page.more and page.statements:
                    following = fetcher.submit(
                        self._retrying, partial(self.client.next_page, page.more)
                    )
                mine = []
                for statement in page.statements:
                    stored = statement.get("stored")
                    if isinstance(stored, str) and (newest is None or stored > newest):
                        newest = stored
                    if _is_ours(statement, iri):
                        mine.append({k: v for k, v in statement.items() if k not in LRS_FIELDS})
                added += self.centre.log.merge(mine, self.centre.now_iso())
                received += len(page.statements)
                self.progress(Progress(Stage.RECEIVING, received))
                if following is None:
                    break
                page = following.result()
        with db.transaction():
            if newest is not None:
                set_value(db, "sync.pull_cursor", _minus(newest, PULL_OVERLAP))
            set_value(db, "sync.last_pull", self.centre.now_iso())
            if full:
                set_value(db, "sync.last_full_pull", self.centre.now_iso())
        return added

    # -- helpers --------------------------------------------------------------------------

    def _retrying(self, action: Callable[[], T]) -> T:
        delays = self.backoff.delays()
        while True:
            try:
                return action()
            except LrsProblem as problem:
                delay = next(delays, None)
                if not problem.retry or delay is None:
                    raise
                log.info("LRS problem (%s); trying again in %.1f s", problem, delay)
                self.backoff.sleep(delay)

    def _note_problem(self, problem: Message | None) -> None:
        db = self.centre.db
        with db.transaction():
            set_value(db, "sync.last_error", problem.stored() if problem else None)
            set_value(db, "sync.last_error_at", self.centre.now_iso() if problem else None)


def same_statement(ours: Statement, theirs: Statement) -> bool:
    """True when the LRS's copy is our statement (ignoring what the LRS adds)."""
    return {k: v for k, v in theirs.items() if k not in LRS_FIELDS} == ours


def _is_ours(statement: Statement, centre_iri: str) -> bool:
    # Only well-formed statements of this centre enter the log; anything else is skipped.
    actor = statement.get("actor")
    verb = statement.get("verb")
    account = actor.get("account") if isinstance(actor, dict) else None
    return (
        isinstance(account, dict)
        and account.get("homePage") == centre_iri
        and isinstance(account.get("name"), str)
        and isinstance(verb, dict)
        and isinstance(verb.get("id"), str)
        and isinstance(statement.get("object"), dict)
        and isinstance(statement.get("timestamp"), str)
        and isinstance(statement.get("id"), str)
    )


def _older_than(when: str, now: datetime, age: timedelta) -> bool:
    try:
        return now - datetime.fromisoformat(when) > age
    except ValueError:
        return True


def _minus(stored: str, overlap: timedelta) -> str:
    try:
        return iso(datetime.fromisoformat(stored) - overlap)
    except ValueError:
        return stored
