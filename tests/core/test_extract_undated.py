"""An article with no publication date gives only the events it dates in full."""

from __future__ import annotations

from datetime import date

from viewer.core.extract import extract_events
from viewer.core.model import DateBasis, Document, Span

TEXT = (
    "The ministers met in Bucharest on Tuesday to discuss the war. "
    "The alliance announced on 8 March 2022 that it would send more troops."
)


def test_relative_dates_of_an_undated_article_give_no_event() -> None:
    doc = Document(id="a.txt", path="a.txt", text=TEXT, body=[Span(0, len(TEXT))])
    events = extract_events(doc)
    assert [e.date.first for e in events] == [date(2022, 3, 8)]
    assert events[0].date_basis is DateBasis.EXPLICIT


def test_once_dated_its_relative_dates_follow() -> None:
    doc = Document(
        id="a.txt", path="a.txt", text=TEXT, body=[Span(0, len(TEXT))], date=date(2022, 11, 29)
    )
    assert {e.date.first for e in extract_events(doc)} == {date(2022, 11, 29), date(2022, 3, 8)}
