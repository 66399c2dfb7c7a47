"""A sentence whose only time is set aside as not its own (a relative clause's, a participle's
after a noun, a speaker's description, a charged act's, a year before a noun) is dated as a
sentence with no time of its own: by the narrative's day, in its paragraph and in the next
one, not by the day the story is told on. A relative clause opened by "whose" is passed over
when the sentence's tense is read, as one opened by "who" or "which" is: in "The mayor, whose
term ends in May, fired the police chief." the month is no modal "may" telling the sentence
in the present. Nor is "May" after a preposition of time or before a day's number, wherever
it stands ("Jones, a minister since May 2009, resigned."). Told in the present, such a
sentence stays of the day the story is told on.
Each sentence is read after a dated lede; all are written in the plain style of wire news."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import DateBasis, Event
from viewer.core.sentence_tense import told_in_past, told_in_present

_LEDE = "Floods hit the city on Monday."
_PUBLISHED = date(2011, 3, 4)
_MONDAY = date(2011, 2, 28)

_SET_ASIDE = [
    # a relative clause's time
    "The mayor, whose term ends in May, fired the police chief.",
    "The mayor, whose term ends in May, ordered an evacuation.",
    "The governor, whose term ends in May, declared a state of emergency.",
    "The bank, whose chief retires in May, closed its branches.",
    "The minister, whose visit is set for May, cancelled the trip.",
    "Jones, whose trial begins in May, was released on bail.",
    "The union, whose contract expires in May, called off the strike.",
    "The mayor, who leaves office in May, fired the police chief.",
    "The council, which meets again in May, cancelled its budget vote.",
    "Police arrested the driver, whose licence expires in July.",
    "The mayor fired the chief, whose contract ends in May.",
    # a time set aside in a phrase describing the subject, the month "May"
    "Jones, a minister since May 2009, resigned.",
    "The plant, idle since May, reopened its gates.",
    "Smith, in office since May, fired the police chief.",
    "The road, shut since early May, reopened to traffic.",
    "Brown, the club's coach since May, quit his job.",
    "The museum, empty since mid-May, sold the painting.",
    "Lee, chief executive since May 2010, closed the factory.",
    "The union, on strike since May, called off the walkout.",
    "The school, shut since May, opened its doors to families.",
    # a participle's time after a noun
    "The company, founded in 1998, closed its factory.",
    "The bridge, built in 1920, collapsed into the river.",
    "The report, published in May 2009, was withdrawn.",
    "The army lifted the curfew imposed by the council in May 2009.",
    # a speaker's description
    "The river broke its banks, said John Smith, author of the 2005 report.",
    "Rescuers pulled a boy from the water, said Ann Lee, author of the 2008 study.",
    # a charged act's time
    "The footage was shown at the trial of two men charged with killing a guard on Oct. 21, 2009.",
    # a year before a noun
    "The storm wrecked the 2008 stadium.",
]

# Told in the present: what holds now, of the day the story is told on.
_NOW = [
    "The mayor, whose term ends in May, says the city will rebuild.",
    "The governor, whose term ends in May, says the state has no money left.",
]

_SEPARATORS = {"same paragraph": " ", "new paragraph": "\n\n"}


def _event_of(sentence: str, separator: str) -> Event:
    events = events_in(_LEDE + separator + sentence, _PUBLISHED)
    found = [e for e in events for p in e.passages if p.text == sentence]
    assert found, f"no event holds {sentence!r}"
    return found[0]


@pytest.mark.parametrize("where", sorted(_SEPARATORS))
@pytest.mark.parametrize("sentence", _SET_ASIDE)
def test_a_set_aside_time_leaves_the_narrative_day(sentence: str, where: str) -> None:
    event = _event_of(sentence, _SEPARATORS[where])
    assert (event.date.first, event.date.last) == (_MONDAY, _MONDAY), sentence
    assert event.date_basis is DateBasis.CONTEXT


@pytest.mark.parametrize("where", sorted(_SEPARATORS))
@pytest.mark.parametrize("sentence", _NOW)
def test_told_in_the_present_it_stays_of_the_day_told(sentence: str, where: str) -> None:
    event = _event_of(sentence, _SEPARATORS[where])
    assert (event.date.first, event.date.last) == (_PUBLISHED, _PUBLISHED), sentence
    assert event.date_basis is DateBasis.PUBLICATION


# The modal "may" still tells a sentence in the present; the month does not.
_TENSES = [
    ("The council may close the bridge.", True),
    ("Officials said the river may rise again.", False),
    ("Jones, a minister since May 2009, resigned.", False),
    ("On May 3, police arrested him.", False),
    ("Police, acting on a tip in May, raided the house.", False),
]


@pytest.mark.parametrize(("sentence", "present"), _TENSES)
def test_the_month_may_is_no_modal(sentence: str, present: bool) -> None:
    assert told_in_present(sentence) is present
    assert told_in_past(sentence) is not present
