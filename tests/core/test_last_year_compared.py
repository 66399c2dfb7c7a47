"""In a story of a quarter's results, "last year" set against the story's figures is that
quarter a year before: real sentences of TempEval-3's development articles (Wall Street
Journal, 1989)."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.extract import extract_events
from viewer.core.model import DateValue, Document, Event, Precision, Span
from viewer.core.report_period import last_year_compared, named_year_period
from viewer.core.temporal import governing, tag

PUBLISHED = date(1989, 11, 2)
Q3_1989 = DateValue(date(1989, 7, 1), date(1989, 9, 30), Precision.RANGE)
Q3_1988 = DateValue(date(1988, 7, 1), date(1988, 9, 30), Precision.RANGE)
YEAR_1988 = DateValue(date(1988, 1, 1), date(1988, 12, 31), Precision.YEAR)


def _events(paragraphs: list[str]) -> list[Event]:
    text = "\n\n".join(paragraphs)
    body, position = [], 0
    for paragraph in paragraphs:
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    doc = Document(id="r.txt", path="r.txt", text=text, body=body, date=PUBLISHED)
    return extract_events(doc)


def _dated(events: list[Event], words: str) -> DateValue:
    (event,) = [e for e in events if words in e.primary.text]
    return event.date


QUARTER_STORY = [
    "Travelers Corp.'s third-quarter net income rose 11%, even though claims stemming from "
    "Hurricane Hugo reduced results $40 million.",
    "Travelers's employee benefits group, which includes its group health insurance "
    "operations, posted earnings of $24 million, compared with a loss of $3 million last year.",
    "The latest period includes gains of $9.1 million from early retirement of debt. Last "
    "year's results were hurt by $41.3 million in restructuring charges.",
]


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("compared with a loss of $3 million last year", Q3_1988),
        ("Last year's results were hurt", Q3_1988),
        ("The latest period includes gains", Q3_1989),
    ],
)
def test_last_year_against_a_quarter_is_that_quarter_a_year_before(
    words: str, period: DateValue
) -> None:
    assert _dated(_events(QUARTER_STORY), words) == period


@pytest.mark.parametrize(
    ("words", "shown", "compared"),
    [
        ("last year", "compared with a loss of $3 million last year", True),
        ("Last year", "Last year's results were hurt by $41.3 million in charges.", True),
        ("last year", "Net rose to $94 million from $85 million last year.", True),
        # Told of last year itself, not set against the story's figure.
        ("last year", "The company was hurt by a strike last year.", False),
        ("Last year", "Last year's strike cost the company $3 million.", False),
        ("a year ago", "compared with a loss of $3 million a year ago", False),
    ],
)
def test_what_sets_last_year_against_the_story(words: str, shown: str, compared: bool) -> None:
    assert last_year_compared(words, shown, Q3_1989) is compared


def test_a_story_of_a_whole_year_keeps_last_year() -> None:
    # A year's results: "last year" is the year before, as it says.
    assert not last_year_compared("last year", "compared with $3 million last year", YEAR_1988)


CHANGE_STORY = [
    "General Motors Corp.'s GM Hughes Electronics unit posted a 43% drop in third-quarter "
    "earnings.",
    "In addition, GM's North American vehicle production fell 8.4% from a year ago, which "
    "hurt Delco Electronic's earnings, a company spokesman said.",
    "Net advanced to $94.2 million, or 89 cents a share, up from $85 million a year ago.",
]


@pytest.mark.parametrize(
    ("words", "period"),
    [
        # A change measured from a year before is of the story's period: only its base is
        # a year back.
        ("fell 8.4% from a year ago", Q3_1989),
        # The old figure told with its time: that passage is the year before's.
        ("up from $85 million a year ago", Q3_1988),
    ],
)
def test_a_change_from_a_year_ago_is_of_the_story_period(words: str, period: DateValue) -> None:
    assert _dated(_events(CHANGE_STORY), words) == period


def test_the_base_of_a_change_does_not_govern() -> None:
    sentence = "Vehicle production fell 8.4% from a year ago."
    assert governing(sentence, 0, len(sentence), tag(sentence, PUBLISHED)) is None


Q1_1989 = DateValue(date(1989, 1, 1), date(1989, 3, 31), Precision.RANGE)
Q1_1988 = DateValue(date(1988, 1, 1), date(1988, 3, 31), Precision.RANGE)
NAMED_STORY = [
    "Sun Microsystems Inc., snapping back to profitability after its first quarterly loss as a "
    "public firm, said it earned $5.2 million, or seven cents a share, in the fiscal first "
    "quarter.",
    "Sun, a maker of computer workstations, reported sales of $538.5 million for the quarter "
    "ended Sept. 29, up 39% from $388.5 million a year earlier. In the 1988 period, the "
    "company earned $20.6 million, or 26 cents a share.",
]


def test_a_year_naming_the_period_is_the_story_period_in_that_year() -> None:
    events = _events(NAMED_STORY)
    assert _dated(events, "In the 1988 period") == Q1_1988


@pytest.mark.parametrize(
    ("words", "shown", "named"),
    [
        ("1988", "In the 1988 period, the company earned $20.6 million.", True),
        ("1988", "compared with a loss of $5 million in the 1988 quarter", True),
        # The passage names a period of its own: the year is not the story's period's.
        (
            "1988",
            "In the first nine months, net was $306 million, compared with a loss of $195 "
            "million in the 1988 period.",
            False,
        ),
        # A year told of itself, not of a period.
        ("1988", "The company was founded in 1988.", False),
        # The story's own year: nothing to move.
        ("1989", "In the 1989 period also, interest expense was lower.", False),
    ],
)
def test_what_names_the_story_period_in_a_year(words: str, shown: str, named: bool) -> None:
    assert named_year_period(words, shown, Q1_1989) is named


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # British copy measures a change "on" its base time as American copy does "from".
        ("The festival sold 96,000 tickets, up 8 per cent on last year.", None),
        ("Sales were down 3% on the same period last year, the company said on Monday.", "Monday"),
        ("Passenger numbers rose 4% on 2019, the airport said on Monday.", "Monday"),
        # A day after the change is when it came about, as markets copy tells it.
        ("Shares of the company fell 3% on Monday.", "Monday"),
        ("Oil prices jumped 4 percent on March 3 after the attack.", "March 3"),
        ("The index rose 1.2 per cent on Tuesday to close at 4,512.", "Tuesday"),
    ],
)
def test_the_base_of_a_change_on_a_time_does_not_govern(sentence: str, said: str | None) -> None:
    found = governing(sentence, 0, len(sentence), tag(sentence, date(2011, 5, 25)))
    assert (found.text if found else None) == said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # A period as a noun's modifier after "in" is what is told of; the day is when.
        ("It reported a 7 percent rise in fourth-quarter operating profit on Feb. 2.", "Feb. 2"),
        ("The company reported a 7 percent rise in fourth-quarter profit on Tuesday.", "Tuesday"),
        ("The company will release third-quarter results in mid-November.", "mid-November"),
    ],
)
def test_a_period_told_as_a_modifier_gives_way_to_the_day(sentence: str, said: str) -> None:
    found = governing(sentence, 0, len(sentence), tag(sentence, date(2024, 3, 27)))
    assert found is not None and found.text == said
