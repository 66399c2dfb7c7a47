"""A dateline's day is the story's today: wire copy filed on one day and put out on the next.

The sentences are from wire stories of the TempEval-3 development corpus's kind (Xinhua and
press-release datelines), shortened; the rule is the convention of the dateline, not the
words of any story.
"""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.extract import extract_events
from viewer.core.model import DateBasis, DateValue, Document, Event, Span
from viewer.core.story_day import story_day

TITLE = "South Africa Deplores Bomb Blasts"
STORY = (
    "South Africa deplored on Friday the bomb blasts outside two embassies.\n\n"
    "A statement by the Foreign Affairs Department described the attacks as senseless.\n\n"
    "Police arrested two suspects yesterday, the statement said."
)


def _wire(dateline: str, published: date, story: str = STORY) -> Document:
    """A headline, a dateline on a line of its own, then the story's paragraphs."""
    head = f"{TITLE}\n\n{dateline}\n\n"
    text = head + story
    body, position = [], len(head)
    for paragraph in story.split("\n\n"):
        body.append(Span(position, position + len(paragraph)))
        position += len(paragraph) + 2
    at = len(TITLE) + 2
    return Document(
        id="wire.txt",
        path="wire.txt",
        text=text,
        title=TITLE,
        date=published,
        date_text=published.isoformat(),
        body=body,
        header=[Span(0, len(TITLE)), Span(at, at + len(dateline))],
        dateline=Span(at, at + len(dateline)) if dateline else None,
    )


def _found(events: list[Event], words: str) -> Event:
    (event,) = [e for e in events if any(words in p.text for p in e.passages)]
    return event


@pytest.mark.parametrize(
    ("dateline", "published", "day"),
    [
        ("JOHANNESBURG, August 7 (Xinhua) --", date(1998, 8, 8), date(1998, 8, 7)),
        ("WASHINGTON, Aug. 7 (AP) --", date(1998, 8, 7), date(1998, 8, 7)),
        ("LONDON, 5 May (Reuters) -", date(2021, 5, 6), date(2021, 5, 5)),
        # Filed on New Year's Eve, put out on New Year's Day: the year before.
        ("BEIJING, Dec. 31 (Xinhua) --", date(1999, 1, 1), date(1998, 12, 31)),
        ("NEW YORK, March 3, 2021 /PRNewswire/ --", date(2021, 3, 3), date(2021, 3, 3)),
    ],
)
def test_a_dateline_names_the_day_the_story_was_filed(
    dateline: str, published: date, day: date
) -> None:
    found = story_day(_wire(dateline, published))
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("WASHINGTON (Reuters) -", date(1998, 8, 8)),  # no day in it
        ("JOHANNESBURG, August 7 (Xinhua) --", date(1998, 12, 8)),  # months away: not its day
        ("JOHANNESBURG, August 9 (Xinhua) --", date(1998, 8, 7)),  # after it was put out
        ("NEW YORK, March 3, 2019 /PRNewswire/ --", date(2021, 3, 3)),
    ],
)
def test_a_dateline_that_does_not_fit_the_publication_changes_nothing(
    dateline: str, published: date
) -> None:
    doc = _wire(dateline, published)
    assert story_day(doc) is None
    events = extract_events(doc)
    statement = _found(events, "described the attacks")
    # Dated as in the same story with no dateline: here by the lede's Friday (news_day.py).
    plain = _found(extract_events(_wire("", published)), "described the attacks")
    assert (statement.date, statement.date_basis) == (plain.date, plain.date_basis)


def test_what_the_story_tells_with_no_time_is_of_the_dateline_s_day() -> None:
    doc = _wire("JOHANNESBURG, August 7 (Xinhua) --", date(1998, 8, 8))
    events = extract_events(doc)
    statement = _found(events, "described the attacks")
    assert statement.date == DateValue.day(date(1998, 8, 7))
    assert statement.date_basis is DateBasis.CONTEXT
    assert statement.date_text == "August 7"
    origin = statement.dating_of(0).origin  # the panel names the dateline it came from
    assert origin is not None
    assert doc.text[origin.start : origin.end] == "JOHANNESBURG, August 7 (Xinhua) --"
    # The headline is of the story's today too.
    headline = _found(events, "Deplores")
    assert headline.date == DateValue.day(date(1998, 8, 7))


def test_yesterday_and_a_weekday_count_from_the_dateline_s_day() -> None:
    events = extract_events(_wire("JOHANNESBURG, August 7 (Xinhua) --", date(1998, 8, 8)))
    assert _found(events, "deplored on Friday").date == DateValue.day(date(1998, 8, 7))
    arrest = _found(events, "arrested two suspects yesterday")
    assert arrest.date == DateValue.day(date(1998, 8, 6))
    assert arrest.date_basis is DateBasis.RELATIVE


def test_the_dateline_is_no_event() -> None:
    events = extract_events(_wire("JOHANNESBURG, August 7 (Xinhua) --", date(1998, 8, 8)))
    assert not any("JOHANNESBURG" in p.text for e in events for p in e.passages)
