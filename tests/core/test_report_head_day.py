"""A report cut from what it reports, when the two are told at different times, is an event on
its own day, however few its words: "He testified Tuesday | that he came forward … in early
June" is the testimony (Tuesday) and the coming forward (June), as "Police said on Tuesday |
that …" already was. Three words with no past act, or a tag after what it tells, stay as they
were. Sentences written for the purpose, after a dated lede, in the style of wire news."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_LEDE = "Floods hit the city on Monday. "
_PUBLISHED = date(2011, 3, 4)  # a Friday

_REPORTS = [
    (
        "He testified Tuesday that he came forward to clear his name in early June, saying he did"
        " not shoot the young girl.",
        "He testified Tuesday",
        date(2011, 3, 1),
    ),
    (
        "Smith said Thursday that the deal was signed in 2009.",
        "Smith said Thursday",
        date(2011, 3, 3),
    ),
    (
        "She admitted Wednesday that she stole the money in 2008.",
        "She admitted Wednesday",
        date(2011, 3, 2),
    ),
    (
        "Police confirmed Sunday that the car was stolen in 2010.",
        "Police confirmed Sunday",
        date(2011, 2, 27),
    ),
    (
        "Officials announced Thursday that the bridge would reopen in May.",
        "Officials announced Thursday",
        date(2011, 3, 3),
    ),
    (
        "Jones revealed Saturday that he had cancer in 2005.",
        "Jones revealed Saturday",
        date(2011, 2, 26),
    ),
    (
        "He wrote Wednesday that the talks collapsed in 2007.",
        "He wrote Wednesday",
        date(2011, 3, 2),
    ),
]

_NOT_ON_THEIR_OWN = [
    ("Police said Tuesday.", "Police said Tuesday."),
    ("The man was arrested in 2009, police said Tuesday.", "police said Tuesday."),
]


def _days(sentence: str, passage: str) -> list[date]:
    """The days of the events the passage is a passage of, in an article of the lede and it."""
    return [
        e.date.first
        for e in events_in(_LEDE + sentence, _PUBLISHED)
        for p in e.passages
        if p.text == passage
    ]


@pytest.mark.parametrize(("sentence", "report", "day"), _REPORTS)
def test_a_report_cut_from_what_it_reports_is_an_event_of_its_day(
    sentence: str, report: str, day: date
) -> None:
    assert _days(sentence, report) == [day]


@pytest.mark.parametrize(("sentence", "tag"), _NOT_ON_THEIR_OWN)
def test_a_bare_tag_is_no_event_of_its_own(sentence: str, tag: str) -> None:
    assert _days(sentence, tag) == []
