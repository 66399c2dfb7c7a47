""" "Next" before a noun tells that the time after it lies ahead: "Analysts expect a cut at the
next meeting on April 3", written in March, is this April; "Ministers will discuss the cut at
the next cabinet meeting on Tuesday", written on a Wednesday, is the Tuesday to come. Not where
a verb in the simple past tells of a next one gone ("The bank held rates at its next meeting in
February"), nor "next to", a place. A past form after a determiner is a noun, no verb: "expect a
cut in rates in April" is the April ahead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Analysts expect a cut at the next meeting on April 3.", date(2025, 4, 3), None),
        (
            "Markets had priced in a cut at the bank's next meeting in April.",
            date(2025, 4, 1),
            date(2025, 4, 30),
        ),
        (
            "Ministers will discuss the cut at the next cabinet meeting on Tuesday.",
            date(2025, 3, 18),
            None,
        ),
        ("Traders expect a cut in rates in April.", date(2025, 4, 1), date(2025, 4, 30)),
        # As before.
        (
            "Investors are betting on a rise at the Fed's next meeting in June.",
            date(2025, 6, 1),
            date(2025, 6, 30),
        ),
        (
            "The bank held rates at its next meeting in February.",
            date(2025, 2, 1),
            date(2025, 2, 28),
        ),
        ("The shop next to the station opened on Friday.", date(2025, 3, 7), None),
    ],
)
def test_next_before_a_noun_is_ahead(sentence: str, first: date, last: date | None) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last or first)
