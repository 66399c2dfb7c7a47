"""A report of results naming its period as the figures' modifier is made on a day the story
tells of: "Savin Corp. reported a third-quarter net loss of $35.2 million" is of the day the
results came out, not of July to September. The quarter stays the period of the figures told
after it ("Sales rose 5%"), and a sentence that reports what the figures did ("reported that
third-quarter profit grew 19%") or names the period after its noun ("posted lower earnings for
the quarter") is of the period as before (docs/events.md, section 4)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.framed_times import governing_time
from viewer.core.model import DateValue, Event, Precision
from viewer.core.report_period import results_reported
from viewer.core.temporal import tag

Q3_1989 = DateValue(date(1989, 7, 1), date(1989, 9, 30), Precision.RANGE)
Q3_2013 = DateValue(date(2013, 7, 1), date(2013, 9, 30), Precision.RANGE)


def _date_of(events: list[Event], words: str) -> DateValue:
    (event,) = [e for e in events if any(words in p.text for p in e.passages)]
    return event.date


@pytest.mark.parametrize(
    ("text", "published", "words", "expected"),
    [
        # TimeBank (Wall Street Journal, 1989): the report is of the story's day.
        (
            "Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a "
            "share, compared with year-earlier profit of $3.8 million, or three cents a share.",
            date(1989, 11, 2),
            "Savin Corp. reported",
            DateValue.day(date(1989, 11, 2)),
        ),
        (
            "Bethlehem Steel Corp., hammered by higher costs and lower shipments to key "
            "automotive customers, reported a 47% drop in third-quarter earnings.",
            date(1989, 10, 26),
            "Bethlehem Steel",
            DateValue.day(date(1989, 10, 26)),
        ),
        # Written in other outlets' shapes: a British bank's quarter, an American bank's.
        (
            "Barclays posted a third-quarter pretax profit of £511m, down 74pc, as income from "
            "its investment bank fell.",
            date(2013, 10, 30),
            "Barclays posted",
            DateValue.day(date(2013, 10, 30)),
        ),
        (
            "The bank announced third-quarter earnings of $4.2 billion, beating analysts' "
            "forecasts.",
            date(2013, 10, 15),
            "The bank announced",
            DateValue.day(date(2013, 10, 15)),
        ),
        # What was reported, told with its own verb: the quarter's.
        (
            "Du Pont Co. reported that third-quarter profit grew a robust 19% from a year ago "
            "on the strength of its chemicals business.",
            date(1989, 10, 26),
            "Du Pont",
            Q3_1989,
        ),
        (
            "The company reported third-quarter net income rose a lower-than-anticipated 5.2% "
            "to $238.3 million.",
            date(1989, 10, 26),
            "The company reported",
            Q3_1989,
        ),
        # A day of its own still dates the report: "in" before the modifier is no time's.
        (
            "Ralston reported a rise in fourth-quarter profit on Tuesday.",
            date(1989, 11, 2),
            "Ralston",
            DateValue.day(date(1989, 10, 31)),
        ),
    ],
)
def test_a_report_of_results_is_of_the_story_day(
    text: str, published: date, words: str, expected: DateValue
) -> None:
    assert _date_of(events_in(text, published), words) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The report names its own day with no preposition, as business news does: that day,
        # not the story's, and not the quarter its figures are of.
        (
            "The company reported third-quarter earnings of $5 million yesterday.",
            date(1989, 10, 27),
            DateValue.day(date(1989, 10, 26)),
        ),
        (
            "Ralston posted a third-quarter loss Tuesday.",
            date(1989, 10, 27),
            DateValue.day(date(1989, 10, 24)),
        ),
        (
            "Ralston reported its third-quarter results last week.",
            date(1989, 10, 27),
            DateValue(date(1989, 10, 16), date(1989, 10, 22), Precision.WEEK),
        ),
        # A report to come is of its own time too.
        (
            "Ralston will report third-quarter results next month.",
            date(1989, 10, 27),
            DateValue(date(1989, 11, 1), date(1989, 11, 30), Precision.MONTH),
        ),
        (
            "Ralston will report its third-quarter results next week.",
            date(1989, 10, 27),
            DateValue(date(1989, 10, 30), date(1989, 11, 5), Precision.WEEK),
        ),
    ],
)
def test_a_report_naming_its_own_time_is_of_it(
    text: str, published: date, expected: DateValue
) -> None:
    (report,) = events_in(text, published)
    assert report.date == expected


def test_the_figures_after_a_report_of_its_own_day_stay_of_its_period() -> None:
    events = events_in(
        "The company reported third-quarter earnings of $5 million yesterday. "
        "Sales rose 5% to $100 million.",
        date(1989, 10, 27),
    )
    assert _date_of(events, "The company reported") == DateValue.day(date(1989, 10, 26))
    assert _date_of(events, "Sales rose") == Q3_1989


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Ralston reported third-quarter earnings yesterday.", "yesterday"),
        ("Ralston will report third-quarter results next month.", "next month"),
        # A time owning a noun is the noun's: the period told as a modifier stays first.
        ("Ralston reported third-quarter profit above Tuesday's forecast.", "third-quarter"),
        ("Ralston will report third-quarter results at next month's meeting.", "third-quarter"),
    ],
)
def test_which_time_governs_a_report_of_results(sentence: str, words: str) -> None:
    found = governing_time(sentence, 0, len(sentence), tag(sentence, date(1989, 11, 2)))
    assert found is not None and found.text == words


def test_the_figures_after_the_report_stay_of_its_period() -> None:
    events = events_in(
        "Barclays posted a third-quarter pretax profit of £511m, down 74pc. "
        "Income fell 11% to £6.2bn.",
        date(2013, 10, 30),
    )
    assert _date_of(events, "Barclays posted") == DateValue.day(date(2013, 10, 30))
    assert _date_of(events, "Income fell") == Q3_2013


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        ("Citadel posted a third-quarter net loss of $2.3 million", "third-quarter", True),
        (
            "Consolidated Freightways reported a 77% drop in third-quarter net income",
            "third-quarter",
            True,
        ),
        ("The company reported net of $547 million, or $2.36 a share", None, True),
        ("Two segments posted lower earnings for the quarter.", "the quarter", False),
        ("Du Pont reported that third-quarter profit grew 19%", "third-quarter", False),
        ("The company expects to report third-quarter results in mid-November", None, False),
        ("Sales rose 5% to $1.2 billion in the third quarter.", None, False),
    ],
)
def test_what_reads_as_a_report_of_results(text: str, period: str | None, expected: bool) -> None:
    assert results_reported(text, period) is expected


def test_the_report_keeps_its_period_in_its_title() -> None:
    # The card shows the report's day; the quarter its figures are of stays in the title.
    (report, *_) = events_in(
        "Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share.",
        date(1989, 11, 2),
    )
    assert report.title == "Savin Corp. reported a third-quarter net loss of $35.2 million"
    # A figure dated by its quarter leaves it out, as a day's words are.
    (_, figure) = events_in(
        "Savin Corp. reported a loss. Sales rose 5% to $1.2 billion in the third quarter.",
        date(1989, 11, 2),
    )
    assert figure.title == "Sales rose 5% to $1.2 billion"
