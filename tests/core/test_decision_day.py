"""A lede's decision told with no time, its day given further down by "the decision was made
on …": the lede is of that day (written probe sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events
from viewer.core.model import DateBasis

LEDE = "Police have called off the search for a hiker missing in the mountains for 11 days."


@pytest.mark.parametrize(
    "later",
    [
        "A sheriff's spokesman said the decision was made on Monday evening.",
        "The decision was taken on Monday after a meeting with the family.",
    ],
)
def test_the_day_a_decision_was_made_dates_the_lede_that_told_it(later: str) -> None:
    text = f"{LEDE}\n\nHis car was found at the trailhead.\n\n{later}"
    events = headed_events("Search for missing hiker called off", text, date(2016, 8, 30))
    lede = next(e for e in events if e.primary.text == LEDE)
    assert lede.date.first == date(2016, 8, 29)
    assert lede.date_basis is DateBasis.CONTEXT


@pytest.mark.parametrize(
    "later",
    [
        "A decision on the reward is expected on Friday.",
        "The decision to close the trail was made on March 3, 2014.",
    ],
)
def test_another_decision_or_one_ahead_leaves_the_lede_alone(later: str) -> None:
    text = f"{LEDE}\n\n{later}"
    events = headed_events("Search for missing hiker called off", text, date(2016, 8, 30))
    lede = next(e for e in events if e.primary.text == LEDE)
    assert lede.date.first == date(2016, 8, 30)
