"""A results story's figures are of the period it names, not of its publication day: real
sentences of TempEval-3's development articles (Wall Street Journal, 1989)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article, events_in, seed_sentences
from viewer.core import report_period
from viewer.core.extract import extract_events
from viewer.core.model import DateBasis, DateValue, Document, Event, Precision, Span
from viewer.core.report_period import market_move, reports_figures

PUBLISHED = date(1989, 11, 2)
Q3_1989 = DateValue(date(1989, 7, 1), date(1989, 9, 30), Precision.RANGE)
Q3_1988 = DateValue(date(1988, 7, 1), date(1988, 9, 30), Precision.RANGE)
STORY = [
    "Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share, "
    "compared with year-earlier profit of $3.8 million, or one cent a share.",
    "Sales rose 50% to $2.1 billion from $1.4 billion.",
    "In the year-earlier period, the company earned $461 million, or $1.91 a share.",
    "The Van Nuys, Calif., thrift had net income of $132,000, or three cents a share, a year ago.",
    "Net advanced to $94.2 million, or 89 cents a share, up from $85 million a year ago.",
    "Bethlehem, the nation's second largest steelmaker, earned $46.9 million, or 54 cents a share.",
    "In New York Stock Exchange composite trading yesterday, Compaq shares fell $1.625 to "
    "$108.625.",
    "Seagram closed at $84.75, up 12.5 cents a share in Big Board trading.",
    "Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.",
]


@pytest.fixture(scope="module")
def events() -> list[Event]:
    text = "\n\n".join(STORY)
    body, position = [], 0
    for paragraph in STORY:
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(id="r.txt", path="r.txt", text=text, body=body, date=PUBLISHED)
    return extract_events(doc)


def _dated(events: list[Event], words: str) -> DateValue:
    (event,) = [e for e in events if e.primary.text.startswith(words)]
    return event.date


@pytest.mark.parametrize(
    ("words", "period"),
    [
        # The report names the period and is made on the day the story tells of (its
        # market's "yesterday"): results_reported.
        ("Savin Corp. reported a third-quarter net loss", DateValue.day(date(1989, 11, 1))),
        # The comparison is of its own period, a passage of its own.
        ("compared with year-earlier profit", Q3_1988),
        # Figures with no date of their own: the period the story's figures are of.
        ("Sales rose 50%", Q3_1989),
        ("Net advanced to $94.2 million", Q3_1989),
        # A result told by its verb alone, with no measure named.
        ("Bethlehem, the nation's second largest steelmaker", Q3_1989),
        # "The year-earlier period", and "a year ago" in a results story: that period a year
        # before.
        ("In the year-earlier period", Q3_1988),
        ("The Van Nuys, Calif., thrift", Q3_1988),
        ("up from $85 million a year ago", Q3_1988),
        # The time of the figure a change is measured from is that figure's, not the change's
        # (figure_times.py).
        ("Revenue declined 8%", Q3_1989),
    ],
)
def test_figures_are_of_the_period_the_story_names(
    events: list[Event], words: str, period: DateValue
) -> None:
    assert _dated(events, words) == period


def test_a_market_day_is_not_a_period(events: list[Event]) -> None:
    assert _dated(events, "In New York Stock Exchange") == DateValue.day(date(1989, 11, 1))
    # Another close told without a day is of the market day the story named, not its period.
    (seagram,) = [e for e in events if e.primary.text.startswith("Seagram")]
    assert seagram.date == DateValue.day(date(1989, 11, 1))
    assert seagram.date_basis is DateBasis.CONTEXT


def test_a_close_is_of_the_trading_day_not_of_a_time_told_between() -> None:
    # The story's market day, then a time ahead, then a close with no time of its own.
    text = (
        "Acme closed down $2 at $40 in New York Stock Exchange trading yesterday. Its results "
        "will be published this morning. Acme's preferred stock closed at $18, up 10 cents in "
        "composite trading."
    )
    doc = article(text, PUBLISHED, name="c.txt")
    events = extract_events(doc)
    assert _dated(events, "Acme's preferred stock") == DateValue.day(date(1989, 11, 1))
    assert _dated(events, "Its results will be published") == DateValue.day(PUBLISHED)


# A second results story: the comparison runs on to its period, the period is named again
# ("the latest period", "that quarter"), a charge taken is a figure of the period, and a base
# compared with ("from last year's $1.55 billion") does not date the figure.
SECOND_STORY = [
    "Separately, Citadel posted a third-quarter net loss of $2.3 million, or 68 cents a share, "
    "versus net income of $5.3 million, or $1.61 a share, a year earlier.",
    "Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion.",
    "Results for that quarter included a $30 million, or 40 cents a share, write-down "
    "associated with the consolidation of a facility.",
    "On top of that, the Blue Bell, Pa., concern took a $230 million charge related to the "
    "layoffs of 8,000 employees.",
]


@pytest.fixture(scope="module")
def second_events() -> list[Event]:
    text = " ".join(SECOND_STORY)
    doc = article(text, PUBLISHED, name="s.txt")
    return extract_events(doc)


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("Separately, Citadel posted", DateValue.day(PUBLISHED)),  # the report: its day
        ("versus net income of $5.3 million", Q3_1988),
        ("Sales in the latest period", Q3_1989),
        ("Results for that quarter", Q3_1989),
        ("On top of that, the Blue Bell", Q3_1989),
    ],
)
def test_a_period_named_again_or_compared_with_is_the_story_s(
    second_events: list[Event], words: str, period: DateValue
) -> None:
    assert _dated(second_events, words) == period


def test_a_month_a_speaker_said_something_in_is_not_the_story_s_period() -> None:
    text = (
        "Unisys, whose revenue inched up 3.7% in the quarter to $2.35 billion, had an operating "
        "loss of about $30 million. That is at the high end of the range of 7,000 to 8,000 "
        "employees that Unisys said a month ago would be laid off.\n\n"
        "The company also took a write-off of $150 million to cover losses on some fixed-price "
        "defense contracts."
    )
    body, position = [], 0
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(id="u.txt", path="u.txt", text=text, body=body, date=date(1989, 10, 30))
    assert _dated(extract_events(doc), "The company also took a write-off") == Q3_1989


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Bethlehem, the nation's second largest steelmaker, earned $46.9 million.", True),
        ("The company lost $3 million, or 12 cents a share.", True),
        # Not results: a market's move, a price paid, what was lost in a deal.
        ("Telerate shares closed at $19.50, up 12.5 cents.", False),
        ("Sansui Electric agreed to sell a 51% stake to Polly Peck for $110 million.", False),
        ("The bidder lost the auction despite offering $50 a share.", False),
    ],
)
def test_a_result_told_by_its_verb_is_a_figure(text: str, figures: bool) -> None:
    assert reports_figures(text) is figures


def test_what_results_are_put_down_to_is_of_their_period() -> None:
    text = (
        "Acme posted a third-quarter loss of $4 million, or 10 cents a share.\n\n"
        "The toy maker attributed the loss to weak demand for kites in Europe.\n\n"
        "It also cited higher freight costs as factors in the decline."
    )
    body, position = [], 0
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(id="k.txt", path="k.txt", text=text, body=body, date=PUBLISHED)
    events = extract_events(doc)
    assert _dated(events, "The toy maker attributed the loss") == Q3_1989
    assert _dated(events, "It also cited higher freight costs") == Q3_1989
    assert reports_figures("He cited the weather as a reason for the delay.") is False


def test_what_hit_the_results_is_of_their_period() -> None:
    # The results told as hit, hurt or helped by something: the other way round of "attributed
    # the loss to" (TempEval-3 development).
    text = (
        "Separately, Citadel posted a third-quarter net loss of $2.3 million, or 68 cents a "
        "share, versus net income of $5.3 million, or $1.61 a share, a year earlier.\n\n"
        "In addition, operating results were hit by an increase in loan and real estate loss "
        "reserves."
    )
    body, position = [], 0
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(id="c.txt", path="c.txt", text=text, body=body, date=PUBLISHED)
    events = extract_events(doc)
    assert _dated(events, "In addition, operating results were hit") == Q3_1989
    assert reports_figures("The shipment was delayed by the storm.") is False


def test_a_period_named_after_the_year_ago_quarter_is_a_year_back() -> None:
    # The year-ago quarter, then its name with no year: that quarter of the year before, and
    # so is what "that quarter" goes on with (TempEval-3 development, wsj_0709).
    text = (
        "Service Corp. International said it expects to report net income of 15 cents a share "
        "for the third quarter.\n\n"
        "In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. "
        "had a loss of about $12.5 million, or 26 cents a share, on revenue of $175.4 million. "
        "Results for that quarter included a $30 million, or 40 cents a share, write-down "
        "associated with the consolidation of a facility."
    )
    body, position = [], 0
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(id="v.txt", path="v.txt", text=text, body=body, date=date(1989, 10, 27))
    events = extract_events(doc)
    q2_1988 = DateValue(date(1988, 4, 1), date(1988, 6, 30), Precision.RANGE)
    assert _dated(events, "In the comparable year-ago quarter") == q2_1988
    assert _dated(events, "Results for that quarter") == q2_1988
    assert _dated(events, "Service Corp. International said") == Q3_1989


def test_a_period_after_a_year_ago_comparison_is_the_story_s() -> None:
    # The comma ends the comparison: the quarter after it is the story's own.
    text = (
        "Acme posted a third-quarter loss of $4 million, or 10 cents a share.\n\n"
        "Compared with the year-ago quarter, third-quarter revenue rose 5% to $85.7 million."
    )
    body, position = [], 0
    for paragraph in text.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(id="y.txt", path="y.txt", text=text, body=body, date=PUBLISHED)
    events = extract_events(doc)
    assert all(e.date != Q3_1988 for e in events if "revenue rose" in e.primary.text)


@pytest.mark.parametrize(
    "text",
    [
        "stock prices fell sharply in active trading",
        "primerica closed at $28.25, down 50 cents, in composite trading",
        "the dollar rose against the yen",
        "bonds fell; the currency eased",
        "shares of the company slipped",
        "the index closed higher",
    ],
)
def test_a_market_move_holds_one_of_the_words_it_is_asked_for(text: str) -> None:
    assert market_move(text)
    assert any(stem in text for stem in report_period._MARKET_STEMS)


def test_no_sentence_the_market_search_finds_lacks_its_words() -> None:
    """The look-ups that spare the search never spare a text it would find something in."""
    for text in [s.lower() for s in seed_sentences()]:
        if report_period._MARKET.found(text):
            assert any(stem in text for stem in report_period._MARKET_STEMS)


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was about 60 percent, down from 67 percent at the last election in 2019.",
        "Sales rose to 5 million units from 4.2 million in the same quarter of 2022.",
    ],
)
def test_the_time_of_the_old_figure_and_its_occasion_dates_no_change(text: str) -> None:
    """The year told with the figure a change is measured from, after the occasion it was
    measured at, is that old figure's: the change is of the story's day."""
    (event,) = extract_events(article(text, date(2024, 7, 5)))
    assert event.date == DateValue.day(date(2024, 7, 5))


def test_the_period_a_report_tells_in_its_that_clause_dates_the_figures_after_it() -> None:
    """ "said yesterday | that it lost $202 million in the third quarter": the figures told
    after it, with no time of their own, are the quarter's, not the telling's day; the
    year-earlier period is the same quarter a year before."""
    text = (
        "Chrysler Corp. said yesterday that it lost $202 million in the third quarter, as "
        "sluggish demand for cars outweighed a recovery in its minivan business. "
        "The loss compared with a profit of $21 million in the year-earlier period. "
        "Revenue fell 11 percent, to $6.4 billion, from $7.2 billion a year earlier."
    )
    events = events_in(text, date(1991, 10, 17))
    (revenue,) = [e for e in events if e.primary.text.startswith("Revenue fell")]
    assert (revenue.date.first, revenue.date.last) == (date(1991, 7, 1), date(1991, 9, 30))
