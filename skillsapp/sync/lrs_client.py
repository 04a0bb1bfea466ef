"""A small xAPI 1.0.3 client on httpx: Basic auth, timeouts, careful with every answer.

The LRS is on the other side of a rural connection, a captive portal or a misconfigured
proxy, so every answer is checked: its size is capped while it is read, HTML and garbage
are reported in plain words, and a redirect to another host is refused (it would carry the
centre's credentials elsewhere). The secret never appears in logs, reprs or messages.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from skillsapp.core.errors import Refused
from skillsapp.sync.lrs import (
    UNREACHABLE,
    WRONG_CREDENTIALS,
    BadAnswer,
    Page,
    Rejected,
    Statement,
    Unreachable,
    WrongCredentials,
)

log = logging.getLogger(__name__)

XAPI_VERSION = "1.0.3"
MAX_BODY = 32 * 1024 * 1024  # a page of statements is far smaller; more is a broken LRS
MAX_REDIRECTS = 3


def check_address(url: str) -> str:
    """Return the LRS address tidied (ending in '/'), or refuse it in plain words."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused("The LRS address should look like https://lrs.example.org/xAPI/")
    if parts.username or parts.password:
        raise Refused("Please put the key and secret in their own boxes, not in the address.")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise Refused("The LRS address must start with https:// so that results travel safely.")
    return url if url.endswith("/") else url + "/"


def is_loopback(host: str) -> bool:
    """True for this computer itself (localhost, 127.x.x.x, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LrsClient:
    """Statements in and out of one LRS account over HTTPS (an :class:`~skillsapp.sync.lrs.Lrs`)."""

    def __init__(
        self,
        url: str,
        key: str,
        secret: str,
        timeout: float = 20.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base = check_address(url)
        if not key or not secret:
            raise Refused("Please type the LRS key and secret.")
        self._origin = _origin(self.base)
        self._http = httpx.Client(
            auth=httpx.BasicAuth(key, secret),
            headers={"X-Experience-API-Version": XAPI_VERSION},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"LrsClient({self.base!r})"

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> LrsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- statements -----------------------------------------------------------------------

    def post_statements(self, statements: list[Statement]) -> list[str]:
        """Send a batch; return the ids the LRS says it stored now (204: none new)."""
        return self.post_json_texts([json.dumps(s, separators=(",", ":")) for s in statements])

    def post_json_texts(self, statements: list[str]) -> list[str]:
        """Like ``post_statements``, for statements already written as JSON text."""
        body = ("[" + ",".join(statements) + "]").encode()
        status, data = self._send(
            "POST",
            urljoin(self.base, "statements"),
            content=body,
            headers={"Content-Type": "application/json"},
        )
        if status == 204:
            return []
        if not isinstance(data, list) or not all(isinstance(i, str) for i in data):
            raise BadAnswer("The LRS answered, but not with the list of stored statements.")
        return data

    def get_statement(self, statement_id: str) -> Statement | None:
        """The stored statement with this id, or None when the LRS does not have it."""
        status, data = self._send(
            "GET", urljoin(self.base, "statements"), params={"statementId": statement_id}
        )
        if status == 404:
            return None
        if isinstance(data, dict) and isinstance(data.get("statements"), list):
            # Some LRSs answer a single-statement query in the list form.
            found = [s for s in data["statements"] if isinstance(s, dict)]
            return next((s for s in found if s.get("id") == statement_id), None)
        if isinstance(data, dict) and data.get("id") == statement_id:
            return data
        return None

    def get_statements(self, **params: Any) -> Page:
        """The first page of a query (``since``, ``agent``, ``limit``...)."""
        return self._page(urljoin(self.base, "statements"), params)

    def next_page(self, more: str) -> Page:
        """The page a ``more`` link points to (on the same host only)."""
        return self._page(urljoin(self.base, more), None)

    def check_connection(self) -> None:
        """Sign in and read one statement; raises the LrsProblem that explains a failure."""
        self.get_statements(limit=1)

    # -- plumbing -------------------------------------------------------------------------

    def _page(self, url: str, params: dict[str, Any] | None) -> Page:
        _status, data = self._send("GET", url, params=params)
        if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
            raise BadAnswer("The LRS answered, but not with a list of statements.")
        statements = [s for s in data["statements"] if isinstance(s, dict) and "id" in s]
        more = data.get("more") or None
        if more is not None and not isinstance(more, str):
            raise BadAnswer("The LRS sent a broken link to the next page.")
        return Page(statements, more)

    def _send(self, method: str, url: str, **kwargs: Any) -> tuple[int, Any]:
        for _ in range(MAX_REDIRECTS + 1):
            if _origin(url) != self._origin:
                raise BadAnswer(
                    "The LRS sent us to another address ({host}); nothing was sent there.",
                    host=urlsplit(url).hostname or "?",
                )
            status, location, data = self._once(method, url, **kwargs)
            if location is None:
                return status, data
            url = urljoin(url, location)
        raise BadAnswer("The LRS keeps sending us elsewhere; please check the address.")

    def _once(self, method: str, url: str, **kwargs: Any) -> tuple[int, str | None, Any]:
        try:
            with self._http.stream(method, url, **kwargs) as response:
                status = response.status_code
                if status in (301, 302, 303, 307, 308):
                    return status, response.headers.get("location", ""), None
                body = _read_capped(response)
                kind = response.headers.get("content-type", "")
        except httpx.TimeoutException as exc:
            log.info("LRS %s timed out (%s)", self._origin, type(exc).__name__)
            raise Unreachable(UNREACHABLE) from exc
        except httpx.TransportError as exc:
            log.info("LRS %s unreachable (%s)", self._origin, type(exc).__name__)
            raise Unreachable(UNREACHABLE) from exc
        if status in (401, 403):
            raise WrongCredentials(WRONG_CREDENTIALS)
        if status == 404 and method == "GET" and "statementId" in (kwargs.get("params") or {}):
            return status, None, None
        if status in (400, 409, 413, 422):
            raise Rejected(status, _detail(body))
        if status == 204:
            return status, None, None
        if status >= 500 or status == 429 or status == 408:
            raise Unreachable(
                "The LRS has a problem of its own (HTTP {status}); trying later.", status=status
            )
        if status != 200:
            raise BadAnswer("The LRS gave an unexpected answer (HTTP {status}).", status=status)
        return status, None, _json(body, kind)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


def _read_capped(response: httpx.Response) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise BadAnswer("The LRS sent an answer far too large to be statements.")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_BODY:
            raise BadAnswer("The LRS sent an answer far too large to be statements.")
        chunks.append(chunk)
    return b"".join(chunks)


def _json(body: bytes, content_type: str) -> Any:
    head = body[:512].lstrip().lower()
    if "html" in content_type or head.startswith((b"<!doctype", b"<html")):
        raise BadAnswer(
            "A web page answered instead of the LRS (a Wi-Fi sign-in page or a wrong address?)."
        )
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadAnswer("The LRS sent an answer that cannot be read.") from exc


def _detail(body: bytes) -> str:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body[:200].decode("utf-8", "replace")
    if isinstance(data, dict) and "detail" in data:
        data = data["detail"]
    return json.dumps(data, ensure_ascii=False)[:500] if not isinstance(data, str) else data[:500]
