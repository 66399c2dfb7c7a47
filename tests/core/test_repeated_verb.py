"""A happening told again by its subject and verb (docs/events.md section 4, item 3): an undated
sentence opening on the same name and the same participle after "was" as an earlier sentence
that gave its day is of that day, not of the day the story is told of; not one told as
another ("again", "also"), one with a time of its own, a statement, nor after a telling with
no day of its own.

Real sentences of the ECB+ development articles, shortened.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue

PUBLISHED = date(2007, 2, 5)
THURSDAY = DateValue.day(date(2007, 2, 1))
CONVICTED = DateValue.day(date(2006, 3, 20))

LEDE = (
    "A Norwalk Superior Court judge on Thursday upheld a jury's recommendation that convicted "
    "cop killer Jose Luis Orozco die for his crimes.\n\n"
)
FIRST = (
    "Orozco was convicted March 20 of first-degree murder for the slaying of Ortiz, a 15-year "
    "veteran and member of the anti-gang detail at the Sheriff's Lakewood Station.\n\n"
    'Hickok said the aggravating factors in the case were "colossal."\n\n'
)
AGAIN = (
    "Along with murder, Orozco was convicted of one count of attempted murder involving the "
    "earlier shooting and two counts of possession of a firearm by a felon."
)


def test_a_happening_told_as_another_one_is_an_event_of_its_own() -> None:
    """ "also": another conviction, not a passage of the first; with no time of its own, the
    day of the run of past happenings its actor goes on (the conviction's), not the story's."""
    events = _events(
        LEDE + FIRST + "Orozco was also convicted of two counts of possession of a firearm by a "
        "felon.",
        PUBLISHED,
    )
    another = _found(events, "Orozco was also convicted")
    assert len(another.passages) == 1
    assert _found(events, "Orozco was convicted March 20") is not another
    assert another.date == CONVICTED


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # The conviction told again, further down: its own day.
        (LEDE + FIRST + AGAIN, "Along with murder", CONVICTED),
        # A time of its own keeps it.
        (
            LEDE + FIRST + "Along with murder, Orozco was convicted on April 3 of one count of "
            "attempted murder involving the earlier shooting.",
            "Along with murder",
            DateValue.day(date(2006, 4, 3)),
        ),
        # The first telling gave no day: nothing to carry.
        (
            LEDE + "Orozco was convicted of first-degree murder for the slaying of Ortiz, a "
            "15-year veteran of the Sheriff's Lakewood Station.\n\n"
            'Hickok said the aggravating factors in the case were "colossal."\n\n' + AGAIN,
            "Along with murder",
            THURSDAY,
        ),
        # Another name: not the happening told before.
        (
            LEDE + FIRST + "Along with Orozco, Alvarez was convicted of one count of attempted "
            "murder involving the earlier shooting.",
            "Alvarez was convicted",
            THURSDAY,
        ),
    ],
)
def test_a_happening_told_again_is_of_its_first_telling_s_day(
    text: str, words: str, expected: DateValue
) -> None:
    event = _found(_events(text, PUBLISHED), words)
    assert event.date == expected


def test_the_telling_again_names_where_its_day_comes_from() -> None:
    event = _found(_events(LEDE + FIRST + AGAIN, PUBLISHED), "Along with murder")
    assert event.date_basis is DateBasis.CONTEXT
    assert event.dating_of(0).text == "March 20"
