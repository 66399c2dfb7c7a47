"""A period told as how long a state held ("for much of the 1980s") dates no happening of its
sentence. Real sentences of the development articles."""

from __future__ import annotations

from datetime import date

from viewer.core.framed_times import governing_time
from viewer.core.temporal import tag

_POINT_GUARD = (
    "The former 76ers point guard for much of the 1980s came back to the city to assume "
    "coaching duties prior to the 2005 season."
)


def test_the_period_a_state_held_over_dates_nothing() -> None:
    timexes = tag(_POINT_GUARD, date(2005, 5, 24))
    assert any(t.text == "the 1980s" for t in timexes)
    chosen = governing_time(_POINT_GUARD, 0, len(_POINT_GUARD), timexes)
    assert chosen is None or chosen.text != "the 1980s"


# Told after "in", the period is the happening's own.
def test_a_period_told_after_in_still_dates() -> None:
    text = (
        "Jeffs was indicted in July, 2008, by a Schleicher County grand jury in Eldorado, Texas, "
        "home to the YFZ Ranch."
    )
    timexes = tag(text, date(2010, 6, 12))
    chosen = governing_time(text, 0, len(text), timexes)
    assert chosen is not None and chosen.first == date(2008, 7, 1)
