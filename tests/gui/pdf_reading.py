"""Reading a PDF back as a person's eye would: its words, where each one stands, its pages.

Uses ``pdftotext`` from Debian's poppler-utils (``packaging/system-deps.sh`` installs it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest

MARGIN_PT = 15 / 25.4 * 72  # the papers' margins (ui/paper.py), in points
SLACK = 1.5  # points: glyph outlines may stand a little outside the text box


@dataclass(frozen=True)
class Word:
    """One word as pdftotext found it: its page (from 0), text and box in points."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    """One page's size in points and its words."""

    width: float
    height: float
    words: tuple[Word, ...]


def needs_pdftotext() -> None:
    """Skip where poppler-utils is missing (CI installs it with packaging/system-deps.sh)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing: run packaging/system-deps.sh (poppler-utils)")


def text_of(pdf: Path) -> str:
    """The PDF's text, as pdftotext lays it out."""
    needs_pdftotext()
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
    )
    return plain(done.stdout.decode("utf-8"))


def plain(text: str) -> str:
    """Text with typographic ligatures undone ("ﬁ" is "fi"), as a reader copies it."""
    return unicodedata.normalize("NFKC", text)


def pages_of(pdf: Path) -> list[Page]:
    """Every page with every word and its box (``pdftotext -bbox``)."""
    needs_pdftotext()
    done = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    )
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", done.stdout.decode("utf-8"))
    root = ElementTree.fromstring(xhtml)
    pages = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page")):
        words = tuple(
            Word(
                number,
                plain(w.text or "").strip(),
                float(w.get("xMin", 0)),
                float(w.get("yMin", 0)),
                float(w.get("xMax", 0)),
                float(w.get("yMax", 0)),
            )
            for w in page.iter("{http://www.w3.org/1999/xhtml}word")
        )
        pages.append(Page(float(page.get("width", 0)), float(page.get("height", 0)), words))
    return pages


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words_in(text: str) -> set[str]:
    """The words (letters only) of a text."""
    return {w for w in WORD.findall(text)}


def outside_margins(pages: list[Page]) -> list[Word]:
    """Words that stand outside the page's printable area."""
    return [
        w
        for page in pages
        for w in page.words
        if w.x0 < MARGIN_PT - SLACK
        or w.y0 < MARGIN_PT - SLACK
        or w.x1 > page.width - MARGIN_PT + SLACK
        or w.y1 > page.height - MARGIN_PT + SLACK
    ]


def outside_their_boxes(pages: list[Page], regions) -> list[Word]:
    """Words that lie in no box drawn for a text holding that very word (whole): a word cut
    in two ("complet/ed") or run out of its cell is found here."""
    lost = []
    for page in pages:
        for word in page.words:
            if not any(
                region.page == word.page
                and word.text in plain(region.text).split()
                and region.rect.left() - SLACK <= word.x0
                and word.x1 <= region.rect.right() + SLACK
                and region.rect.top() - SLACK <= word.y0
                and word.y1 <= region.rect.bottom() + SLACK
                for region in regions
            ):
                lost.append(word)
    return lost
