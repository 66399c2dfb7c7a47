"""A past participle's phrase describing a noun holds the time of that noun's own past, not the
time of the sentence's main act: "Officials closed the bridge, built in 1920" is of the story's
day, not of 1920. The phrase may be set off by commas after the noun (closing the sentence or
not) or follow the noun with no comma ("a publisher killed in 1978", "a hospital opened in
2004"). The main act then takes its own time, or the narrative's (the lede's day), or the day
the story is told on. A participle that is itself the main act ("The bridge was built in 1920",
"Built in 1920, the bridge …" dates by the main clause's own time) keeps its dating. Each
sentence is read after a dated lede, in the shapes of wire, local and financial news; two are
from ECB+ development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Event

_LEDE = "Floods hit the city on Monday. "
_PUBLISHED = date(2013, 11, 12)
_MONDAY = date(2013, 11, 11)

# (sentence, first day, last day) each must be dated with.
_TABLE = [
    # The participle's phrase set off by a comma, closing the sentence.
    ("Officials closed the bridge, built in 1920.", _MONDAY, _MONDAY),
    ("Troops guarded the embassy, opened in 1995.", _MONDAY, _MONDAY),
    ("Army engineers inspected the levee, built by the state in 1927.", _MONDAY, _MONDAY),
    # With no comma, after the object.
    ("Rescuers evacuated a hospital opened in 2004.", _MONDAY, _MONDAY),
    ("Police arrested a man born in 1950.", _MONDAY, _MONDAY),
    ("Villagers fled to a dam built in the 1960s.", _MONDAY, _MONDAY),
    ("The river breached a levee built in 1927.", _MONDAY, _MONDAY),
    ("The governor visited a school destroyed in 2011.", _MONDAY, _MONDAY),
    ("Ministers approved a plan drawn up in 2009.", _MONDAY, _MONDAY),
    ("He bought a house built in 1890 on Monday.", _MONDAY, _MONDAY),
    # With no comma, in the subject.
    ("The widow of a publisher killed in 1978 opened the new museum.", _MONDAY, _MONDAY),
    ("A pact signed in 2010 collapsed.", _MONDAY, _MONDAY),
    ("Two men arrested in 2012 were freed on Monday.", _MONDAY, _MONDAY),
    # Set off by commas inside the sentence (kept as earlier rounds read it).
    ("The company, founded in 1998, sacked 300 workers.", _MONDAY, _MONDAY),
    ("The bridge, closed in March, reopened.", _MONDAY, _MONDAY),
    ("The mayor, elected in 2010, declared a state of emergency.", _MONDAY, _MONDAY),
    ("The treaty, signed in 2015, was suspended.", _MONDAY, _MONDAY),
    ("The stadium, opened in 2004, was flooded.", _MONDAY, _MONDAY),
    ("A statue of the king, erected in 1901, toppled into the river.", _MONDAY, _MONDAY),
    ("Firefighters saved a church, built in 1850, from the flames.", _MONDAY, _MONDAY),
    ("The minister, first elected in 1996, resigned.", _MONDAY, _MONDAY),
    ("The team won the title, first claimed in 1950.", _MONDAY, _MONDAY),
    ("The company, founded in 1998, filed for bankruptcy on Friday.", date(2013, 11, 8), None),
    ("The report, released on Sunday, found that the dam was weak.", date(2013, 11, 10), None),
    # The participle is the main act, or the main clause names a time of its own.
    ("The bridge was built in 1920.", date(1920, 1, 1), date(1920, 12, 31)),
    ("The bridge was closed in March.", date(2013, 3, 1), date(2013, 3, 31)),
    ("Built in 1920, the bridge was closed on Monday.", _MONDAY, _MONDAY),
    ("Injured in a crash on Sunday, he was airlifted to hospital.", date(2013, 11, 10), None),
    ("Police said the plant closed in 1998.", date(1998, 1, 1), date(1998, 12, 31)),
    ("The plant closed in 1998 and reopened.", date(1998, 1, 1), date(1998, 12, 31)),
    # A noun's phrase after a verb linking a subject to a state: the year is what the sentence
    # tells (two ECB+ development sentences).
    (
        "The recordings were part of the mountain of documents seized in a law enforcement "
        "raid in 2008.",
        date(2008, 1, 1),
        date(2008, 12, 31),
    ),
    (
        "She became known nationally for her determination to rebuild her clinic, destroyed in "
        "Hurricane Katrina in 2005.",
        date(2005, 1, 1),
        date(2005, 12, 31),
    ),
    ("Born in Lisbon in 1935, she moved to Britain in 1961.", date(1961, 1, 1), date(1961, 12, 31)),
    ("The dam, built in 1950, collapsed in 1976.", date(1976, 1, 1), date(1976, 12, 31)),
]


def _event_of(sentence: str) -> Event:
    events = events_in(_LEDE + sentence, _PUBLISHED)
    found = [e for e in events for p in e.passages if p.text == sentence]
    assert found, f"no event holds {sentence!r}"
    return found[0]


@pytest.mark.parametrize(("sentence", "first", "last"), _TABLE)
def test_a_participle_time_is_its_noun_s(sentence: str, first: date, last: date | None) -> None:
    event = _event_of(sentence)
    assert event.date.first == first
    assert event.date.last == (last or first)
