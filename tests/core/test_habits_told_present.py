"""Habits told with how often, in the plain present or by a verb whose past is spelt as its
base ("Storms hit the coast every winter."), which docs/events.md (section 1: habits) calls no
happening, after the lede and as the lede; and the near shapes that stay events: "every" or
"each" counting things, acts counted ("twice cut the lead"), a habit's word in a clause hung on
the main one, and a past act told beside a habit, at a time of its own. The habit reading was
measured in rounds 61 and 62 and not kept (docs/events.md, "Not kept in round 61" and "Not kept
in round 62": it removed no wrong event on any development set): the habits it would take off
are marked as expected to fail.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events

_NEWS = date(2013, 11, 12)
_LEDE = "Regulators fined three energy firms on Monday for overcharging customers."

# Habits in many outlets' shapes (weather, sport, business, politics, courts) that are no
# event today, as the lede or after it: a verb in the plain present after a habit's word.
_OFF = [
    "Wildfires spread through the hills every summer.",
    "The coach usually puts his best players on the bench for the cup games.",
    "The club puts its season tickets on sale each spring.",
    "The retailer cuts prices every week.",
    "The government typically sets the minimum wage every year.",
    "Parliament regularly puts off the vote on the budget.",
    "The court usually hears appeals twice a week.",
]
# Habits that are events today as the lede; the reading not kept would take them off.
_ON_AS_LEDE = [
    "Storms hit the coast every winter.",
    "Floods hit the valley twice a year.",
    "Monsoon rains often cut the mountain roads.",
    "Typhoons routinely hit the islands.",
    "Fans often cut through the park after home games.",
    "The firm typically raises prices twice a year.",
    "Airlines routinely cut fares for the off-season.",
    "The bank sets its rates each quarter.",
    "Hackers hit the bank's website twice a month.",
    "Lawmakers usually hit the campaign trail after the budget vote.",
    "Strikers hit the streets every few months over pay.",
    "Protesters often put up barricades in the square.",
    "Judges often set bail at $10,000 for such charges.",
    "Prosecutors routinely cut deals with low-level defendants.",
    "Locals cut the fences each spring to graze their cattle.",
]
# Of those, the ones that are events after a lede told in the past too: a verb whose past is
# spelt as its base, read as past beside a count by a unit of time or "every" before one.
_ON_AFTER_LEDE = {
    "Storms hit the coast every winter.",
    "Floods hit the valley twice a year.",
    "Hackers hit the bank's website twice a month.",
    "Strikers hit the streets every few months over pay.",
    "Locals cut the fences each spring to graze their cattle.",
}
_NOT_KEPT = pytest.mark.xfail(
    reason="rounds 61 and 62: the habit reading was not kept", strict=True
)


@pytest.mark.parametrize(
    "sentence", [*_OFF, *(pytest.param(s, marks=_NOT_KEPT) for s in _ON_AS_LEDE)]
)
def test_a_habit_as_the_lede_is_no_event(sentence: str) -> None:
    assert _events(sentence, _NEWS) == []


@pytest.mark.parametrize(
    "sentence",
    [pytest.param(s, marks=_NOT_KEPT) if s in _ON_AFTER_LEDE else s for s in _OFF + _ON_AS_LEDE],
)
def test_a_habit_after_the_lede_is_no_event(sentence: str) -> None:
    events = _events(f"{_LEDE}\n\n{sentence}", _NEWS)
    assert [e.primary.text for e in events] == [_LEDE]


# Happenings near a habit's shape: they stay events, after the lede and as the lede.
_HAPPENINGS = [
    "Every house on the street was flooded.",
    "Each of the 12 victims was named by police.",
    "The company cut every job in the plant.",
    "A bomb hit every carriage of the train.",
    "The Bulldogs twice cut the lead to three points.",
    "He usually walks, but on Friday he drove to the office.",
    "Fans usually cheer, but the crowd booed the anthem on Saturday.",
    "Storms hit the coast every winter, and on Monday one killed three people.",
    "Every year thousands of pilgrims visit the shrine, but on Sunday a stampede killed 12.",
    "The storm hit the coast on Sunday, as storms often do in winter.",
    "Shares hit record highs every day last week.",
    "The regulator said on Tuesday it would review the rules every year.",
    "The mayor said storms hit the coast every winter.",
]


@pytest.mark.parametrize("sentence", _HAPPENINGS)
def test_a_happening_beside_a_habit_stays_an_event(sentence: str) -> None:
    events = _events(f"{_LEDE}\n\n{sentence}", _NEWS)
    assert sentence in [e.primary.text for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        *_HAPPENINGS,
        "Rebels cut the road to the airport, which is usually busy.",
        "She quit the party, as she had often threatened to.",
        "The airline cut 800 jobs, and it usually hires again in spring.",
        "'He usually walks,' she said, 'but on Friday he drove.'",
    ],
)
def test_a_happening_beside_a_habit_as_the_lede_stays_an_event(sentence: str) -> None:
    assert [e.primary.text for e in _events(sentence, _NEWS)] == [sentence]
