"""Settings of this PC, kept in a small JSON file in the data folder.

A corrupt or unreadable file never stops the app: the defaults are used and a line is logged.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class Settings:
    """What a trainer may set for this PC."""

    text_scale: int = 100  # percent, 100-200, for the start screen and trainer screens
    high_contrast: bool = False
    idle_minutes: int = 10  # a signed-in resident is signed out after this much inactivity
    allow_external_links: bool = True
    language: str = ""  # the start screen's language on this PC ("" = the centre's language)


def load_settings(path: Path) -> Settings:
    """Read the settings file, falling back to defaults (with a log line) when it is bad."""
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
        known = {f.name: f.type for f in fields(Settings)}
        values = {k: v for k, v in raw.items() if k in known}
        settings = Settings(**values)
        _check(settings)
        return settings
    except (OSError, ValueError, TypeError) as exc:
        log.warning("Settings file %s is unreadable (%s); using the defaults.", path, exc)
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically, so a power cut never leaves half a file."""
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(part, path)


def _check(s: Settings) -> None:
    if not isinstance(s.text_scale, int) or not 100 <= s.text_scale <= 200:
        raise ValueError("text_scale out of range")
    if not isinstance(s.idle_minutes, int) or not 1 <= s.idle_minutes <= 120:
        raise ValueError("idle_minutes out of range")
    if not isinstance(s.high_contrast, bool) or not isinstance(s.allow_external_links, bool):
        raise ValueError("a switch is not true/false")
    if not isinstance(s.language, str) or len(s.language) > 8:
        raise ValueError("language is not a language code")
