""" "By" a time after a clause in the past perfect is when what the clause tells held, not a
deadline: "The death toll had risen to 40 by Sunday" is the Sunday, as "By Sunday, the death
toll had risen to 40" is. What was to be done by a time, told by an infinitive or a modal
("had promised to repay the loan by Friday", "had said it would finish by Friday"), stays a
deadline, which dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import DateBasis

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The death toll had risen to 40 by Sunday.", date(2025, 3, 9), date(2025, 3, 9)),
        ("Shares had fallen 12% by the close on Friday.", date(2025, 3, 7), date(2025, 3, 7)),
        ("Inflation had fallen to 3% by December.", date(2024, 12, 1), date(2024, 12, 31)),
        (
            "More than 300 people had been evacuated by Tuesday evening.",
            date(2025, 3, 11),
            date(2025, 3, 11),
        ),
        (
            "Rescuers had pulled 12 survivors from the rubble by Monday night.",
            date(2025, 3, 10),
            date(2025, 3, 10),
        ),
        # As before: opening the sentence.
        ("By Sunday, the death toll had risen to 40.", date(2025, 3, 9), date(2025, 3, 9)),
    ],
)
def test_by_a_time_after_the_past_perfect_is_when_it_held(
    sentence: str, first: date, last: date
) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company had promised to repay the loan by Friday.",
        "Officials had been ordered to leave the building by Friday.",
        "The firm had said it would finish the work by Friday.",
    ],
)
def test_what_was_to_be_done_by_a_time_stays_a_deadline(sentence: str) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date_basis) == (_WRITTEN, DateBasis.PUBLICATION)
