"""What the sync engine needs of a Learning Record Store, whatever stands behind it.

The engine talks to an ``Lrs``: the xAPI client over HTTPS (``lrs_client.LrsClient``) is one;
a reader over a region's store, or a stand-in in a test, can be another. ``connect`` makes
the HTTPS one from a centre's saved settings, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from skillsapp.core.errors import Explained

if TYPE_CHECKING:
    from skillsapp.sync.lrs_client import LrsClient
    from skillsapp.sync.settings import LrsSettings

Statement = dict[str, Any]


class LrsProblem(Explained):
    """Talking to the LRS failed; the message is a plain sentence for a trainer."""

    retry = False  # worth trying again after a pause


class Unreachable(LrsProblem):
    """No answer, a cut connection, a timeout or a server error: try again later."""

    retry = True


class WrongCredentials(LrsProblem):
    """The LRS refused the key or secret (401/403)."""


class BadAnswer(LrsProblem):
    """An answer that is not what an LRS sends: HTML, garbage, too big, a foreign redirect."""

    retry = True


class Rejected(LrsProblem):
    """The LRS refused the statements sent (400, 409, 413, 422)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(
            "The LRS refused the statement (HTTP {status}): {detail}", status=status, detail=detail
        )
        self.status = status
        self.detail = detail


UNREACHABLE = "The LRS cannot be reached; results are kept here and sent later."
WRONG_CREDENTIALS = "The key or secret is wrong."


@dataclass(frozen=True)
class Page:
    """One page of a statements query and the link to the next one."""

    statements: list[Statement]
    more: str | None


class Lrs(Protocol):
    """Statements in and out of one LRS account (xAPI 1.0.3 semantics)."""

    def post_json_texts(self, statements: list[str]) -> list[str]:
        """Store statements given as JSON texts; return the ids the LRS holds now.

        A repeat of a stored statement is not an error (answered 204 or 409 by id)."""
        ...

    def get_statement(self, statement_id: str) -> Statement | None:
        """One statement by id, or None when the LRS does not hold it."""
        ...

    def get_statements(self, **params: Any) -> Page:
        """The first page of a statements query (``since``, ``limit``, ``agent``...)."""
        ...

    def next_page(self, more: str) -> Page:
        """The page a previous page's ``more`` link points to."""
        ...

    def check_connection(self) -> None:
        """Sign in and read once; raise an ``LrsProblem`` in plain words if that fails."""
        ...


def connect(settings: LrsSettings, timeout: float = 20.0) -> LrsClient:
    """The HTTPS client for a centre's LRS settings (use it as a context manager)."""
    from skillsapp.sync.lrs_client import LrsClient

    return LrsClient(settings.url, settings.key, settings.secret, timeout=timeout)
