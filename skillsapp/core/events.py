"""Builders of the xAPI 1.0.3 statements that make up the event log.

Every learning fact is one immutable statement with a UUID. Actors are pseudonymous accounts
(``homePage`` = the centre's IRI, ``name`` = the person's UUID), never names or e-mail addresses.
Verbs and activity types come from the ADL vocabulary where one exists, else from the
project's own namespace ``NS``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from skillsapp import __version__
from skillsapp.core.clock import iso
from skillsapp.core.ids import new_id

Statement = dict[str, Any]

NS = "https://w3id.org/skillsapp/xapi"
XAPI_VERSION = "1.0.3"


class Verb:
    """Verb IRIs with an English display name."""

    REGISTERED = ("http://adlnet.gov/expapi/verbs/registered", "registered")
    LOGGED_IN = ("https://w3id.org/xapi/adl/verbs/logged-in", "logged in")
    LOGGED_OUT = ("https://w3id.org/xapi/adl/verbs/logged-out", "logged out")


class ActivityType:
    """Activity type IRIs."""

    APPLICATION = "http://activitystrea.ms/schema/1.0/application"
    CENTRE = f"{NS}/activity-types/centre"


class Extension:
    """Extension IRIs of the project's own."""

    PC = f"{NS}/extensions/pc"
    GENDER = f"{NS}/extensions/gender"
    AGE_BAND = f"{NS}/extensions/age-band"
    REASON = f"{NS}/extensions/reason"


# The SQLite JSON path of a statement's activity type (what a bulk merge reads for several
# projections under one column name, so they must agree on it).
OBJECT_TYPE_PATH = "$.object.definition.type"


def extension_path(iri: str) -> str:
    """The SQLite JSON path of a context extension in a stored statement (its IRI quoted as
    one key, since it holds dots and slashes)."""
    return f'$.context.extensions."{iri}"'


def actor(centre_iri: str, person_id: str) -> dict[str, Any]:
    """A pseudonymous xAPI agent: the centre's IRI and the person's UUID."""
    return {"objectType": "Agent", "account": {"homePage": centre_iri, "name": person_id}}


def activity(activity_id: str, activity_type: str, name: str) -> dict[str, Any]:
    """An xAPI activity object with a type and an English name."""
    return {
        "objectType": "Activity",
        "id": activity_id,
        "definition": {"type": activity_type, "name": {"en": name}},
    }


def statement(
    *,
    centre_iri: str,
    actor_id: str,
    verb: tuple[str, str],
    obj: dict[str, Any],
    when: datetime,
    pc_id: str,
    result: dict[str, Any] | None = None,
    extensions: dict[str, Any] | None = None,
    instructor_id: str | None = None,
    language: str | None = None,
    registration: str | None = None,
) -> Statement:
    """Assemble one complete statement with a fresh UUID."""
    context: dict[str, Any] = {"extensions": {Extension.PC: pc_id, **(extensions or {})}}
    if obj.get("objectType", "Activity") == "Activity":
        # xAPI allows "platform" only when the object is an activity (not a voided StatementRef).
        context["platform"] = f"SkillsApp {__version__}"
    if instructor_id:
        context["instructor"] = actor(centre_iri, instructor_id)
    if language:
        context["language"] = language
    if registration:
        context["registration"] = registration
    body: Statement = {
        "id": new_id(),
        "actor": actor(centre_iri, actor_id),
        "verb": {"id": verb[0], "display": {"en": verb[1]}},
        "object": obj,
        "context": context,
        "timestamp": iso(when),
        "version": XAPI_VERSION,
    }
    if result:
        body["result"] = result
    return body


def centre_activity(centre_iri: str, centre_name: str) -> dict[str, Any]:
    """The centre as the object a learner registers with."""
    return activity(centre_iri, ActivityType.CENTRE, centre_name)


def app_activity(centre_iri: str) -> dict[str, Any]:
    """SkillsApp at this centre, the object of signing in and out."""
    return activity(f"{centre_iri}/app", ActivityType.APPLICATION, "SkillsApp")
