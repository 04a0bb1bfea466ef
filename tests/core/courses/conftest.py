"""Shared fixtures for the course-pack tests: a writable copy of the sample pack."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURE_PACKS = Path(__file__).resolve().parents[2] / "fixtures" / "packs"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A fresh copy of the valid sample pack, which a test may change."""
    target = tmp_path / "sample-course"
    shutil.copytree(FIXTURE_PACKS / "sample-course", target)
    return target


@pytest.fixture
def edit(pack: Path) -> Callable[[str, str, str], None]:
    """Replace `old` by `new` in a file of the pack (failing if `old` is not there)."""

    def replace(relative: str, old: str, new: str) -> None:
        path = pack / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return replace
