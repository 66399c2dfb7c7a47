"""Results told for a period ("the results for the third quarter", "figures for January") are
of a period over by the time they are told: written in February, "Figures for January will be
released next week" is last January's. A sentence not told in the past that names a time of
its own is dated by it, the publication's, not the period's; told in the past, the period
stays ("The job figures for January extended a surge …"). A period up to a month is read from
that month ("the year to March" of results due in June is the coming March)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal import tag

_WRITTEN = date(2025, 2, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        (
            "The results for the third quarter will be published on Friday.",
            date(2025, 2, 14),
            date(2025, 2, 14),
        ),
        (
            "The company will report earnings for the fourth quarter on Thursday.",
            date(2025, 2, 13),
            date(2025, 2, 13),
        ),
        (
            "Figures for January will be released next week.",
            date(2025, 2, 17),
            date(2025, 2, 23),
        ),
        # Told in the past, the period the figures tell of.
        (
            "The job figures for January extended a surge in employment gains that began last "
            "fall.",
            date(2025, 1, 1),
            date(2025, 1, 31),
        ),
        # With no other time, the period, the last one over.
        (
            "The company reported results for the third quarter.",
            date(2024, 7, 1),
            date(2024, 9, 30),
        ),
    ],
)
def test_results_for_a_period_are_dated_by_their_telling(
    sentence: str, first: date, last: date
) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "extent", "first", "last"),
    [
        (
            "Figures for January will be released next week.",
            "January",
            date(2025, 1, 1),
            date(2025, 1, 31),
        ),
        (
            "The results for the third quarter will be published on Friday.",
            "the third quarter",
            date(2024, 7, 1),
            date(2024, 9, 30),
        ),
        (
            "The results for the year to March will be published in June.",
            "year to March",
            date(2024, 4, 1),
            date(2025, 3, 31),
        ),
    ],
)
def test_a_period_results_are_told_for_is_over(
    text: str, extent: str, first: date, last: date
) -> None:
    found = tag(text, _WRITTEN)[0]
    assert (found.text, found.first, found.last) == (extent, first, last)
