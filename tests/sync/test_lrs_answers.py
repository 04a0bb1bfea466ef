"""An LRS that answers oddly is reported in plain words, and nothing is lost."""

from __future__ import annotations

import logging

import pytest

from skillsapp.core.errors import Refused
from skillsapp.sync.engine import Backoff
from skillsapp.sync.lrs_client import MAX_BODY, LrsClient, check_address
from tests.sync.proxy import OddLrs
from tests.sync.test_faults import make_statements

ODD_ANSWERS = {
    "garbage": (
        200,
        b"\x00\xff not json at all {{{",
        {"Content-Type": "application/json"},
        "cannot be read",
    ),
    "html": (
        200,
        b"<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>",
        {"Content-Type": "text/html"},
        "web page",
    ),
    "redirect elsewhere": (
        307,
        b"",
        {"Location": "https://elsewhere.example.net/xAPI/statements"},
        "elsewhere.example.net",
    ),
    "huge": (200, b"[" + b" " * (MAX_BODY + 10) + b"]", {}, "far too large"),
    "teapot": (418, b"", {}, "unexpected answer"),
}


@pytest.mark.parametrize("name", list(ODD_ANSWERS))
def test_an_odd_answer_is_reported_and_the_outbox_kept(name, first_pc, account) -> None:
    status, body, headers, words = ODD_ANSWERS[name]
    odd = OddLrs(status, body, headers)
    try:
        make_statements(first_pc.centre, 3)
        engine = first_pc.engine(odd.url, account, backoff=Backoff(0.0, 0.0, attempts=2))

        result = engine.sync_once()

        assert not result.ok
        assert any(words in str(problem) for problem in result.problems), result.problems
        assert first_pc.centre.log.waiting_to_send() == 3 + 2
    finally:
        odd.close()


def test_an_lrs_on_another_computer_needs_https() -> None:
    with pytest.raises(Refused, match="https"):
        check_address("http://lrs.example.org/xAPI/")
    assert check_address("https://lrs.example.org/xAPI") == "https://lrs.example.org/xAPI/"
    assert check_address("http://127.0.0.1:8100/xAPI/") == "http://127.0.0.1:8100/xAPI/"
    assert check_address("http://[::1]:8100/xAPI/").startswith("http://[::1]")


def test_credentials_in_the_address_are_refused() -> None:
    with pytest.raises(Refused, match="own boxes"):
        check_address("https://key:secret@lrs.example.org/xAPI/")


def test_the_secret_never_appears_in_logs_or_reprs(ralph, account, first_pc, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    make_statements(first_pc.centre, 3)
    engine = first_pc.engine(ralph.url, account)
    engine.sync_once()
    first_pc.engine("http://127.0.0.1:9/xAPI/", account, backoff=Backoff(0, 0, 2)).sync_once()
    client = LrsClient(ralph.url, account.key, account.secret)

    text = caplog.text + repr(client) + repr(engine.client)

    assert account.secret not in text
    assert "Authorization" not in text
