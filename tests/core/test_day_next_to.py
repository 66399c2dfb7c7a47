"""The day next to the story's: "where, the night before, a group rampaged" is the day before
the one the story is at; "the day before his June 24, 2005 murder" is not counted so."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.anaphoric_dates import resolve_anaphoric
from viewer.core.extract import extract_events
from viewer.core.model import DateValue, Document, Span
from viewer.core.temporal import tag

TUESDAY = DateValue.day(date(2013, 3, 12))
ANCHOR = date(2013, 3, 13)

# (sentence, the words counted, the day counted from Tuesday 12 March 2013)
COUNTED = [
    (
        "On Tuesday, police investigators could be seen inside a Rite Aid store where, the night"
        " before, a group of at least three dozen mostly young people rampaged through the aisles.",
        "the night before",
        date(2013, 3, 11),
    ),
    (
        "The night before, about 200 people attended the vigil.",
        "The night before",
        date(2013, 3, 11),
    ),
    ("The officers returned the day after.", "the day after", date(2013, 3, 13)),
    ("The morning after, the store reopened.", "The morning after", date(2013, 3, 13)),
    # A weekday told from the story's day: the first after it, or the last before it.
    ("The following Monday, its chief executive quit.", "The following Monday", date(2013, 3, 18)),
    ("The next Tuesday, the board met.", "The next Tuesday", date(2013, 3, 19)),
    ("The previous Friday, the bank had warned it.", "The previous Friday", date(2013, 3, 8)),
    ("He died later that same day in a hospital.", "later that same day", date(2013, 3, 12)),
    ("That same night, a vigil was held.", "That same night", date(2013, 3, 12)),
    # "after that", "before that": counted from the time the story is at, as "later" is.
    ("The day after that, the bank failed.", "The day after that", date(2013, 3, 13)),
    ("Two days after that, the bank failed.", "Two days after that", date(2013, 3, 14)),
    ("A week before that, it had warned.", "A week before that", date(2013, 3, 5)),
]


@pytest.mark.parametrize(("sentence", "words", "day"), COUNTED)
def test_the_day_next_to_the_story_s_is_counted_from_it(
    sentence: str, words: str, day: date
) -> None:
    (timex,) = [t for t in tag(sentence, ANCHOR) if "anaphoric" in t.flags]
    assert timex.text == words
    assert resolve_anaphoric(timex, TUESDAY) == DateValue.day(day)


# Not counted from the story's day: a span before a named happening, a clause, a deictic day.
NOT_COUNTED = [
    "Ortiz was assigned to track Orozco down the day before his June 24, 2005 murder.",
    "But she became nervous, telling her son the night before she was to testify.",
    "Voters lined up the night before the election.",
    "The fire broke out the day before yesterday.",
    "A week after that vote, the bank failed.",
]


@pytest.mark.parametrize("sentence", NOT_COUNTED)
def test_a_day_next_to_a_named_happening_is_not_counted_from_the_story(sentence: str) -> None:
    assert not [t for t in tag(sentence, ANCHOR) if "anaphoric" in t.flags]


def test_a_day_next_to_a_month_is_not_counted() -> None:
    (timex,) = tag("The night before, a group rampaged.", ANCHOR)
    march = DateValue.month_of(date(2013, 3, 1))
    assert resolve_anaphoric(timex, march) is None


def test_a_sentence_after_a_dated_one_takes_the_day_before_its_day() -> None:
    paragraphs = [
        "A vigil for the teenager was held on Monday evening in Brooklyn.",
        "On Tuesday, the police released a video of the clash at a drugstore. The night before,"
        " a group of young people rampaged through its aisles.",
    ]
    text, body, at = "", [], 0
    for paragraph in paragraphs:
        body.append(Span(at, at + len(paragraph)))
        text += paragraph + "\n\n"
        at += len(paragraph) + 2
    doc = Document(id="a.txt", path="a.txt", text=text, title="", body=body, date=ANCHOR)
    rampage = next(e for e in extract_events(doc) if "rampaged" in e.primary.text)
    assert rampage.date == DateValue.day(date(2013, 3, 11))
    assert rampage.date_text == "The night before"


@pytest.mark.parametrize(
    ("sentence", "words", "first", "last"),
    [
        # A season counted from the story's time: the first after it, the last before it, or
        # the one of its year.
        (
            "The following spring, she bought it.",
            "The following spring",
            (2014, 3, 1),
            (2014, 5, 31),
        ),
        (
            "The preceding winter, it had flooded.",
            "The preceding winter",
            (2012, 12, 1),
            (2013, 2, 28),
        ),
        ("That summer, a cafe opened in it.", "That summer", (2013, 6, 1), (2013, 8, 31)),
        ("Later that autumn, the bank sold it.", "Later that autumn", (2013, 9, 1), (2013, 11, 30)),
    ],
)
def test_a_season_is_counted_from_the_story_s_time(
    sentence: str, words: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    (timex,) = [t for t in tag(sentence, ANCHOR) if "anaphoric" in t.flags]
    assert timex.text == words
    value = resolve_anaphoric(timex, TUESDAY)
    assert value is not None
    assert (value.first, value.last) == (date(*first), date(*last))


def test_that_fall_in_a_figure_is_no_season() -> None:
    assert not [
        t for t in tag("That fall in prices hurt the firm.", ANCHOR) if "anaphoric" in t.flags
    ]
