"""A span counted on from a day named right after it, "within a week of the March 2 sale",
is from that day to the count's end, not the day alone; a vague count ("within a few days
of") and a count with no day after it are left as they were."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.model import Precision
from viewer.core.temporal import tag

PUBLISHED = date(1998, 3, 20)  # a Friday

# (sentence, the words of the one expression, its first day, its last day)
WITHIN = [
    (
        "Within a week of the March 2 sale, the plant closed.",
        "Within a week of the March 2",
        date(1998, 3, 2),
        date(1998, 3, 9),
    ),
    (
        "The government fell within two days after Tuesday's vote.",
        "within two days after Tuesday",
        date(1998, 3, 17),
        date(1998, 3, 19),
    ),
    (
        "The rebels were recaptured within a month of their January 9 escape.",
        "within a month of their January 9",
        date(1998, 1, 9),
        date(1998, 2, 9),
    ),
]


@pytest.mark.parametrize(("sentence", "words", "first", "last"), WITHIN)
def test_a_span_counted_from_a_named_day_runs_from_it(
    sentence: str, words: str, first: date, last: date
) -> None:
    (timex,) = [t for t in tag(sentence, PUBLISHED) if t.type == "DATE"]
    assert (timex.text, timex.precision, timex.first, timex.last) == (
        words,
        Precision.RANGE,
        first,
        last,
    )


def test_a_vague_count_from_a_named_day_is_the_day() -> None:
    sentence = "The plant closed within a few days of the March 2 sale."
    (timex,) = [t for t in tag(sentence, PUBLISHED) if t.type == "DATE"]
    assert (timex.first, timex.last) == (date(1998, 3, 2), date(1998, 3, 2))
