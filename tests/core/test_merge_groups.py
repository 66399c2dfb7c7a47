"""The groups merging builds: sources may disagree by a day on one happening, not by two, even
through a passage dated only by its article's week (ECB+ development topic 14: a Waitrose fire
of Friday in Banstead, another of Sunday in Wellington)."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.merge_groups import Groups

FRIDAY = date(2013, 7, 19).toordinal()
THE_WEEK = (date(2013, 7, 15).toordinal(), date(2013, 7, 22).toordinal())


@pytest.mark.parametrize(("apart", "joined"), [(0, True), (1, True), (2, False)])
def test_days_apart_through_an_undated_passage(apart: int, joined: bool) -> None:
    later = FRIDAY + apart
    groups = Groups(
        ["a.txt", "b.txt", "c.txt"],
        [(FRIDAY, FRIDAY), THE_WEEK, (later, later)],
        [frozenset()] * 3,
    )
    assert groups.join(0, 1) is not None
    assert (groups.join(1, 2) is not None) is joined


def _join_three(figures: list[frozenset[str]]) -> bool:
    """Whether the third passage joins the group the first two form."""
    groups = Groups(["a.txt", "b.txt", "c.txt"], [THE_WEEK] * 3, figures)
    assert groups.join(0, 1) is not None
    return groups.join(1, 2) is not None


@pytest.mark.parametrize(
    ("figures", "joined"),
    [
        # ECB+ development topic 20: the quake told with its magnitude and its dead ("5.9
        # magnitude … killing 10 people"), then with the dead and the injured ("10 people and
        # injuring 80"), then "killing at least 10 people" told otherwise: one figure in
        # common, one happening whose figures were told as they came.
        ([frozenset({"5.9", "10"}), frozenset({"10", "80"}), frozenset({"10", "120,000"})], True),
        # Two closing prices joined through a line that names none: no figure in common.
        ([frozenset({"20"}), frozenset(), frozenset({"19.50"})], False),
        # A group and a passage with no figure: nothing says they differ.
        ([frozenset({"10"}), frozenset({"10"}), frozenset()], True),
    ],
)
def test_groups_join_on_a_figure_in_common(figures: list[frozenset[str]], joined: bool) -> None:
    assert _join_three(figures) is joined
