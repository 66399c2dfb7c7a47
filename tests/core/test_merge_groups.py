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
