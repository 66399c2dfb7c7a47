"""A day word inside a quotation counts from the day the words were said (quoted_day.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Event
from viewer.core.quoted_day import QuoteMarks


def _dated(events: list[Event], words: str) -> date:
    return next(e.date.first for e in events if words in e.primary.text)


# (article body, published, words of the quoted passage, its day)
CASES = [
    (  # the statement the quotation goes on with names its day
        "Jackson proffered his innocence in a statement released yesterday afternoon.\n\n"
        "“This morning I was stopped by an officer,” Jackson said in the statement.",
        date(2009, 2, 4),
        "This morning I was stopped",
        date(2009, 2, 3),
    ),
    (  # the sentence of the speech names its day outside the quotation
        "\"The decision today made the family happy, but unfortunately it's a false "
        'happiness," Perlo said after court Tuesday.',
        date(2007, 2, 4),
        "The decision today",
        date(2007, 1, 30),
    ),
    (  # a speech with no day of its own: the day word counts from publication
        "“This morning I was stopped by an officer,” Jackson said.",
        date(2009, 2, 4),
        "This morning I was stopped",
        date(2009, 2, 4),
    ),
    (  # a day word outside the quotation is the reporter's
        "Jackson proffered his innocence in a statement released yesterday afternoon.\n\n"
        "Jackson was stopped by an officer this morning, police said.",
        date(2009, 2, 4),
        "Jackson was stopped",
        date(2009, 2, 4),
    ),
    (  # a statement dated only by the narrative it goes on with names no day of its own
        "Police intervened after more than 100 people joined together for a candlelit vigil in"
        " the East Flatbush neighborhood in Brooklyn, New York, where 16-year-old Kimani Gray was"
        " shot multiple times by police on Saturday.\n\n"
        "Williams said people smashed out windows and overturned garbage cans during the"
        " disorder, and that one person had been attacked outside of a local Rite Aid.\n\n"
        "“Tonight was a peaceful vigil that devolved into a riot,” Williams wrote.",
        date(2013, 3, 12),
        "Tonight was a peaceful vigil",
        date(2013, 3, 12),
    ),
    (  # another speaker's quotation does not go on with the statement
        "Jackson proffered his innocence in a statement released yesterday afternoon.\n\n"
        "“This morning we reviewed the tapes,” Baehr said.",
        date(2009, 2, 4),
        "This morning we reviewed",
        date(2009, 2, 4),
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "day"), CASES)
def test_quoted_day_word_counts_from_its_speech(
    text: str, published: date, words: str, day: date
) -> None:
    assert _dated(events_in(text, published), words) == day


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("“This morning I was stopped,” Jackson said.", "This morning", True),
        ("“I was stopped,” Jackson said this morning.", "this morning", False),
        ('He said "today we begin" and left.', "today", True),
        ('He said "we begin" today.', "today", False),
        # A quotation opened in another paragraph does not reach this one.
        ("“It was hard.\n\nToday we rest, he said.", "Today", False),
    ],
)
def test_a_place_is_inside_quotation_marks_opened_in_its_paragraph(
    text: str, word: str, inside: bool
) -> None:
    assert QuoteMarks(text).inside(text.index(word)) is inside
