"""DigComp levels by area for funders: bands from "not yet", pre/post, DigCompSat, and no
figures about fewer learners than the documented minimum."""

from __future__ import annotations

import pytest

from skillsapp.core.assessment import competence_events as ce
from skillsapp.core.assessment.scoring import area_levels
from skillsapp.core.errors import Refused
from skillsapp.core.ids import new_id
from skillsapp.core.reports import SMALLEST_GROUP, digcomp_levels, make_report
from skillsapp.core.reports.levels import digcompsat_band, digcompsat_percent, level_band
from skillsapp.core.reports.model import Code
from skillsapp.core.reports.registry import ReportRequest
from skillsapp.core.reports.words import word
from tests.core.test_competence_profile import take_check
from tests.core.test_groups_dashboard import _group

AREA_1 = ("1.1", "1.2", "1.3")


def record_check(centre, learner_id: str, level: int, score: int, codes=AREA_1) -> None:
    """A finished self-check as the app records it, with every competence at ``level``.

    Written as the statement itself so that level 0 ("not yet") can be recorded before the
    scoring gives it.
    """
    levels = {code: level for code in codes}
    with centre.db.transaction():
        centre.record(
            learner_id,
            ce.COMPLETED,
            ce.check_object("quick", "1"),
            result={
                "completion": True,
                "extensions": {
                    ce.COMPETENCE_LEVELS: levels,
                    ce.COMPETENCE_SCORES: {code: score for code in codes},
                    ce.AREA_LEVELS: area_levels(levels),
                    ce.DIGCOMP_VERSION: "2.2",
                },
            },
            language="en",
            registration=new_id(),
            extensions=ce.check_context("2.2", "quick", "1"),
        )


def _rows(report, who, area=None):
    return [r for r in report.rows if r[0] == who and (area is None or r[1] == area)]


def _figure(report, who, area, figure):
    return next(r for r in _rows(report, who, area) if r[2] == figure)


def _column(report, code):
    return report.codes.index(code)


def test_five_learners_show_figures_and_four_show_too_few_to_report(centre, make_learner, clock):
    learners = [make_learner(f"L{n}") for n in range(SMALLEST_GROUP)]
    for learner in learners[:4]:
        record_check(centre, learner.id, 3, 60)
    four = digcomp_levels(centre, "2026-03-01", "2026-03-31")
    assert four.rows == (("all", None, "too-few", *(None,) * (len(four.codes) - 3)),)
    assert four.rows[0][2].kind == "figure" and word("figure", "too-few") is not None

    record_check(centre, learners[4].id, 3, 60)
    five = digcomp_levels(centre, "2026-03-01", "2026-03-31")
    latest = _figure(five, "all", "1", "latest")
    assert latest[_column(five, "learners")] == 5
    assert latest[_column(five, "intermediate")] == 5
    # Only area 1 was checked: the other areas have no one to report on.
    assert _figure(five, "all", "2", "too-few")[3:] == (None,) * (len(five.codes) - 3)


def test_a_group_of_four_shows_no_figures_while_the_centre_does(
    centre, trainer, make_learner, clock
):
    learners = [make_learner(f"L{n}") for n in range(6)]
    for learner in learners:
        record_check(centre, learner.id, 2, 40)
    _group(centre, trainer, "Small", learners[:4])
    _group(centre, trainer, "Big", learners[:5])
    report = digcomp_levels(centre, "2026-03-01", "2026-03-31")
    assert _rows(report, "Small") == [
        ("Small", None, "too-few", *(None,) * (len(report.codes) - 3))
    ]
    assert _figure(report, "Big", "1", "latest")[_column(report, "foundation")] == 5
    assert _figure(report, "all", "1", "latest")[_column(report, "foundation")] == 6
    # No row of the small group holds a number.
    for row in _rows(report, "Small"):
        assert not any(isinstance(v, int | float) for v in row)


def test_a_resident_at_level_zero_is_counted_as_not_yet(centre, make_learner, clock):
    learners = [make_learner(f"L{n}") for n in range(5)]
    record_check(centre, learners[0].id, 0, 10)
    for learner in learners[1:]:
        record_check(centre, learner.id, 1, 35)
    report = digcomp_levels(centre, "2026-03-01", "2026-03-31")
    latest = _figure(report, "all", "1", "latest")
    assert latest[_column(report, "not_yet")] == 1
    assert latest[_column(report, "foundation")] == 4
    assert latest[_column(report, "mean_level")] == 0.8
    assert report.codes[4] == "not_yet"
    assert word("band", "not-yet") is not None


