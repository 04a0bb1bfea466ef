"""Joining an existing centre: a new PC finds its centre in the LRS with the centre key.

The LRS account belongs to one centre; its first roster statement is the centre's own
profile, sealed with the centre key. The key that opens it proves the PC belongs there; then
one full pull brings the roster (the roster projection opens each profile) and every
statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skillsapp.core.errors import Refused
from skillsapp.sync.centre_key import CentreKeys, derive_keys, store_centre_key
from skillsapp.sync.engine import SyncEngine, SyncResult
from skillsapp.sync.lrs import Lrs, connect
from skillsapp.sync.roster import KIND, UPDATED_PROFILE, apply_profile, open_profile

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre
    from skillsapp.sync.progress import Report
    from skillsapp.sync.settings import LrsSettings

NO_CENTRE = (
    "No centre in this LRS account opens with this centre key. Please check the key on the "
    "centre's recovery sheet, and the LRS key and secret."
)


def find_centre(client: Lrs, key_text: str) -> tuple[CentreKeys, dict[str, Any]]:
    """The keys and the profile of the centre whose sealed profile this key opens."""
    tried: dict[str, CentreKeys] = {}
    page = client.get_statements(limit=500)
    while True:
        for statement in page.statements:
            extensions = statement.get("context", {}).get("extensions", {})
            if (
                statement.get("verb", {}).get("id") != UPDATED_PROFILE[0]
                or extensions.get(KIND) != "centre"
            ):
                continue
            iri = statement.get("actor", {}).get("account", {}).get("homePage", "")
            if iri not in tried:
                tried[iri] = derive_keys(key_text, iri)
            opened = open_profile(tried[iri], statement)
            if opened is not None:
                return tried[iri], opened[1]
        if not page.more or not page.statements:
            raise Refused(NO_CENTRE)
        page = client.next_page(page.more)


def find_centre_in(statements: list[dict[str, Any]], keys: CentreKeys) -> dict[str, Any]:
    """The centre's profile among ``statements`` (a bundle), opened with the centre's keys."""
    for statement in statements:
        opened = open_profile(keys, statement)
        if opened is not None and opened[0] == "centre":
            return opened[1]
    raise Refused("The centre key does not open this bundle. Please check the key.")


def join_centre(centre: Centre, client: Lrs, key_text: str, **engine: Any) -> SyncResult:
    """Make this empty PC a PC of the centre the LRS account belongs to, then sync."""
    if centre.is_set_up:
        raise Refused("This PC already belongs to a centre.")
    keys, profile = find_centre(client, key_text)
    become_centre(centre, key_text, keys, profile)
    return SyncEngine(centre, client, **engine).sync_once()


def join_and_keep(
    centre: Centre, settings: LrsSettings, key_text: str, progress: Report
) -> SyncResult:
    """Join the centre of the LRS account in ``settings``, then keep those settings on this PC
    so that it syncs with the same account from now on."""
    from skillsapp.sync.settings import save_lrs_settings

    with connect(settings) as lrs:
        result = join_centre(centre, lrs, key_text, progress=progress)
    save_lrs_settings(centre.db, settings)
    return result


def become_centre(centre: Centre, key_text: str, keys: CentreKeys, profile: dict[str, Any]) -> None:
    """Write the centre's profile and key on this PC, in one transaction."""
    with centre.db.transaction() as conn:
        apply_profile(conn, "centre", profile)
        store_centre_key(centre.db, key_text, keys)
    centre.reload_profile()  # the profile is read again from the new row
