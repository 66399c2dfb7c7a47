"""The present of news told in its context points to no schedule: "The vote comes a week
after the bank raised rates in March", "The move comes as …"; what "follows" came before it
("The announcement follows a similar pledge by a rival in March"); what a subject "prepares
to" do is ahead ("as the union prepares to strike on Friday")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2023, 5, 18)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "The announcement follows a similar pledge by rival Orion Semiconductor in March, "
            "and comes as Washington seeks to reduce reliance on Asian suppliers.",
            [date(2023, 3, 1)],
        ),
        ("The cut follows a similar move by the central bank in April.", [date(2023, 4, 1)]),
        (
            "The vote comes a week after the bank raised rates in March.",
            [date(2023, 3, 1)],
        ),
        (
            "The resignation comes days after the newspaper published the emails on Sunday.",
            [date(2023, 5, 14)],
        ),
        ("The ruling comes after a hearing on Monday.", [date(2023, 5, 15)]),
        ("The move comes as the union prepares to strike on Friday.", [date(2023, 5, 19)]),
        # As before: what comes on a day named is scheduled for it.
        ("The decision comes on Friday.", [date(2023, 5, 19)]),
    ],
)
def test_news_told_in_its_context_is_dated_by_what_it_tells(
    sentence: str, days: list[date]
) -> None:
    assert [event.date.first for event in events_in(sentence, _WRITTEN)] == days
