"""A side clause's time counted from its own sentence's main clause ("fell … on 14 March,
three days after being admitted") is no time the story moves to: what the next sentence counts
("the following day") counts from the main clause's day, the fall's, not the admission's. A
side clause with a date of its own still is ("… after breaking his fibula in the Sept. 20 win"
/ "A week later …" counts from Sept. 20)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import days_of


@pytest.mark.parametrize(
    ("lede", "sentence", "published", "day"),
    [
        (
            "Mary Collins, 79, fell from a third-floor window at Kingsway Hospital on 14 March "
            "2021, three days after being admitted with pneumonia.\n\n",
            "She died in hospital the following day.",
            date(2024, 6, 5),
            date(2021, 3, 15),
        ),
        (
            "The minister resigned on Monday, two days before a confidence vote in parliament.\n\n",
            "The following day, the prime minister named her successor.",
            date(2024, 6, 5),  # a Wednesday
            date(2024, 6, 4),
        ),
        (
            "Police arrested the driver on June 2, a week after the crash on the motorway.\n\n",
            "He was charged two days later with causing death by dangerous driving.",
            date(2024, 6, 12),
            date(2024, 6, 4),
        ),
        # A date of its own in the side clause, after a main clause with none: counted from it.
        (
            "Reggie Bush was lost for half the season after breaking his right fibula in New "
            "Orleans' Sept. 20 win over San Francisco.\n\n",
            "A week later, Pierre Thomas sprained his ankle.",
            date(2011, 1, 5),
            date(2010, 9, 27),
        ),
    ],
)
def test_a_count_from_the_main_clause_leaves_the_story_at_its_time(
    lede: str, sentence: str, published: date, day: date
) -> None:
    assert days_of(lede, sentence, published) == [day]
