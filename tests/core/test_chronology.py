"""An entry of a chronology ("Key dates:", a date, a dash, what happened) is told in the
present, as chronologies are: it is an event of its date like one told in the past."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_INTRO = (
    "Julian Assange won permission on Monday to appeal against his extradition.\n\nKey dates:\n\n"
)


@pytest.mark.parametrize(
    ("entry", "day"),
    [
        ("June 2012 - Assange takes refuge in Ecuador's embassy in London.", date(2012, 6, 1)),
        (
            "January 2021 - A British judge rules he should not be extradited, citing his "
            "mental health.",
            date(2021, 1, 1),
        ),
        ("March 3, 2021: The council votes to close the library.", date(2021, 3, 3)),
    ],
)
def test_a_chronology_s_entry_is_an_event_of_its_date(entry: str, day: date) -> None:
    events = events_in(_INTRO + entry, date(2024, 5, 22))
    (found,) = [e for e in events if entry[:15] in e.primary.text]
    assert found.date.first == day
