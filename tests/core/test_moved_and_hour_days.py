"""A time moved ("was moved to Thursday", "was rescheduled for Saturday", "was brought forward
to Friday", "was postponed from Monday to next Wednesday") names the days set, ahead of the
move: the event, the move, is of the story's day, and "from Monday to Thursday" is two days,
not the days between. A day told after its hour by a present copula ("The deadline is 5pm on
Friday", "Kickoff is at 3pm on Saturday") lies ahead, as "The deadline is Friday" does."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal import tag

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # The move is the news, told on the story's day; the day moved to is ahead.
        ("The concert was rescheduled for Saturday.", _WRITTEN),
        ("The meeting was moved to Thursday because of the strike.", _WRITTEN),
        ("The match was brought forward to Friday to avoid a clash.", _WRITTEN),
        ("The hearing was moved from Monday to Thursday.", _WRITTEN),
        ("The hearing was postponed from Monday to next Wednesday.", _WRITTEN),
        # What a schedule sets, with its hour before its day: ahead.
        ("The deadline for applications is midnight on Friday.", date(2025, 3, 14)),
        ("The closing date for entries is 5pm on Friday.", date(2025, 3, 14)),
        ("The vote is at 5pm on Friday.", date(2025, 3, 14)),
        ("Kickoff is at 3pm on Saturday.", date(2025, 3, 15)),
        # As before: a move told as done to a day gone, and a copula of the past.
        ("The deadline was 5pm on Friday.", date(2025, 3, 7)),
        ("She moved to London on Monday.", date(2025, 3, 10)),
    ],
)
def test_the_day_of_a_moved_or_scheduled_time(sentence: str, day: date) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert event.date.first == day


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The hearing was moved from Monday to Thursday.",
            [("Monday", date(2025, 3, 10)), ("Thursday", date(2025, 3, 13))],
        ),
        (
            "The launch has been pushed back from March to June.",
            [("March", date(2025, 3, 1)), ("June", date(2025, 6, 1))],
        ),
        ("The concert was rescheduled for Saturday.", [("Saturday", date(2025, 3, 15))]),
        # A range is still a range where nothing was moved.
        (
            "Temperatures will range from Monday to Thursday.",
            [("Monday to Thursday", date(2025, 3, 17))],
        ),
    ],
)
def test_moved_from_one_day_to_another_is_two_days(text: str, days: list[tuple[str, date]]) -> None:
    assert [(t.text, t.first) for t in tag(text, _WRITTEN)] == days
