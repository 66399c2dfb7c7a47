"""A time told as a possessive after the verb is its noun's, not the verb's: where the sentence
names a time of its own as fine or finer, that time dates the happening ("Police named the
victims of Tuesday's shooting on Wednesday" is the Wednesday; "The bank will publish last year's
accounts in June" is this June). Before the verb, the possessive's noun is the happening told
("Sunday's election was the first since 2019"); after a copula too. And "last" before a
possessive ("against last month's ruling on Thursday") tells no tense of the verb."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Police named the victims of Tuesday's shooting on Wednesday.", _WRITTEN, _WRITTEN),
        (
            "The minister defended last week's decision in parliament on Monday.",
            date(2025, 3, 10),
            date(2025, 3, 10),
        ),
        (
            "The court will hear the appeal against last month's ruling on Thursday.",
            date(2025, 3, 13),
            date(2025, 3, 13),
        ),
        (
            "The bank will publish last year's accounts in June.",
            date(2025, 6, 1),
            date(2025, 6, 30),
        ),
        (
            "Fans mourned the victims of Saturday's crush at a vigil on Monday.",
            date(2025, 3, 10),
            date(2025, 3, 10),
        ),
        (
            "The council will debate last week's report at its meeting on Thursday.",
            date(2025, 3, 13),
            date(2025, 3, 13),
        ),
        # As before: the possessive before the verb is the happening's own.
        ("Sunday's election was the first since 2019.", date(2025, 3, 9), date(2025, 3, 9)),
        (
            "Tuesday's attack killed 12 people, police said on Wednesday.",
            date(2025, 3, 11),
            date(2025, 3, 11),
        ),
        (
            "Rescuers on Sunday pulled a girl from the rubble of Friday's earthquake.",
            date(2025, 3, 9),
            date(2025, 3, 9),
        ),
        # A coarser time is the object's content, not the verb's: the possessive stays.
        (
            "Investors cheered Friday's report of a rise in jobs in February.",
            date(2025, 3, 7),
            date(2025, 3, 7),
        ),
    ],
)
def test_a_possessive_after_the_verb_gives_way(sentence: str, first: date, last: date) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last)
