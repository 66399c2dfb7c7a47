"""A day "effective" from is the nearer of its two readings, whatever the tense of the verb
before: "The company said it named John Smith president, effective Jan. 1", written on 30
October, is the January 1 to come; written in February, the one just gone. (Told in the past,
it was the January 1 ten months back.)"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in


@pytest.mark.parametrize(
    ("sentence", "written", "day"),
    [
        (
            "The company said it named John Smith president, effective Jan. 1.",
            date(1989, 10, 30),
            date(1990, 1, 1),
        ),
        (
            "The bank appointed Maria Lopez chief executive, effective January 1.",
            date(2024, 11, 20),
            date(2025, 1, 1),
        ),
        (
            "The board named her finance director, effective from Dec. 1.",
            date(2025, 9, 20),
            date(2025, 12, 1),
        ),
        # The nearer one gone: as before.
        (
            "The bank appointed Maria Lopez chief executive, effective January 1.",
            date(2025, 2, 15),
            date(2025, 1, 1),
        ),
        (
            "The company said he resigned, effective Sept. 30.",
            date(1989, 10, 30),
            date(1989, 9, 30),
        ),
    ],
)
def test_a_day_effective_from_is_the_nearer(sentence: str, written: date, day: date) -> None:
    (event,) = events_in(sentence, written)
    assert event.date.first == day
