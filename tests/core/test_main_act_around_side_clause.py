"""A sentence that tells a side clause at a time of its own and a main act told on the story's
day gives two events: "The mayor, who took office in 2009, fired the police chief." is the
taking of office (2009) and the firing (the story's day). Where what is left of the main act
after the side clause is cut out is too short to be read on its own ("has died.", "resigned.",
"The minister resigned | after …"), the main act is not on the timeline yet (`_UNREAD`): a
reading of it with its subject was measured in round 59 and not kept (docs/events.md); the day
one is kept, these pass. A main clause that tells a state ("The town, which flooded in 2009, is
quiet.") stays off. Sentences written for the purpose, after a dated lede, in the plain style
of wire news."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_LEDE = "Floods hit the city on Monday. "
_PUBLISHED = date(2011, 3, 4)
_STORY_DAYS = {date(2011, 2, 28), _PUBLISHED}  # the lede's day, or the day it was told

_READ = [
    "The mayor, who took office in 2009, fired the police chief.",
    "The mayor, who took office in 2009, fired the police chief after a row over pay.",
    "Police arrested a man who escaped from prison in 2008.",
    "The court freed Smith, who was jailed in 2001.",
    "The company has closed the plant, which opened in 1970, and cut 300 jobs.",
    "The band, formed in 1990, has split up.",
]
_UNREAD = [
    "The actress, who won an Oscar in 1995, has died.",
    "The team, which won the title in 2007, lost to Chelsea.",
    "Smith, a lawyer who joined the firm in 2005, resigned.",
    "The minister resigned after a scandal that began in 2009.",
    "The man, who was arrested in 2009, was freed.",
    "The singer, who topped the charts in 1987, died in hospital.",
    "The company, which was founded in 1998, filed for bankruptcy.",
    "The bridge, which opened in 1932, collapsed.",
    "The senator, who was elected in 2004, has resigned.",
    "The coach, who led the club to the cup in 2008, was sacked.",
    "The rebels, who seized the town in 2010, surrendered.",
    "The bank, which was rescued in 2008, posted a loss.",
    "Jones, who won gold in 2000, has retired.",
    "The museum, which was robbed in 1990, recovered the painting.",
    "The writer, who won the prize in 2001, was arrested.",
    "The factory, which closed in 2003, was demolished.",
    "Brown, a doctor who moved to the city in 1999, was killed.",
    "The president, who survived a coup in 2002, has resigned.",
    "The ship, which was launched in 1912, has been found.",
    "The union, which last went on strike in 2005, called a strike.",
    "Lee, the boxer who lost the title in 2004, won the fight.",
    "The dictator, who seized power in 1969, was ousted.",
    "The teacher, who joined the school in 1996, was suspended.",
    "The church, which was built in 1850, burned down.",
    "The general, who led the army in 1991, has been charged.",
    "The plant, which opened in 1980, was shut.",
    "The club, which was relegated in 2009, signed a striker.",
    "The coach quit after a row that started in 2010.",
    "Brown, who was hired in 2009, was fired.",
    "The actor, who starred in the film in 1999, has married.",
]
_STATES = [
    "The town, which flooded in 2009, is quiet.",
    "The actor, who won an Oscar in 1995, is 70.",
    "The bridge, which opened in 1932, is closed.",
    "The firm, which was founded in 1998, is based in Ohio.",
    "Smith, who joined the firm in 2005, is a lawyer.",
    "The club, which won the cup in 2008, remains popular.",
    "The senator, who was elected in 2004, was tired.",
    "The mayor, who took office in 2009, seemed calm.",
]


def _story_day_events(sentence: str) -> int:
    """How many events with a passage in the sentence after the lede are of the story's days
    (the side clause's are of its own year)."""
    return sum(
        e.date.first in _STORY_DAYS and e.date.first == e.date.last
        for e in events_in(_LEDE + sentence, _PUBLISHED)
        if any(p.text in sentence for p in e.passages)
    )


@pytest.mark.parametrize("sentence", _READ)
def test_the_main_act_beside_a_side_clause_is_an_event(sentence: str) -> None:
    assert _story_day_events(sentence) == 1


@pytest.mark.xfail(strict=True, reason="a main act left short by its side clause: round 59")
@pytest.mark.parametrize("sentence", _UNREAD)
def test_a_main_act_left_short_not_read_yet(sentence: str) -> None:
    assert _story_day_events(sentence) == 1


@pytest.mark.parametrize("sentence", _STATES)
def test_a_state_beside_a_side_clause_stays_off(sentence: str) -> None:
    assert _story_day_events(sentence) == 0