def test_pre_post_compares_the_first_and_the_latest_of_two_checks(centre, make_learner, clock):
    learners = [make_learner(f"L{n}") for n in range(5)]
    for learner in learners:
        take_check(centre.competences, learner.id, "1", 0)  # "I can't do this" to everything
    clock.advance(days=20)
    for learner in learners:
        take_check(centre.competences, learner.id, "1", 3)  # everything, easily
    report = digcomp_levels(centre, "2026-03-01", "2026-03-31")
    first = _figure(report, "all", "1", "first")
    later = _figure(report, "all", "1", "later")
    assert first[_column(report, "learners")] == later[_column(report, "learners")] == 5
    assert first[_column(report, "mean_percent")] == 0
    assert later[_column(report, "mean_percent")] == 100
    assert later[_column(report, "mean_level")] > first[_column(report, "mean_level")]
    assert later[_column(report, "advanced")] == 5
    # The latest self-check of everyone is the "post" one here.
    latest = _figure(report, "all", "1", "latest")
    assert latest[3:] == later[3:]
    dcs = _figure(report, "all", "1", "digcompsat")
    assert dcs[_column(report, "advanced")] == 5 and dcs[_column(report, "not_yet")] == 0


def test_pre_post_with_fewer_than_the_minimum_assessed_twice_is_not_shown(
    centre, make_learner, clock
):
    learners = [make_learner(f"L{n}") for n in range(5)]
    for learner in learners:
        record_check(centre, learner.id, 1, 30)
    clock.advance(days=1)
    for learner in learners[:4]:
        record_check(centre, learner.id, 3, 60)
    report = digcomp_levels(centre, "2026-03-01", "2026-03-31")
    figures = [r[2] for r in _rows(report, "all", "1")]
    assert figures == ["latest", "digcompsat", "pre-post-too-few"]
    assert word("figure", "pre-post-too-few") is not None


def test_digcompsat_bands_and_scores_follow_its_published_limits():
    assert [digcompsat_band(p) for p in (0, 29, 30, 47, 48, 80, 81, 100)] == [
        0, 0, 1, 1, 2, 2, 3, 3,
    ]  # fmt: skip
    # Competences weigh by their number of items: (3 x 100 + 1 x 0) / 4 = 75.
    assert digcompsat_percent({"1.1": 100, "1.2": 0}, ["1.1", "1.2"], {"1.1": 3, "1.2": 1}) == 75
    assert [level_band(level) for level in (0, 1, 2, 3, 4, 5, 6, 7, 8)] == [
        0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]  # fmt: skip


def test_the_report_is_listed_and_asks_for_a_period(centre):
    with pytest.raises(Refused, match="period"):
        make_report(centre, "digcomp-levels", ReportRequest())
    report = make_report(centre, "digcomp-levels", ReportRequest("2026-03-01", "2026-03-31"))
    assert report.name == "digcomp-levels"
    assert isinstance(report.rows[0][0], Code)


def test_level_gains_of_a_handful_of_learners_are_not_shown(centre, make_learner, clock):
    from skillsapp.core.reports import programme_indicators

    learner = make_learner("Solo")
    take_check(centre.competences, learner.id, "1", 0)
    clock.advance(days=1)
    take_check(centre.competences, learner.id, "1", 3)
    report = programme_indicators(centre, "2026-03-01", "2026-03-31")
    row = next(r for r in report.rows if r[0] == "self-assessed level gain" and r[2] == "1")
    assert row[3:] == ("too-few", None)
    assert "too-few" in report.csv_text()


def test_the_top_band_has_a_column_only_when_the_ladder_reaches_it(centre):
    from skillsapp.core.reports.levels import _columns

    self_check = [c.code for c in _columns("2.2", 3)]
    assert self_check[4:8] == ["not_yet", "foundation", "intermediate", "advanced"]
    assert "highly_specialised" not in self_check
    assert "highly_advanced" in [c.code for c in _columns("3.0", 4)]
    # Today's bank stops at level 6: no column for a band nobody can reach.
    assert "highly_specialised" not in digcomp_levels(centre, "2026-03-01", "2026-03-31").codes
