"""A count that is only a bound: "Less than two weeks later" than a day is some day between
it and the count's end, not the day the count reaches."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.anaphoric_dates import resolve_anaphoric
from viewer.core.extract import extract_events
from viewer.core.model import DateValue, Document, Precision, Span
from viewer.core.temporal import tag

MAY_29 = DateValue.day(date(2012, 5, 29))

# (sentence, first, last, precision) counted from 29 May 2012.
BOUNDS = [
    (
        "Less than two weeks later, Jermayne Timmons was arrested and charged with the shooting.",
        date(2012, 5, 30),
        date(2012, 6, 11),
        Precision.RANGE,
    ),
    (
        "Less than three weeks later, the team named a new coach.",
        date(2012, 5, 30),
        date(2012, 6, 18),
        Precision.RANGE,
    ),
    (
        "Less than a year before, a detective shot and killed an unarmed woman.",
        date(2011, 5, 30),
        date(2012, 5, 28),
        Precision.RANGE,
    ),
    ("The junta fell less than a day later.", date(2012, 5, 29), date(2012, 5, 29), Precision.DAY),
    # Not a bound: the count's own day.
    ("Two weeks later, he was arrested.", date(2012, 6, 12), date(2012, 6, 12), Precision.DAY),
    (
        "More than two weeks later, he was arrested.",
        date(2012, 6, 12),
        date(2012, 6, 12),
        Precision.DAY,
    ),
]


@pytest.mark.parametrize(("sentence", "first", "last", "precision"), BOUNDS)
def test_a_count_short_of_its_end_covers_the_days_before_it(
    sentence: str, first: date, last: date, precision: Precision
) -> None:
    (timex,) = tag(sentence, date(2013, 4, 12))
    assert ("mod-less-than" in timex.flags) == ("less than" in sentence.lower())
    assert resolve_anaphoric(timex, MAY_29) == DateValue(first, last, precision)


def test_a_count_short_of_its_end_from_a_month_stays_the_count() -> None:
    (timex,) = tag("Less than a year later, the plant closed.", date(2013, 4, 12))
    march = DateValue(date(2019, 3, 1), date(2019, 3, 31), Precision.MONTH)
    assert resolve_anaphoric(timex, march) == DateValue(
        date(2020, 3, 1), date(2020, 3, 31), Precision.MONTH
    )


def test_the_story_goes_on_at_the_days_before_the_count_runs_out() -> None:
    paragraphs = [
        "The 10-year-old was shot on the night of May 29th while she was playing outside.",
        "Less than two weeks later, Jermayne Timmons was arrested and charged with the shooting.",
        "It was discovered shortly after the arrest that Timmons had written an apology letter.",
    ]
    text, body, at = "", [], 0
    for paragraph in paragraphs:
        body.append(Span(at, at + len(paragraph)))
        text += paragraph + "\n\n"
        at += len(paragraph) + 2
    doc = Document(id="a.txt", path="a.txt", text=text, title="", body=body, date=date(2013, 4, 12))
    events = extract_events(doc)
    arrest = next(e for e in events if "arrested" in e.primary.text)
    letter = next(e for e in events if "apology letter" in e.primary.text)
    assert (arrest.date.first, arrest.date.last) == (date(2012, 5, 30), date(2012, 6, 11))
    assert letter.date.first.year == 2012
