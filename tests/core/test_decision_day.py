"""A lede's decision told with no time, its day given further down by "the decision was made
on …": the lede is of that day; not by another decision, nor by one ahead (written probe
sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events

LEDE = "Police have called off the search for a hiker missing in the mountains for 11 days."
MONDAY, PUBLISHED = date(2016, 8, 29), date(2016, 8, 30)


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("A sheriff's spokesman said the decision was made on Monday evening.", MONDAY),
        ("The decision was taken on Monday after a meeting with the family.", MONDAY),
        ("A decision on the reward is expected on Friday.", PUBLISHED),
        ("The decision to close the trail was made on March 3, 2014.", PUBLISHED),
    ],
)
def test_the_day_a_decision_was_made_dates_the_lede_that_told_it(later: str, day: date) -> None:
    text = f"{LEDE}\n\nHis car was found at the trailhead.\n\n{later}"
    events = headed_events("Search for missing hiker called off", text, PUBLISHED)
    lede = next(e for e in events if e.primary.text == LEDE)
    assert lede.date.first == day
