"""A sentence opening on its subject's birth year and naming an age is of the years that age
was reached: "Born in Memphis in 1935, he began playing piano at the age of four" is 1939 or
1940, not 1935. A main clause with a time of its own keeps it; one with neither keeps the
birth's year, the only time it names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import DateBasis, Precision

_WRITTEN = date(2025, 3, 13)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        (
            "Born in Memphis in 1935, he began playing piano at the age of four.",
            date(1939, 1, 1),
            date(1940, 12, 31),
        ),
        (
            "Born in 1950, she left school aged 16 to work in a factory.",
            date(1966, 1, 1),
            date(1967, 12, 31),
        ),
        (
            "Born in Lagos in 1961, she moved to London at age 12.",
            date(1973, 1, 1),
            date(1974, 12, 31),
        ),
        # As before: the main clause's own year; no age.
        (
            "Born in Memphis, Tennessee, in 1935, Holt joined the Army in 1953.",
            date(1953, 1, 1),
            date(1953, 12, 31),
        ),
        ("Born in 1935, he grew up in poverty.", date(1935, 1, 1), date(1935, 12, 31)),
    ],
)
def test_an_age_counts_from_the_birth_year(sentence: str, first: date, last: date) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last)


def test_the_words_that_date_it_name_the_age() -> None:
    (event,) = events_in("Born in 1935, Holt began playing piano at the age of four.", _WRITTEN)
    assert event.date.precision is Precision.RANGE
    assert event.date_text == "1935 … at the age of four"


@pytest.mark.parametrize(
    "birth",
    ["Holt was born in Memphis in 1935.", "Holt was born in Memphis on March 3, 1935."],
)
def test_an_age_counts_from_the_birth_told_before(birth: str) -> None:
    """ "Holt was born in Memphis in 1935. He began playing the piano at the age of four.": the
    second sentence, with no time of its own, is of the years he was four, not of the birth."""
    text = f"{birth} He began playing the piano at the age of four and joined a band."
    event = next(e for e in events_in(text, _WRITTEN) if "piano" in e.passages[0].text)
    assert (event.date.first, event.date.last) == (date(1939, 1, 1), date(1940, 12, 31))
    assert event.date_basis is DateBasis.CONTEXT


def test_an_age_after_another_past_is_not_counted() -> None:
    text = "Holt moved to Memphis in 1935. He began playing the piano at the age of four."
    event = next(e for e in events_in(text, _WRITTEN) if "piano" in e.passages[0].text)
    assert event.date.first.year != 1939
