"""Shared fixtures: offscreen Qt, a real SQLite centre in a temporary folder, xAPI checks."""

from __future__ import annotations

import os

# Without a display Qt aborts; every test runs offscreen. Set before PySide6 is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from skillsapp.core.centre import Centre
from skillsapp.core.people import LearnerDetails, Trainer
from skillsapp.storage.database import Database

TRAINER_PASSWORD = "correct horse"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, also set as SKILLSAPP_HOME."""
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    monkeypatch.setenv("SKILLSAPP_HOME", str(folder))
    return folder


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = Database.open(data_dir / "skillsapp.db", data_dir / "backups")
    yield database
    database.close()


@pytest.fixture
def centre(db: Database, clock: FakeClock) -> Centre:
    """A set-up centre with one trainer."""
    c = Centre(db, clock=clock)
    c.set_up("Lindenau Village Hall", "en", "Petra Trainer", TRAINER_PASSWORD)
    return c


@pytest.fixture
def trainer(centre: Centre) -> Trainer:
    return centre.trainers.list()[0]


@pytest.fixture
def make_learner(centre: Centre, trainer: Trainer):
    """Create a learner with the given first name and optional PIN."""

    def make(first_name: str = "Maria", pin: str | None = None, **kw):
        return centre.learners.create(LearnerDetails(first_name, pin=pin, **kw), by=trainer)

    return make


def assert_valid_xapi(statement: dict) -> None:
    """Validate against Ralph's strict xAPI model (the one the LRS side trusts)."""
    from ralph.models.xapi.base.statements import BaseXapiStatement

    BaseXapiStatement(**statement)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Compile the .ts files to .qm, as the build does, so switching language can be tested."""
    from skillsapp.ui.i18n import compile_translations

    compile_translations()
