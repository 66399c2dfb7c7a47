"""A clause counted back from the main happening's time ("Smith did last February release
tackle Shane Olivea just two years after signing Olivea to a contract…") is cut out, dated by
the count; an adverb ("a strong earthquake a day before rose to 10") and a bound ("must wait
at least 30 days before closing the purchase") are not. Real sentences of the development
articles (ECB+ and TempEval-3)."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.counted_back import counted_back
from viewer.core.extract import extract_events
from viewer.core.model import Document, Span
from viewer.core.temporal import tag

CUT = [
    (
        "While none was as productive or possessed the upside of Jackson, Smith did last "
        "February release tackle Shane Olivea just two years after signing Olivea to a contract "
        "that guaranteed him $9 million.",
        date(2009, 2, 4),
        "just two years after signing Olivea to a contract that guaranteed him $9 million.",
        date(2006, 2, 1),
        date(2008, 2, 1),
    ),
    (
        "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team "
        "continued its slide with a season-worst offensive effort, dpa reported.",
        date(2005, 5, 24),
        "one day after the team continued its slide with a season-worst offensive effort",
        date(2005, 5, 20),
        date(2005, 5, 21),
    ),
    (
        "Bush expressed unhappiness about being yanked from last week's loss to the Bears, two "
        "weeks after Payton made a similar move against the Bucs.",
        date(2011, 1, 5),
        "two weeks after Payton made a similar move against the Bucs.",
        date(2010, 12, 13),
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "clause", "day", "main"), CUT)
def test_the_clause_is_counted_back(
    text: str, published: date, clause: str, day: date, main: date | None
) -> None:
    document = Document(
        id="a.txt",
        path="a.txt",
        text=text,
        title="",
        body=[Span(0, len(text))],
        header=[],
        date=published,
    )
    dated = {e.passages[0].text: e.date.first for e in extract_events(document)}
    assert dated[clause] == day
    head = text[: text.index(clause)].rstrip(" ,")
    if main is not None:
        assert dated[head] == main


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The sixth aftershock shook this southern Iranian island in the Persian Gulf on "
            "Monday as death toll from a strong earthquake a day before rose to 10.",
            date(2005, 11, 28),
        ),
        (
            "The FDIC cleared the move yesterday, and the banks must wait at least 30 days "
            "before closing the purchase.",
            date(1989, 10, 27),
        ),
    ],
)
def test_no_clause_is_counted(text: str, published: date) -> None:
    assert counted_back(text, Span(0, len(text)), tag(text, published)) is None
