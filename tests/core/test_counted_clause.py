"""A clause of a time counted from the one its sentence names before it ("where, the night
before, …") is its own event, counted from that time, not from the day the story last named;
a "where" clause of no time of its own stays in its sentence. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from tests.core.test_happenings_of_other_times import _pieces

THURSDAY = date(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "clause", "day"),
    [
        # The night before the Tuesday the sentence names: Monday.
        (
            "On Tuesday, inspectors could be seen inside a pharmacy where, the night before, "
            "a crowd of teenagers rampaged through the aisles, knocking over shelves.",
            "where, the night before, a crowd",
            date(2024, 3, 4),
        ),
        # The day after the Saturday it names: Sunday.
        (
            "The ferry left the port on Saturday for the island, where, the day after, its crew "
            "walked out over pay.",
            "where, the day after, its crew",
            date(2024, 3, 3),
        ),
    ],
)
def test_a_clause_counted_from_its_sentences_time_is_its_own_event(
    text: str, clause: str, day: date
) -> None:
    (event,) = [e for e in events_in(text, THURSDAY) if e.primary.text.startswith(clause)]
    assert event.date.first == event.date.last == day
    assert text.endswith(event.primary.text)  # the clause runs on to the sentence's end


def test_a_where_clause_of_no_time_of_its_own_stays_in_its_sentence() -> None:
    text = "On Tuesday, inspectors visited the pharmacy where a crowd of teenagers rampaged."
    assert _pieces(text, THURSDAY) == [(False, text)]
