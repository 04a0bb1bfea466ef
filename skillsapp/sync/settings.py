"""The centre's LRS settings, saved in the database and overridable by environment variables.

``SKILLSAPP_LRS_URL``, ``SKILLSAPP_LRS_KEY`` and ``SKILLSAPP_LRS_SECRET`` win over the saved
values (for scheduled tasks and tests, docs/command-line.md); they are never written back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

from skillsapp.storage.database import Database
from skillsapp.sync.values import get_value, set_value

ENV_URL = "SKILLSAPP_LRS_URL"
ENV_KEY = "SKILLSAPP_LRS_KEY"
ENV_SECRET = "SKILLSAPP_LRS_SECRET"


@dataclass(frozen=True)
class LrsSettings:
    """Where the centre's LRS is, how to sign in to it, and when to sync."""

    url: str = ""
    key: str = ""
    secret: str = ""
    enabled: bool = True  # sync on/off
    on_metered: bool = False  # also sync on a metered (pay-per-megabyte) connection

    @property
    def complete(self) -> bool:
        """True when an address, a key and a secret are all set."""
        return bool(self.url and self.key and self.secret)

    def __repr__(self) -> str:
        # The secret never appears in logs or tracebacks.
        return (
            f"LrsSettings(url={self.url!r}, key={self.key!r}, secret=***, "
            f"enabled={self.enabled}, on_metered={self.on_metered})"
        )


def saved_settings(db: Database) -> LrsSettings:
    """The settings as the trainer saved them (no environment overrides)."""
    return LrsSettings(
        url=get_value(db, "lrs.url", "") or "",
        key=get_value(db, "lrs.key", "") or "",
        secret=get_value(db, "lrs.secret", "") or "",
        enabled=get_value(db, "lrs.enabled", "1") == "1",
        on_metered=get_value(db, "lrs.on_metered", "0") == "1",
    )


def load_lrs_settings(db: Database) -> LrsSettings:
    """The settings in force: saved ones, with the environment variables winning."""
    settings = saved_settings(db)
    overrides: dict[str, Any] = {
        name: os.environ[env].strip()
        for name, env in (("url", ENV_URL), ("key", ENV_KEY), ("secret", ENV_SECRET))
        if os.environ.get(env, "").strip()
    }
    return replace(settings, **overrides) if overrides else settings


def save_lrs_settings(db: Database, settings: LrsSettings) -> None:
    """Save the trainer's settings in one transaction."""
    with db.transaction():
        set_value(db, "lrs.url", settings.url.strip())
        set_value(db, "lrs.key", settings.key.strip())
        set_value(db, "lrs.secret", settings.secret)
        set_value(db, "lrs.enabled", "1" if settings.enabled else "0")
        set_value(db, "lrs.on_metered", "1" if settings.on_metered else "0")


def may_sync_now(settings: LrsSettings, metered: bool | None) -> bool:
    """Whether background sync may run: switched on, set up, and not on a metered
    connection unless the trainer allowed that (``metered`` None: not known, so allowed)."""
    if not (settings.enabled and settings.complete):
        return False
    return settings.on_metered or metered is not True
