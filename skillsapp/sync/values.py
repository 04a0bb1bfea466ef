"""Small named values of sync kept in the database (table ``sync_values``)."""

from __future__ import annotations

from skillsapp.storage.database import Database


def get_value(db: Database, key: str, default: str | None = None) -> str | None:
    """The stored value, or ``default``."""
    found = db.scalar("SELECT value FROM sync_values WHERE key = ?", (key,))
    return default if found is None else str(found)


def set_value(db: Database, key: str, value: str | None) -> None:
    """Store (or with None, forget) a value; joins the caller's transaction."""
    if value is None:
        db.execute("DELETE FROM sync_values WHERE key = ?", (key,))
    else:
        db.execute(
            "INSERT INTO sync_values (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
