"""A time inside a relative clause set off by commas, after the subject or after an object,
is the time of the noun the clause describes ("whose term ends in May", "which reopens on
Sunday", "who appears in court on Wednesday"), not of the sentence's main act: the act is
dated when the story tells it, the lede's day or the day the story is told on, whether it is
told in the past, the perfect or ahead. A clause that is the happening the sentence tells (its
main clause a state), or a past happening that is the main act's occasion, keeps its time.
Each sentence is read after a dated lede; the last of the first table is from a development
article (a bond's pricing), the Drake line from an ECB+ development article; the rest are
written in the plain style of wire news."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Event

_LEDE = "Floods hit the city on Monday. "
_PUBLISHED = date(2011, 3, 4)
# The days the main act may take: the lede's (from the narrative) or the news day.
_STORY_DAYS = {date(2011, 2, 28), _PUBLISHED}

_DESCRIBED = [
    "The mayor, whose term ends in May, fired the police chief.",
    "The minister, who visits Paris on Tuesday, announced the new budget.",
    "The bank, which reports its earnings on Thursday, has cut its rates.",
    "The president, who leaves office in January, will address the nation.",
    "Jones, whose trial begins in June, was released on bail.",
    "The judge, who retires in April, sentenced Smith to ten years.",
    "The museum, which reopens on Sunday, sold the painting.",
    "Brown, who turns 60 in August, announced his retirement.",
    "The union, which meets again on Wednesday, rejected the offer.",
    "The court, whose ruling is due in May, heard the appeal.",
    "Police questioned the driver, whose licence expires in July, about the crash.",
    "The factory, which closes in December, laid off 300 workers.",
    "The mayor fired the chief, whose contract ends in May.",
    "The airline, whose new jets arrive in September, cancelled 40 flights.",
    "The company, whose fiscal year ends in June, has raised its forecast.",
    "The governor, who faces voters in November, will sign the bill.",
    "The club, which plays Arsenal on Saturday, sacked its manager.",
    "The council, whose budget runs out in March, has approved the cuts.",
    "The prince, who marries in April, visited the flooded town.",
    "Officials met the family, whose lease expires in October, at the town hall.",
    "The school, which starts its new term on Tuesday, closed its doors.",
    "The singer, whose tour opens in Berlin in May, cancelled two concerts.",
    "The party, which holds its conference in September, has chosen a new leader.",
    "The firm, which lists its shares in 2012, will hire 500 staff.",
    "Police charged a man, who appears in court on Wednesday, with murder.",
    "The striker, whose contract expires in June, has joined Chelsea.",
    "The agency, whose chief steps down in January, issued a warning.",
    "The actor, who stars in a new film in June, has checked into rehab.",
    "The carmaker, which unveils its new model in 2012, recalled 9,000 cars.",
    "Voters, who go to the polls on Thursday, have turned against the party.",
    "The issue, which is puttable back to the company in 1999, was priced at a spread of 110 "
    "basis points above the Treasury's 10-year note.",
]

# The clause's time kept: the clause is what the sentence tells, or the main act's occasion.
_KEPT = [
    ("Smith, who was arrested on Friday, is a former lawyer.", date(2011, 3, 4)),
    ("The mayor, who resigned on Tuesday, is 64.", date(2011, 3, 1)),
    (
        "Jordan Clarke had 10 rebounds for Drake, which reached the quarterfinal by beating "
        "Bradley on Thursday night.",
        date(2011, 3, 3),
    ),
]


def _event_of(sentence: str) -> Event:
    events = events_in(_LEDE + sentence, _PUBLISHED)
    found = [e for e in events for p in e.passages if p.text == sentence]
    assert found, f"no event holds {sentence!r}"
    return found[0]


@pytest.mark.parametrize("sentence", _DESCRIBED)
def test_the_relative_clause_time_does_not_date_the_main_act(sentence: str) -> None:
    event = _event_of(sentence)
    assert event.date.first == event.date.last
    assert event.date.first in _STORY_DAYS


@pytest.mark.parametrize(("sentence", "day"), _KEPT)
def test_a_clause_that_is_the_happening_keeps_its_time(sentence: str, day: date) -> None:
    event = _event_of(sentence)
    assert event.date.first == event.date.last == day
