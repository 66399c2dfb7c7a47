"""A month and day written without a year take the year the article already gave that month,
while that day is still past at publication; "this", "last" or "next" and a weekday keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateValue
from viewer.core.temporal import tag

PUBLISHED = date(2007, 2, 5)


def _value_of(text: str, words: str, anchor: date = PUBLISHED) -> str:
    (found,) = [t for t in tag(text, anchor) if t.text == words]
    return found.value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # the year named with the month at its first mention carries to the bare day
        ("The bridge closed in June 2005. Crews left it on June 24.", "June 24", "2005-06-24"),
        ("The mill shut on June 3, 2005. Its owner sold it on June 24.", "June 24", "2005-06-24"),
        ("The mill shut on 3 June 2005. Its owner sold it on 24 June.", "24 June", "2005-06-24"),
        # the latest mention of the month counts
        (
            "A flood came in May 2003 and again in May 2005. Roads reopened on May 20.",
            "May 20",
            "2005-05-20",
        ),
        # another month's year says nothing about this one
        ("The bridge closed in June 2005. Crews left it on July 2.", "July 2", "2006-07-02"),
        # named after the bare day: not yet named when the day is read
        ("Crews left it on June 24. The bridge closed in June 2005.", "June 24", "2006-06-24"),
        # a weekday picks its own year
        (
            "The bridge closed in June 2005. Crews left it Saturday, June 24.",
            "Saturday, June 24",
            "2006-06-24",
        ),
    ],
)
def test_a_bare_day_takes_the_year_named_with_its_month(text: str, words: str, value: str) -> None:
    assert _value_of(text, words) == value


def test_a_day_still_ahead_keeps_its_own_year() -> None:
    text = "The bridge closed in March 2005. It will reopen on March 20."
    assert _value_of(text, "March 20") == "2007-03-20"


def test_a_named_year_that_would_put_the_day_ahead_is_not_taken() -> None:
    text = "Talks began in January 2007. The two sides met on January 30."
    assert _value_of(text, "January 30", date(2007, 2, 5)) == "2007-01-30"
    text = "Talks began in February 2007. The two sides met on February 20."
    assert _value_of(text, "February 20", date(2007, 2, 5)) == "2006-02-20"


def test_the_retold_killing_is_dated_in_the_year_first_named() -> None:
    text = (
        "County officials on Monday marked the ambush slaying of Deputy Ray Calder in "
        "June 2005.\n\n"
        "The 35-year-old deputy was killed on June 24 while answering a call near a farm road."
    )
    event = _found(_events(text, PUBLISHED), "was killed on June 24")
    assert event.date == DateValue.day(date(2005, 6, 24))


def test_a_bare_day_of_the_last_two_months_is_of_the_story_s_news() -> None:
    text = (
        "The owner took over the club on May 26, 2003. He waited when the season ended on "
        "May 3, the day his team was knocked out."
    )
    assert _value_of(text, "May 3", date(2005, 5, 24)) == "2005-05-03"
    text = "The mill shut on April 2, 2005. Its owner sold it on April 20."
    assert _value_of(text, "April 20", date(2006, 9, 26)) == "2005-04-20"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # Told in the past, the bare day of the next two weeks was that day only for want of
        # a year: the one given to its month is the story's.
        (
            "On February 8, 2006, the bank said it needed capital. Regulators closed it on "
            "February 10.",
            "February 10",
            "2006-02-10",
        ),
        # With no year given to its month, the day of the next two weeks stays.
        ("The bank said it would be paid on February 10.", "February 10", "2007-02-10"),
        # Ahead by its tense, it keeps its own year.
        (
            "On February 8, 2006, the bank said it needed capital. Its shares will be sold "
            "on February 10.",
            "February 10",
            "2007-02-10",
        ),
    ],
)
def test_a_past_day_read_as_soon_takes_the_year_named_with_its_month(
    text: str, words: str, value: str
) -> None:
    assert _value_of(text, words) == value
