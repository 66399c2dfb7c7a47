"""The writer's own judgement, with no source, no time, no figure and no plan (its main clause
a present copula before what something is like, a modal of what can or should be, or
"deserves"), is a passage of the event before it, not a happening of its own; an act told in
the past, a state of harm, where someone is, a present passive, who someone is, a plan, a
source's words or what might have been stays apart. Real sentences of the ECB+ development
articles and written ones in many outlets' shapes (politics, business, culture, sport)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.view_cues import writer_view

LEDE = "The home side beat the visitors 3-1 on Saturday to win the league title.\n\n"

VIEWS = [
    # Real sentences (ECB+ development).
    "Deshawn Wynn, when called upon, can do the job.",
    "More than anything, though, Tyler Hansbrough deserves this record because he came back "
    "to school.",
    "But maybe it's time we stopped caring about that so much.",
    "First, he’s a known quantity and has established a relationship with the cast and crew.",
    "It will always be funny when Billy Crystal relives the year's greatest films (or rather, "
    "dodges certain death within them) in an intricate opening montage.",
    # Written: sport, politics, business, culture.
    "The veteran goalkeeper, once a bench player, deserves much of the credit.",
    "On this evidence, the champions are favourites to keep the title.",
    "The coalition is simply too divided to govern.",
    "Without the unions, the opposition cannot win the north.",
    "The new tax is a gift to the largest landlords.",
    "For investors, the stock is a bargain.",
    "The chief executive, when pressed, can sound evasive.",
    "The film is a triumph of style over substance.",
    "Her second novel is better than her first.",
    "The orchestra deserves a bigger hall.",
    "The government should listen to its own scientists.",
]

STAY = [
    "Singer Amy Winehouse is dead.",
    "Two climbers are missing.",
    "The suspect is in custody.",
    "The striker is out for six weeks.",
    "Cheeks is the fifth coach fired this season.",
    "Smith is accused of murdering two women.",
    "The minister is expected to resign.",
    "The council insists any deal must include the port.",
    "The striker should have scored in the first half.",
    "The film can be seen in cinemas from Friday.",
    "The team won the title, and the coach deserves the credit.",
    "Apple will release the phone in March.",
    "The bank can now lend up to 4 billion euros.",
    '"The coalition is too divided to govern," the senator said.',
    "Workers are on strike at the plant.",
    "The company will always be remembered for the merger.",
    "The Sixers fired Cheeks and hired a new coach.",
]


@pytest.mark.parametrize("sentence", VIEWS)
def test_the_writers_judgement_is_a_passage_of_the_event_before(sentence: str) -> None:
    assert writer_view(sentence)
    events = extract_events(article(LEDE + sentence, date(2013, 6, 11)))
    assert len(events) == 1  # joined to the lede's event, or no event at all


@pytest.mark.parametrize("sentence", STAY)
def test_acts_states_plans_and_sources_are_no_writers_judgement(sentence: str) -> None:
    assert not writer_view(sentence)
