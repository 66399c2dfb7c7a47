"""A happening set against an earlier one by how long after it came ("The raid comes little
over a month | after a masked bandit made off with …") is cut out as a happening of its own,
counted back from the main happening's day: a range for a rough count, never a false exact
day; the main piece, the happening told again by a definite noun, is no event of its own (a
passage of the story's first event, where that event is of its day). Not
for a count of how long, a speaker's words, nor a verb other than "come". Excerpts of ECB+
development articles (24_3ecbplus, 22_12ecbplus, 20_4ecbplus) and invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from tests.core.test_happenings_of_other_times import _pieces
from viewer.core.come_count import counted_from_come
from viewer.core.model import DateBasis, DateValue, Precision

RAID = (
    "A smash-and-grab on a high end Paris store saw four robbers make off with jewelry and "
    "watches valued at over $2.6 million early Monday.\n\n"
    "The raid comes little over a month after a masked bandit made off with an $136M worth of "
    "diamonds and jewels from the Carlton Intercontinental Hotel in Cannes on the glamorous "
    "French Riviera, in possibly the world’s biggest heist."
)
SHOOTING = (
    "Thursday's shooting came just weeks after a driver who had been accused of stealing from "
    "a Manchester, Conn., beer distributorship fatally shot eight people, then himself."
)


@pytest.mark.parametrize(
    ("text", "published", "clause", "first", "last"),
    [
        # The raid of Monday 9 September: one to two months before it.
        (RAID, date(2013, 9, 9), "after a masked bandit", date(2013, 7, 9), date(2013, 8, 9)),
        # Thursday 9 September: two to eight weeks before it, in July or August.
        (SHOOTING, date(2010, 9, 10), "after a driver", date(2010, 7, 15), date(2010, 8, 26)),
    ],
)
def test_what_a_happening_came_weeks_after_is_counted_back_from_it(
    text: str, published: date, clause: str, first: date, last: date
) -> None:
    events = events_in(text, published)
    (event,) = [e for e in events if e.primary.text.startswith(clause)]
    assert (event.date.first, event.date.last) == (first, last)
    assert event.date.precision is Precision.RANGE
    assert event.date_basis is DateBasis.CONTEXT
    assert text.endswith(event.primary.text)  # it runs on to the sentence's end


def test_the_happening_told_again_is_no_event_of_its_own() -> None:
    events = events_in(SHOOTING, date(2010, 9, 10))
    assert [e.primary.text[:14] for e in events] == ["after a driver"]


def test_the_news_told_again_is_a_passage_of_the_story_s_first_event() -> None:
    # The raid of the lede, early Monday, the day the raid is told again on.
    lede, *_ = events_in(RAID, date(2013, 9, 9))
    assert lede.primary.text.startswith("A smash-and-grab")
    assert [p.text for p in lede.passages[1:]] == ["The raid comes little over a month"]


MONDAY = DateValue.day(date(2013, 9, 9))


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        # An exact count of days is a day; of months, that month; of years, that year.
        ("The arrest came two days after he was released.", (9, 7), (9, 7), Precision.DAY),
        ("The move comes a month after the firm cut its flights.", (8, 1), (8, 31), "month"),
        ("The vote came two years after the war ended.", (1, 1), (12, 31), Precision.YEAR),
        # Rough counts: a range.
        ("The raid came almost two years after the bank was robbed.", (9, 9), (9, 9), "range"),
        ("The strike came just weeks after the pay deal was signed.", (7, 15), (8, 26), "range"),
        # "Before": ahead of the main happening.
        ("The signing came just one day before he was set to fly out.", (9, 10), (9, 10), "day"),
    ],
)
def test_a_count_after_come_gives_the_precision_it_states(
    text: str, first: tuple[int, int], last: tuple[int, int], precision: str
) -> None:
    opener = max(text.find(" after "), text.find(" before ")) + 1
    found = counted_from_come(text, opener, 0, lambda: MONDAY)
    assert found is not None
    value = found[0]
    assert value.precision is Precision(precision)
    assert (value.first.month, value.first.day) == first
    assert (value.last.month, value.last.day) == last


@pytest.mark.parametrize(
    "text",
    [
        # How long, not when.
        "Aid came for two weeks after the storm hit the coast.",
        # A speaker's words.
        "“The raid came a month after the heist was reported,” a police officer said.",
        # Another verb: the sentence keeps its one date (20_4ecbplus).
        "The rocky and barren island was hit almost two years after the southeastern city of "
        "Bam was destroyed in a quake that killed tens of thousands of people.",
    ],
)
def test_no_clause_cut_for_what_it_came_after(text: str) -> None:
    assert _pieces(text, date(2005, 11, 28)) == [(False, text)]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (  # the decision told a paragraph before, of Tuesday last week
            "Members voted 7-4 at a meeting on Tuesday last week.\n\nThe decision comes three "
            "weeks after the same committee rejected a 45-home scheme on the edge of the "
            "village.",
            date(2021, 3, 3),
            date(2021, 2, 2),
        ),
        (  # the figures published yesterday
            "The figures were published yesterday by NHS England.\n\nThe figures came a day "
            "after the Health Secretary told MPs that waiting times would fall.",
            date(2013, 2, 6),
            date(2013, 2, 4),
        ),
    ],
)
def test_a_count_from_the_news_told_again_counts_from_its_day(
    text: str, published: date, day: date
) -> None:
    (counted,) = [e for e in events_in(text, published) if e.primary.text.startswith("after")]
    assert counted.date == DateValue.day(day)


@pytest.mark.parametrize(
    "frame",
    [
        "The move came a day",  # a main piece shorter than a passage still counts
        "The move came one day",
        "This came a day",
    ],
)
def test_a_short_frame_still_counts_back_from_its_happening(frame: str) -> None:
    # Thursday 8 June 2023, written on the Friday: the fall was the Wednesday.
    text = (
        "The central bank raised its key rate to 12 percent on Thursday.\n\n"
        f"{frame} after the shilling fell to a record low against the dollar."
    )
    events = events_in(text, date(2023, 6, 9))
    (fall,) = [e for e in events if e.primary.text.startswith("after the shilling")]
    assert fall.date == DateValue.day(date(2023, 6, 7))
    assert fall.date_text == f"{frame.split('came ')[1]} after"


def test_what_it_came_after_at_a_time_of_its_own_is_cut_out_at_that_time() -> None:
    """The clause after the count is a happening of its own also where it tells its own day
    (a probe article of an escape, Wednesday, 4 January 1995): not the occasion of the
    sentence's retelling of the lede, dated by the lede's day."""
    events = events_in(
        "Three prisoners, including two convicted murderers, escaped from Parkhurst "
        "top-security prison on the Isle of Wight last night.\n\n"
        "The escape comes less than four months after six IRA prisoners broke out of the "
        "special secure unit at Whitemoor prison in Cambridgeshire on September 9.",
        date(1995, 1, 4),
    )
    (whitemoor,) = [e for e in events if "six IRA prisoners" in e.primary.text]
    assert whitemoor.primary.text.startswith("after six IRA prisoners")
    assert whitemoor.date == DateValue.day(date(1994, 9, 9))
    assert not any(e.primary.text.startswith("The escape comes") for e in events)
