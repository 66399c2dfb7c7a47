"""Background told with a date is no event: a state at a time, hearsay of what once was, a
record, an age reached, a tenure, how old a thing is, a tally since a time, a year naming a
thing. A happening told beside such background keeps its own time and stays an event.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.background_cues import background_doubt
from viewer.core.event_selection import judge
from viewer.core.extract import extract_events
from viewer.core.model import Document, Event, Span
from viewer.core.reaction_cues import quoted_time, speaker_time

BACKGROUND = [
    # A state at a time.
    "The mayor was in office in 2004, a clerk said.",
    "The warehouse was still smouldering on Sunday evening.",
    "The driver remained in hospital on Tuesday, officers said.",
    # Hearsay of what once was.
    "The captain is said to have owned the boat in 1999.",
    "Rumours say the album could arrive as soon as March 3.",
    "The old mill reportedly was once a tannery in the 1880s.",
    # How old a thing is.
    "The guild has strong ties to the valley dating back to the 1870s.",
    # A year in the name of a law.
    "Landlords must keep a register of repairs under the Housing Standards Act 2011.",
    # A comparison with another time.
    "She faced a crowd far larger than the one her father addressed two decades ago.",
    # A record.
    "Ortega had her best season in 2015 with 31 goals.",
    # An age reached.
    "The tenor turned 80 on Sunday.",
    # A tenure.
    "She served on the harbour commission from 2001 to 2006, becoming its youngest member.",
    "Pryce has coached the club since 2012.",
    # A perfect counted from a start.
    "Starting last spring, four clinics have been closed by the province.",
    # A tally since a time.
    "The final, her third since 2019, drew a crowd of 9,000.",
    "The knockout, her second this season, lifted the champion to 14-0.",
    # A year naming a thing.
    "Her 2016 memoir sold 40,000 copies, her publisher said.",
    "Moreno was driving a 2009 Ford pickup, the sheriff said.",
]
HAPPENINGS = [
    # The time is the happening's, the background a phrase beside it.
    "Exports rose 9% in June, the most since 1998.",
    "The mill, built in 1921, closed on Friday.",
    "The teenager, who turned 18 in May, was charged on Friday.",
    "The chapel, built in 1890, was set alight over the weekend.",
    "The judge, who has served since 2009, ruled on Tuesday that the law stands.",
    "The senator visited the port on Monday, her third visit this year.",
    "The dividend rise was the bank's second this year, officials said.",
    "Fewer than a year ago, the bridge collapsed in a storm, officials said.",
    "The minister is going back to the capital on Monday.",
    # Hearsay of an action is a happening told on someone's word.
    "The gunman is believed to have entered the school at 9 a.m. on Monday.",
    "Rebels reportedly seized the airport on Sunday.",
    # A year naming a happening or a season dates it.
    "Forty people were killed in the 2011 floods, officials said.",
    "He was suspended for the first three games of the 2016 season.",
    # Actions told with their time.
    "Police arrested two men on Saturday, a spokesman said.",
    "The company said in 2010 that it would close the plant.",
]


@pytest.mark.parametrize("sentence", BACKGROUND)
def test_background_told_with_a_date_is_no_event(sentence: str) -> None:
    assert not judge(sentence, True).is_event


@pytest.mark.parametrize("sentence", HAPPENINGS)
def test_happenings_with_their_time_stay_events(sentence: str) -> None:
    assert judge(sentence, True).is_event
    assert background_doubt(sentence.lower()) == 0.0


def test_an_age_in_a_relative_clause_cut_out_for_its_time_is_no_event() -> None:
    # "The crowd sang to the coach, | who turned 70 on Friday.": the cut clause is background.
    assert not judge("who turned 70 on Friday.", True, side=True).is_event


def test_background_without_a_time_is_left_to_the_other_cues() -> None:
    # Undated, the cue is not read: a state told without a time is state_cues.py's.
    assert judge("The striker turned 30 and signed a new deal.", False).is_event


def _events(text: str) -> list[Event]:
    doc = Document(
        id="a.txt", path="a.txt", text=text, body=[Span(0, len(text))], date=date(2021, 5, 9)
    )
    return extract_events(doc)


LEDE = "The city council voted on Friday to close the old swimming baths.\n\n"
# The time told of a reaction's speaker is the speaker's, not the reaction's.
SPEAKER_TIMES = [
    '"It is a sad day," said Mabel Orr, the club champion in 1958.',
    '"I am heartbroken," said Tom Hale, a lifeguard there from 1979 to 1990.',
]


@pytest.mark.parametrize("sentence", SPEAKER_TIMES)
def test_a_reaction_dated_only_by_its_speaker_is_a_passage_of_the_event_before(
    sentence: str,
) -> None:
    assert speaker_time(sentence)
    events = _events(LEDE + sentence)
    assert len(events) == 1
    assert [p.text[:3] for p in events[0].passages] == [
        "The",
        '"It' if "sad" in sentence else '"I ',
    ]


def test_a_reaction_told_at_a_time_of_its_own_keeps_it() -> None:
    # The attribution's time is the statement's: no speaker's time.
    assert not speaker_time('"We will miss it," the lifeguard said on Saturday, who retired.')
    assert not speaker_time("The lifeguard, who retired in March, said nothing.")


# A time told only inside the quotation is the speaker's story, not when the words were said.
QUOTED_TIMES = [
    '"This morning I was stopped at the border," Ruiz said in the statement.',
    '"I had to work late today, knowing the vote was coming," said a clerk.',
]


@pytest.mark.parametrize("sentence", QUOTED_TIMES)
def test_a_reaction_dated_only_inside_its_quotation_is_a_passage_of_the_event_before(
    sentence: str,
) -> None:
    assert quoted_time(sentence)
    events = _events(LEDE + sentence)
    assert len(events) == 1
    assert len(events[0].passages) == 2


def test_a_time_outside_the_quotation_is_the_statements() -> None:
    assert not quoted_time('"We will appeal," the club said in a statement on Friday.')
    # The end of a quotation opened before, its reporting after the closing mark.
    assert not quoted_time('We will appeal today," the club said in a statement on Friday.')
    assert quoted_time('We will appeal today," the club said.')
    # Its attribution first: an account told on the speaker's authority, dated by its time.
    assert not quoted_time('He went on, "Last week our crews cleared the road to the dam."')
