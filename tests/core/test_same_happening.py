"""An undated, unsourced sentence with no step of its own and no figure is a passage of the
event just before it when it tells more of that happening: the same actor or thing taken up
(a pronoun, a definite mention, its name), how far a fire went, where the bullets struck. A
new actor, a step told as one ("then", "later", "also"), what was done before the happening
or another thing than the one told stays an event of its own.

Table cases from real news (sentences of the ECB+ development articles).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.model import Event
from viewer.core.same_happening import more_of

FIRE = (
    "FIRE crews from Tiverton and Cullompton were this morning called in to help fight a "
    "major blaze at the Waitrose supermarket in Wellington.\n\n"
)
FIGHT = (
    "Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday to keep his "
    "heavyweight titles.\n\n"
)
SHOOTING = "Seven bullets hit Mr. Gray on Saturday night, the medical examiner said.\n\n"
DECISION = (
    "Doug McDermott announced on Thursday that he is returning to Creighton for his senior "
    "season.\n\n"
)
VIGIL = "On Wednesday night, about 200 people attended the vigil for Kimani Gray.\n\n"
ACQUISITION = (
    "Lionsgate confirmed on Wednesday that Francis Lawrence will direct Catching Fire.\n\n"
)

# More of the happening just told: a passage of its event.
JOINED = [
    (
        FIRE,
        "They contained the fire to one corner of the roof but could not be extinguished "
        "before a part of the entrance building collapsed.",
    ),
    (
        FIRE,
        "However, the main area of the one-storey supermarket was left largely intact with "
        "only smoke damage.",
    ),
    (
        FIRE,
        "High winds meant the fire spread rapidly through the store, which was almost "
        "totally destroyed.",
    ),
    (FIRE, "Other premises suffered some damage, such as smashed windows and smoke damage."),
    (FIGHT, "Klitschko began throwing the infrequent jab and landing more big rights."),
    (
        FIGHT,
        "Klitschko extended the domination of the heavyweight ranks he shares with his "
        "older brother, Vitali.",
    ),
    (
        FIGHT,
        "He started landing the jab more, and this enabled him to score with a booming "
        "right hand that sent Thompson crashing to the canvas.",
    ),
    (
        SHOOTING,
        "Two bullets struck from the front, hitting his right thigh; one bullet entered "
        "his left side, striking his lower rib cage.",
    ),
]

# A new actor, a step told as one, what was done before, another thing: an event of its own.
KEPT = [
    (FIRE, "Police advised local residents to shut all doors and windows."),
    (FIRE, "Sixty residents were moved from their homes."),
    (FIRE, "Firefighters later had to cut the gates to liberate them."),
    (FIGHT, "To his credit, he managed to rise to his feet, but the referee then waved it off."),
    (
        DECISION,
        "McDermott had heard more than once from outsiders that he should turn pro "
        "because he had nothing left to prove as a collegian.",
    ),
    (
        VIGIL,
        "The gathering became unruly when about half of them splintered off and marched to "
        "a nearby police precinct station house.",
    ),
    (SHOOTING, "The man then fled into an apartment three doors away."),
    (SHOOTING, "He had married two weeks before the shooting."),
    (
        ACQUISITION,
        "Lionsgate recently bought Summit Entertainment, the distributor behind the "
        "Twilight franchise.",
    ),
]


def _events(lede: str, sentence: str) -> list[Event]:
    return extract_events(article(lede + sentence, date(2013, 7, 21)))


@pytest.mark.parametrize(("lede", "sentence"), JOINED)
def test_more_of_the_happening_is_a_passage_of_its_event(lede: str, sentence: str) -> None:
    (event,) = _events(lede, sentence)
    assert [p.text[:30] for p in event.passages] == [lede[:30], sentence[:30]]


@pytest.mark.parametrize(("lede", "sentence"), KEPT)
def test_a_new_happening_told_without_a_time_stays_an_event(lede: str, sentence: str) -> None:
    events = _events(lede, sentence)
    assert [e.passages[0].text[:30] for e in events] == [lede[:30], sentence[:30]]


# Read against the event before and the lede as the development articles tell them: another
# thing than the one told, a new actor after a clause of another's act.
APART = [
    (
        "Other than the MacBook Pro, the company concentrated on enhancements to its iWork "
        "package, including a beta version of iwork.com.",
        "The keynote was decidedly low-key this year, being the company's last at the show.",
    ),
    (
        "After officers in riot gear set up a roadblock on Church Avenue, Mr. Gray's sister "
        "Mahnefah tried to cross the street and was put into a police car.",
        "On Wednesday night, about 200 people attended the vigil for Mr. Gray.",
    ),
]


@pytest.mark.parametrize(("sentence", "before"), APART)
def test_another_thing_or_a_new_actor_is_not_more_of_it(sentence: str, before: str) -> None:
    assert not more_of(sentence, before)
