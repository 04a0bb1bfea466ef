"""The DigCompSat-style per-area percentage and band, as docs/competence-scoring.md shows."""

from __future__ import annotations

import pytest

from skillsapp.core.assessment.digcompsat import (
    ItemScore,
    area_figures,
    area_figures_from_scores,
    band,
)


@pytest.mark.parametrize(
    ("percent", "code"),
    [
        (0, "low"),
        (29, "low"),
        (30, "foundation"),
        (47, "foundation"),
        (48, "intermediate"),
        (80, "intermediate"),
        (81, "advanced"),
        (100, "advanced"),
    ],
)
def test_bands_follow_digcompsat_limits(percent, code):
    assert band(percent) == code


def test_a_percentage_outside_0_to_100_has_no_band():
    with pytest.raises(ValueError):
        band(101)


def test_area_percentage_is_the_mean_of_item_scores():
    items = [
        ItemScore("1.1", 3, 3),  # 1
        ItemScore("1.1", 1, 3),  # 0.333
        ItemScore("1.2", 1, 1),  # a right knowledge answer
        ItemScore("1.3", 0, 1),  # a wrong one
        ItemScore("4.1", 2, 3),
    ]
    figures = area_figures(items)
    assert list(figures) == ["1", "4"]
    assert figures["1"].percent == 58  # (1 + 1/3 + 1 + 0) / 4 = 0.583
    assert figures["1"].band == "intermediate"
    assert figures["1"].items == 4
    assert figures["4"].percent == 67


def test_all_lowest_answers_are_low_and_all_highest_advanced():
    assert area_figures([ItemScore("2.1", 0, 3)] * 12)["2"].band == "low"
    assert area_figures([ItemScore("2.1", 3, 3)] * 12)["2"].percent == 100


def test_from_stored_scores_weighs_competences_by_their_items():
    assert area_figures_from_scores({"1.1": 100, "1.2": 40})["1"].percent == 70
    weighted = area_figures_from_scores({"1.1": 100, "1.2": 40}, {"1.1": 1, "1.2": 3})
    assert weighted["1"].percent == 55
    assert weighted["1"].items == 4


def test_a_score_that_is_not_a_score_is_refused():
    with pytest.raises(ValueError):
        area_figures([ItemScore("1.1", 4, 3)])
