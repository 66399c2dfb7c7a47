"""Sources by name and dates as a reader says them."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.day_words import day_span
from viewer.core.model import DateValue, Document, Precision
from viewer.core.source_names import (
    document_labels,
    document_names,
    list_date,
    short_date,
    shortened,
    source_label,
)


def test_a_source_is_its_outlet_else_its_title_else_its_file_and_its_date() -> None:
    day = date(2022, 3, 9)
    assert source_label("Long headline", "a.txt", day, outlet="CNN") == "CNN · 9 Mar 2022"
    assert source_label("Troops sent east", "a.txt", day) == "Troops sent east · 9 Mar 2022"
    assert source_label("", "reports/a.txt", None) == "a"
    long = source_label("With continued concern that the invasion could spread further", "a", day)
    assert long == "With continued concern that the… · 9 Mar 2022"


def test_two_sources_that_would_read_the_same_are_told_apart() -> None:
    docs = [
        Document("a.txt", "a.txt", "", title="Summit ends", date=date(2022, 6, 30)),
        Document("b.txt", "b.txt", "", title="Summit ends", date=date(2022, 6, 30)),
        Document("c.txt", "c.txt", "", title="Other", date=None),
    ]
    labels = document_labels(docs)
    assert labels["a.txt"] == "Summit ends · 30 Jun 2022 (a)"
    assert labels["b.txt"] == "Summit ends · 30 Jun 2022 (b)"
    assert labels["c.txt"] == "Other"


def test_lanes_name_a_source_alone_unless_two_would_read_the_same() -> None:
    """Two copies of one headline (a day apart, and the same day) each had a lane named
    "Kraft Shooting: Yvonne Hiller…", told apart only by their order."""
    title = "Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder"
    docs = [
        Document("22_12.txt", "22_12.txt", "", title=title, date=date(2010, 9, 10)),
        Document("wire.txt", "wire.txt", "", title=title, date=date(2010, 9, 10)),
        Document("22_14.txt", "22_14.txt", "", title=title, date=date(2010, 9, 11)),
        Document("a.txt", "a.txt", "", title="Trial begins", date=date(2011, 1, 5)),
    ]
    names = document_names(document_labels(docs))
    assert names["a.txt"] == "Trial begins"
    assert names["22_14.txt"] == "Kraft Shooting: Yvonne Hiller… · 11 Sep 2010"
    assert names["wire.txt"] == "Kraft Shooting: Yvonne Hiller… · 10 Sep 2010 (wire)"
    assert len(set(names.values())) == len(docs)


def test_dates_at_their_precision() -> None:
    d = date(2022, 3, 9)
    assert short_date(DateValue.day(d)) == "9 Mar 2022"
    assert short_date(DateValue.week_of(d)) == "Week 10 2022"
    assert short_date(DateValue.month_of(d)) == "Mar 2022"
    assert short_date(DateValue.year_of(d)) == "2022"
    span = DateValue(date(2022, 3, 5), date(2022, 3, 6), Precision.RANGE)
    assert short_date(span) == "5–6 Mar 2022"
    years = DateValue(date(1833, 1, 1), date(1865, 12, 31), Precision.RANGE)
    assert short_date(years) == years.label() == "1833–1865"
    months = DateValue(date(2009, 5, 1), date(2009, 8, 31), Precision.RANGE)
    assert short_date(months) == months.label() == "May–Aug 2009"
    across = DateValue(date(2009, 9, 1), date(2010, 3, 31), Precision.RANGE)
    assert short_date(across) == across.label() == "Sep 2009 – Mar 2010"
    # The panel writes a span of days as the list does, the month and year said once.
    assert DateValue(date(2009, 9, 1), date(2010, 3, 30), Precision.RANGE).label() == (
        "1 Sep 2009 – 30 Mar 2010"
    )
    assert span.label() == "5–6 Mar 2022"
    assert day_span(date(2022, 2, 28), date(2022, 3, 9)) == "28 Feb – 9 Mar 2022"
    assert day_span(date(2021, 12, 30), date(2022, 1, 2)) == "30 Dec 2021 – 2 Jan 2022"
    assert shortened("a b c", 10) == "a b c"


@pytest.mark.parametrize(
    ("first", "last", "listed"),
    [
        (date(2022, 2, 19), date(2022, 2, 28), "19–28 Feb 2022"),  # "late February"
        (date(1989, 8, 26), date(1989, 10, 20), "26 Aug–20 Oct 1989"),
        (date(2009, 9, 1), date(2010, 3, 31), "Sep 2009–Mar 2010"),
        (date(1833, 1, 1), date(1865, 12, 31), "1833–1865"),
    ],
)
def test_the_event_list_closes_up_the_dash_of_a_span(first: date, last: date, listed: str) -> None:
    span = DateValue(first, last, Precision.RANGE)
    assert list_date(span) == listed
    assert list_date(DateValue.day(first)) == short_date(DateValue.day(first))
