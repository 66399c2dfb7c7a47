"""A verb of rumour, forecast or what ought to come before "to" points ahead: the bare month
after it is the next one, not the last. With "to have" and a participle after it, the verb
tells what is held to have happened, and the month is the last one; so does "was supposed
to", what ought to have come, told in the past. A sentence of a development
article (ECB+ 42_7, published 24 April 2013) and sentences of news."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal.tagger import tag

_PUBLISHED = date(2013, 4, 24)

CASES = [
    (
        "The Q10 has been previously rumored to be released sometime in May, which seems"
        " reasonable given the timing of T-Mobile's announcement today.",
        "2013-05",
    ),
    ("The phone is tipped to go on sale in June.", "2013-06"),
    ("Growth is projected to slow in September, the bank said.", "2013-09"),
    ("The handset was rumored to have been released in May.", "2012-05"),
    ("Growth is projected to have slowed in September, the bank said.", "2012-09"),
    # What ought to have come, told in the past, was: a news sentence written in April.
    ("The shooting came during what was supposed to be a party in February.", "2013-02"),
    ("The vote is supposed to take place in May.", "2013-05"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_a_rumoured_or_forecast_time_points_ahead(text: str, value: str) -> None:
    months = [t.value for t in tag(text, _PUBLISHED) if len(t.value) == len("2013-05")]
    assert months == [value]


def test_the_rumoured_release_is_dated_in_the_coming_month() -> None:
    (event,) = [e for e in events_in(CASES[0][0], _PUBLISHED) if "Q10" in e.title]
    assert (event.date.first, event.date.last) == (date(2013, 5, 1), date(2013, 5, 31))
