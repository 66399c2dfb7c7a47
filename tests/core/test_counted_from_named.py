"""A count of days before or after a dated happening named right after it dates a step by its
distance from that happening: "the day before his June 24, 2005 murder" is 23 June 2005."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.extract import extract_events
from viewer.core.model import DateBasis, DateValue, Document, Span
from viewer.core.temporal import tag

PUBLISHED = date(2007, 2, 4)

# (sentence, anchor, the words of the one expression, the day it names)
COUNTED = [
    (
        "Ortiz was assigned to track Orozco down the day before his June 24, 2005 murder.",
        PUBLISHED,
        "the day before his June 24, 2005",
        date(2005, 6, 23),
    ),
    (
        "One day after Wednesday's massive general strike over pension reform and privatization"
        " shut down the country, more than a hundred schools and at least fifteen university"
        " campuses remain occupied by student demonstrators.",
        date(2010, 10, 15),  # a Friday: Wednesday is the 13th
        "One day after Wednesday",
        date(2010, 10, 14),
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "words", "day"), COUNTED)
def test_a_count_before_a_named_date_is_one_date(
    sentence: str, anchor: date, words: str, day: date
) -> None:
    (timex,) = [t for t in tag(sentence, anchor) if t.type == "DATE"]
    assert timex.text == words
    assert timex.date_value() == DateValue.day(day)


# (sentence, the date expressions' words, untouched): no count leads into the date, or the
# count names no date after it (counted from the story's time, or a span).
NOT_COUNTED = [
    (
        "It was almost the same amount of time used to come to the guilty verdict on March 20.",
        ["March 20"],
    ),
    (
        "Thursday's shooting came just weeks after a driver who had been accused of stealing"
        " from a Manchester, Conn., beer distributorship fatally shot eight people, then"
        " himself.",
        ["Thursday"],
    ),
    (
        "The 15-year veteran, who learned the day before that he had made the rank of"
        " detective, was patrolling in Hawaiian Gardens near 223rd Street when he spotted"
        " Orozco and tried to stop him.",
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "words"), NOT_COUNTED)
def test_a_date_with_no_count_before_it_is_its_own(sentence: str, words: list[str]) -> None:
    found = [t for t in tag(sentence, PUBLISHED) if t.type in ("DATE", "TIME")]
    assert [t.text for t in found] == words
    assert not [t for t in found if "counted" in t.flags]


def test_the_step_is_dated_by_the_count_not_the_named_happening() -> None:
    text = "Ortiz was assigned to track Orozco down the day before his June 24, 2005 murder.\n"
    body = [Span(0, len(text) - 1)]
    doc = Document(id="a.txt", path="a.txt", text=text, title="", body=body, date=PUBLISHED)
    (event,) = extract_events(doc)
    assert event.date == DateValue.day(date(2005, 6, 23))
    assert event.date_basis is DateBasis.EXPLICIT
    assert event.date_text == "the day before his June 24, 2005"
