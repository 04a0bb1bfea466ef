"""The front object: everything this PC knows about its centre, with small managers.

``Centre`` owns the database and hands out ``learners``, ``trainers``, ``signin`` and the
event ``log``; the UI and the command line use the same object. A centre opened on a file
whose projections are outdated (after an update) rebuilds them with ``log.prepare()``;
``open_centre`` does that at once, the window with a progress screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from skillsapp.core import events
from skillsapp.core.catalogue import Catalogue
from skillsapp.core.clock import Clock, iso, parse_iso, utc_now
from skillsapp.core.errors import Refused
from skillsapp.core.ids import new_id
from skillsapp.core.languages import LANGUAGE_CODES
from skillsapp.core.people import CENTRE_NAME, TRAINER_NAME, Trainer, check_password, clean_name
from skillsapp.core.projections import PROJECTIONS
from skillsapp.core.roster import Learners, Trainers
from skillsapp.core.signin import SignIn
from skillsapp.resources import bundled_courses
from skillsapp.storage.database import Database
from skillsapp.storage.statements import EventLog

if TYPE_CHECKING:
    from skillsapp.core.assessment.competences import Competences
    from skillsapp.core.certificates import Certificates
    from skillsapp.core.groups import Groups
    from skillsapp.core.learning import Learning

CENTRE_IRI_BASE = "https://w3id.org/skillsapp/centres/"


@dataclass(frozen=True)
class CentreProfile:
    """The centre's identity: a name for people, an IRI for the LRS."""

    id: str
    name: str
    iri: str
    language: str


class Centre:
    """One centre's data on this PC."""

    def __init__(
        self, db: Database, clock: Clock = utc_now, catalogue: Catalogue | None = None
    ) -> None:
        self.db = db
        self.clock = clock
        # Every projection from the start; their code is imported when first needed.
        self.log = EventLog(db, PROJECTIONS)
        if self.log.outdated() and not self.log.count():
            self.log.prepare()  # a new PC: the tables are made at once, there is nothing to read
        self.learners = Learners(self)
        self.trainers = Trainers(self)
        self.signin = SignIn(self)
        self.catalogue = catalogue or Catalogue([bundled_courses()])
        self._profile: CentreProfile | None = None
        self._competences: Competences | None = None

    @cached_property
    def learning(self) -> Learning:
        """Residents working through courses."""
        from skillsapp.core.learning import Learning

        return Learning(self, self.catalogue)

    @cached_property
    def groups(self) -> Groups:
        """Groups and assigned courses."""
        from skillsapp.core.groups import Groups

        return Groups(self)

    @cached_property
    def certificates(self) -> Certificates:
        """Certificates of completed courses."""
        from skillsapp.core.certificates import Certificates

        return Certificates(self)

    @property
    def competences(self) -> Competences:
        """Self-assessments, trainer assessments and profiles (item bank read on first use)."""
        if self._competences is None:
            from skillsapp.core.assessment.competences import Competences

            self._competences = Competences(self)
        return self._competences

    @property
    def profile(self) -> CentreProfile:
        """The centre's profile; only valid once ``is_set_up``."""
        if self._profile is None:
            row = self.db.one("SELECT id, name, iri, language FROM centre LIMIT 1")
            if row is None:
                raise LookupError("the centre has not been set up on this PC")
            self._profile = CentreProfile(*row)
        return self._profile

    def reload_profile(self) -> None:
        """Read the centre's profile again (after joining a centre replaced it)."""
        self._profile = None

    @property
    def is_set_up(self) -> bool:
        """False until the first-run wizard (or joining a centre) has been completed."""
        return self.db.one("SELECT 1 FROM centre LIMIT 1") is not None

    @property
    def pc_id(self) -> str:
        """A stable id for this PC, made the first time it is asked for."""
        found = self.db.scalar("SELECT value FROM meta WHERE key = 'pc_id'")
        if found:
            return str(found)
        made = new_id()
        self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('pc_id', ?)", (made,))
        return str(self.db.scalar("SELECT value FROM meta WHERE key = 'pc_id'"))

    def set_up(self, name: str, language: str, trainer_name: str, password: str) -> Trainer:
        """First run: create the centre and its first trainer, in one transaction."""
        if self.is_set_up:
            raise Refused("This PC already belongs to a centre.")
        name = clean_name(name, CENTRE_NAME)
        if language not in LANGUAGE_CODES:
            raise Refused("Please choose one of the offered languages.")
        trainer_name = clean_name(trainer_name, TRAINER_NAME)
        check_password(password)
        centre_id = new_id()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO centre (id, name, iri, language, created_at) VALUES (?, ?, ?, ?, ?)",
                (centre_id, name, CENTRE_IRI_BASE + centre_id, language, self.now_iso()),
            )
            trainer = self.trainers.create(trainer_name, password)
        self._profile = None
        return trainer

    def now(self) -> datetime:
        """The current time from this centre's clock."""
        return self.clock()

    def now_iso(self) -> str:
        """The current time as stored."""
        return iso(self.clock())

    def record(
        self,
        actor_id: str,
        verb: tuple[str, str],
        obj: dict[str, Any],
        after: str | None = None,
        **context: Any,
    ) -> events.Statement:
        """Build a statement of this centre and append it to the log.

        Call inside the transaction of the action it records. ``after``: a timestamp the new
        statement must come after (for "latest wins" states changed twice in one millisecond).
        """
        profile = self.profile
        when = self.now()
        if after is not None and iso(when) <= after:
            when = parse_iso(after) + timedelta(milliseconds=1)
        stmt = events.statement(
            centre_iri=profile.iri,
            actor_id=actor_id,
            verb=verb,
            obj=obj,
            when=when,
            pc_id=self.pc_id,
            **context,
        )
        self.log.append(stmt, self.now_iso())
        return stmt
