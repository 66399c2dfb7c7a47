"""A standing fact told in the present past a lede in the past is no event (docs/events.md,
section 1: standing facts, generic present, descriptions), even where a participle that
describes a noun ("other baked goods", "The company, founded in 1998, …") makes its words look
told in the past, and a text's name before a verb spelt as its past ("The rules let …") is no
plural subject of a past act. Happenings told in the present the way news tells them (a lede or
headline in the present, "X says", "announces", "plans to", a schedule) stay events.

Written sentences in many outlets' shapes, and three of ECB+ development (22_9ecbplus,
40_5ecb, 2_3ecb).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events
from viewer.core.standing_facts import standing_now

_NEWS = date(2013, 11, 12)
_LEDE = "Regulators fined three energy firms on Monday for overcharging customers."

# Standing facts and descriptions, told in the present after the lede: no event.
STANDING = [
    "The rules let companies set their own prices.",
    "The company, founded in 1998, employs 300 people.",
    "The bridge, built in 1932, carries 80,000 cars a day.",
    "Kraft makes Ritz crackers, Lorna Doone cookies, and other baked goods there.",
    "The embedded battery uses lithium polymer technology and lasts three times longer.",
    "An embedded chip in the battery adjusts the power to cells within the battery.",
    "Serving as host of the three-hour live show requires physical stamina.",
    "The museum, opened in 1974, houses the largest collection of Aztec art in Europe.",
    "The refinery, owned by a state-backed group, supplies most of the island's fuel.",
    "The guidelines let hospitals set their own waiting-time targets.",
    "The law allows landlords to raise rents.",
    "The mine produces about a fifth of the world's cobalt.",
    "A ticket costs $12.",
    "The statue stands at the entrance to the harbour.",
    "The group owns three hotels in the city.",
    "The treaty requires members to report their stockpiles.",
    "The charity, based in Leeds, has 40 staff.",
    "The updated model weighs just 1.2 kilograms.",
]

# Happenings, told in the past or in the news present: events.
HAPPENINGS = [
    "Shares fell 12% on Wednesday.",
    "The minister says the army will withdraw from the city by June.",
    "The company announces it will cut 800 jobs.",
    "The council plans to close two libraries next year.",
    "The government, which owns 40% of the airline, said on Tuesday it would sell its stake.",
    "Jackson is due in court Feb. 17.",
    "The law takes effect April 1 next year.",
    "Rebels cut the road to the airport.",
    "Officials say the fire has destroyed 200 homes.",
    "The company, which employs 300 people, closed its plant on Friday.",
    "The storm left 40,000 homes without power.",
    "Officials closed the plant that makes the parts.",
    "The company's costs rose 5% in the third quarter.",
    "Previous hosts, including Jon Stewart and Chris Rock, all followed the same route.",
]


@pytest.mark.parametrize("sentence", STANDING)
def test_standing_facts_after_a_past_lede_are_no_events(sentence: str) -> None:
    events = _events(f"{_LEDE}\n\n{sentence}", _NEWS)
    assert [e.primary.text for e in events] == [_LEDE]


@pytest.mark.parametrize("sentence", HAPPENINGS)
def test_happenings_told_after_the_lede_stay_events(sentence: str) -> None:
    events = _events(f"{_LEDE}\n\n{sentence}", _NEWS)
    assert sentence in [e.primary.text for e in events]


@pytest.mark.parametrize(
    "lede", ["Apple unveils a cheaper iPhone with a plastic case.", "Police arrest three men."]
)
def test_a_lede_in_the_news_present_stays_an_event(lede: str) -> None:
    assert [e.primary.text for e in _events(lede, _NEWS)] == [lede]


@pytest.mark.parametrize(
    ("text", "standing"),
    [
        ("the company, founded in 1998, employs 300 people.", True),
        ("the company's costs rose 5%.", False),  # a noun before a past
        ("previous hosts -- jon stewart, chris rock -- all followed the old route", False),
        ("at the same time, production costs, compared with a year ago, were boosted", False),
        ("those included costs associated with the acquisition", False),
        ("keynote '09 introduces updated transitions, which offers finer control", True),
    ],
)
def test_the_main_verb_of_a_standing_fact(text: str, standing: bool) -> None:
    assert standing_now(text) is standing
