"""Every report there is, listed once: the command line and the reports tab both read this.

A report is found by its ``name`` (the command line's word). ``asks`` says what the person
must choose first: a period, a group or a learner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from skillsapp.core.errors import Refused, Term
from skillsapp.core.reports.indicators import programme_indicators
from skillsapp.core.reports.levels import digcomp_levels
from skillsapp.core.reports.model import Report
from skillsapp.core.reports.progress import group_progress, learner_record

if TYPE_CHECKING:
    from skillsapp.core.centre import Centre

Choice = Literal["period", "group", "learner"]


@dataclass(frozen=True)
class ReportRequest:
    """What was chosen for a report: the period's first and last day (``YYYY-MM-DD``), a
    group (its id or name) or a learner (their id or first name)."""

    start: str | None = None
    end: str | None = None
    group: str | None = None
    learner: str | None = None


@dataclass(frozen=True)
class ReportKind:
    """One kind of report: its name, its title (translated by the interface), what it asks
    for, and how it is made."""

    name: str
    title: Term
    asks: Choice | None
    build: Callable[[Centre, ReportRequest], Report]


def _indicators(centre: Centre, request: ReportRequest) -> Report:
    if not request.start or not request.end:
        raise Refused("Please give the period: its first and its last day.")
    return programme_indicators(centre, request.start, request.end)


def _digcomp_levels(centre: Centre, request: ReportRequest) -> Report:
    if not request.start or not request.end:
        raise Refused("Please give the period: its first and its last day.")
    return digcomp_levels(centre, request.start, request.end)


def _group_progress(centre: Centre, request: ReportRequest) -> Report:
    groups = centre.groups.list()
    group = next((g for g in groups if request.group in (g.id, g.name)), None)
    if group is None:
        if not groups:
            raise Refused("There are no groups yet.")
        raise Refused(
            "There is no group called “{name}”. The groups are: {names}.",
            name=request.group or "",
            names=", ".join(g.name for g in groups),
        )
    return group_progress(centre, group, centre.now())


def _learner_record(centre: Centre, request: ReportRequest) -> Report:
    learners = centre.learners.list(include_archived=True)
    learner = next((x for x in learners if request.learner in (x.id, x.first_name)), None)
    if learner is None:
        if not learners:
            raise Refused("There are no learners yet.")
        raise Refused("There is no learner called “{name}”.", name=request.learner or "")
    return learner_record(centre, learner)


REPORTS: dict[str, ReportKind] = {
    kind.name: kind
    for kind in (
        ReportKind("indicators", Term("Programme indicators"), "period", _indicators),
        ReportKind("digcomp-levels", Term("DigComp levels by area"), "period", _digcomp_levels),
        ReportKind("group-progress", Term("Group progress"), "group", _group_progress),
        ReportKind("learner", Term("A learner's record"), "learner", _learner_record),
    )
}


def make_report(centre: Centre, name: str, request: ReportRequest) -> Report:
    """The report called ``name``; refused plainly when its choices are missing or unknown."""
    kind = REPORTS.get(name)
    if kind is None:
        raise Refused(
            "There is no report called “{name}”. The reports are: {names}.",
            name=name,
            names=", ".join(REPORTS),
        )
    return kind.build(centre, request)
