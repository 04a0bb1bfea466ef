"""A real Ralph LRS for the sync tests, and centres that sync with it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from skillsapp.core.centre import Centre
from skillsapp.core.clock import utc_now
from skillsapp.storage.database import Database
from skillsapp.sync.centre_key import set_centre_key
from skillsapp.sync.engine import Backoff, SyncEngine
from skillsapp.sync.lrs_client import LrsClient
from skillsapp.sync.settings import LrsSettings, save_lrs_settings
from tests.conftest import FakeClock
from tests.sync.ralph import Account, Ralph

ACCOUNTS = [Account(f"centre-{n:02d}", f"secret-of-centre-{n:02d}", f"c{n:02d}") for n in range(60)]
CENTRE_KEY = "TEST-CENTRE-KEY-1234"
_next_account = itertools.count()


@pytest.fixture(scope="session")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    """One Ralph for the session; every test uses its own account (its own centre)."""
    server = Ralph(tmp_path_factory.mktemp("ralph"), ACCOUNTS)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def account() -> Account:
    """An LRS account no other test uses: with reads restricted by authority, a clean LRS."""
    return ACCOUNTS[next(_next_account) % len(ACCOUNTS)]


@pytest.fixture
def clock() -> FakeClock:
    """A hand-moved clock starting at the real time: Ralph stamps ``stored`` with its own
    clock, and pulls compare the two, as PCs with a set clock do."""
    moved = FakeClock()
    moved.now = utc_now()
    return moved


@pytest.fixture
def quick_backoff() -> Backoff:
    """Retries without long waits."""
    return Backoff(base=0.01, cap=0.05, attempts=4)


class PC:
    """One PC of a centre: its own database and clock, syncing with one LRS account."""

    def __init__(self, folder: Path, clock: FakeClock) -> None:
        (folder / "backups").mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db = Database.open(folder / "skillsapp.db", folder / "backups")
        self.centre = Centre(self.db, clock=clock)

    def client(self, url: str, account: Account, timeout: float = 10.0) -> LrsClient:
        """A client of ``account`` at ``url``."""
        return LrsClient(url, account.key, account.secret, timeout=timeout)

    def engine(self, url: str, account: Account, **kwargs) -> SyncEngine:
        """A sync engine for this PC."""
        kwargs.setdefault("backoff", Backoff(base=0.01, cap=0.05, attempts=4))
        return SyncEngine(self.centre, self.client(url, account), **kwargs)

    def save_settings(self, url: str, account: Account) -> None:
        """Save the LRS settings the way the trainer page does."""
        save_lrs_settings(self.db, LrsSettings(url, account.key, account.secret))


@pytest.fixture
def make_pc(tmp_path: Path, clock: FakeClock) -> Iterator:
    """Make PCs (empty databases) in the test's folder; closed at the end."""
    made: list[PC] = []

    def make(name: str = "pc-a") -> PC:
        pc = PC(tmp_path / name, clock)
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.db.close()


@pytest.fixture
def first_pc(make_pc) -> PC:
    """PC A of a freshly set-up centre, with its centre key."""
    pc = make_pc("pc-a")
    pc.centre.set_up("Lindenau Village Hall", "en", "Petra Trainer", "correct horse")
    set_centre_key(pc.centre, CENTRE_KEY)
    return pc
