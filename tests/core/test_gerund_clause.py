"""A clause of time told with a gerund ("since losing to Lamon Brewster in April 2004") is cut
out of its sentence with its own time, as one told with a finite verb is; a summary in the
perfect that it leaves behind ("Klitschko has won 16 fights in a row") is no event. Real
sentences of the development articles."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.extract import extract_events
from viewer.core.happenings import split_happenings
from viewer.core.model import Document, Event, Span
from viewer.core.temporal import tag


def _events(text: str, published: date) -> list[Event]:
    document = Document(
        id="a.txt",
        path="a.txt",
        text=text,
        title="",
        body=[Span(0, len(text))],
        header=[],
        date=published,
    )
    return extract_events(document)


def _sides(text: str, published: date) -> list[str]:
    pieces = split_happenings(text, Span(0, len(text)), tag(text, published))
    return [text[p.span.start : p.span.end] for p in pieces if p.side]


CUT = [
    (
        "Even still, however, Klitschko has won 16 fights in a row since losing to Lamon "
        "Brewster in April 2004, and he was won 13 title fights in a row since his April 2006 "
        "victory over Byrd.",
        date(2012, 7, 8),
        "since losing to Lamon Brewster in April 2004",
        date(2004, 4, 1),
    ),
    (
        "Wladimir Klitschko has held at least one major heavyweight belt since beating Chris "
        "Byrd for the IBF version in April 2006.",
        date(2012, 7, 7),
        "since beating Chris Byrd for the IBF version in April 2006.",
        date(2006, 4, 1),
    ),
    (
        "South Florida (5-9, 0-2) has lost four of its last five games overall, and two in a "
        "row, after opening its Big East schedule last Friday with a loss to Syracuse.",
        date(2013, 3, 8),
        "after opening its Big East schedule last Friday with a loss to Syracuse.",
        date(2013, 3, 1),
    ),
    (
        "Mr. Gomes had been released from the Bristol County House of Correction in late 2008 "
        "after serving time on a 2006 conviction of assault with intent to murder.",
        date(2013, 6, 10),
        "after serving time on a 2006 conviction of assault with intent to murder.",
        date(2006, 1, 1),
    ),
]


@pytest.mark.parametrize(("text", "published", "clause", "day"), CUT)
def test_a_gerund_clause_is_cut_with_its_time(
    text: str, published: date, clause: str, day: date
) -> None:
    assert clause in _sides(text, published)
    dated = {e.passages[0].text: e.date.first for e in _events(text, published)}
    assert dated[clause] == day


# A word in -ing that is a noun after the opener opens no clause of its own.
def test_a_noun_in_ing_is_no_gerund() -> None:
    text = "The talks have gone on since morning on Tuesday without a deal, officials said."
    assert _sides(text, date(2013, 3, 8)) == []


# The summary in the perfect left beside the cut clause, past the lede, is no event of its own.
def test_the_running_total_left_is_no_event() -> None:
    text, published, clause, _ = CUT[1]
    before = (
        "Klitschko's Ukrainian brother, Vitali, is the current WBC heavyweight champion, but "
        "the siblings have ruled out fighting each other.\n\n"
    )
    found = [e.passages[0].text for e in _events(before + text, published)]
    assert clause in found
    assert not any(text.startswith(passage) for passage in found)
