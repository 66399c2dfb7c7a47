"""Habits told in the present with how often, and a verb whose past is spelt as its base
("Storms hit the coast every winter."), which docs/events.md (section 1: habits) calls no
happening. Two readings were measured in round 61 and not kept (docs/events.md, "Not kept in
round 61"): the sentences they would take off are marked as expected to fail; the happenings
told beside a habit at a time of their own stay events today and must stay.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events

_NEWS = date(2013, 11, 12)
_LEDE = "Regulators fined three energy firms on Monday for overcharging customers."

# Habits the reading not kept would take off (as the lede, or after a lede in the past).
_HABITS = [
    "Storms hit the coast every winter.",
    "Locals cut the fences each spring to graze their cattle.",
    "Floods hit the valley twice a year.",
]


@pytest.mark.xfail(reason="round 61: the habit reading was not kept", strict=True)
@pytest.mark.parametrize("sentence", _HABITS)
def test_a_habit_as_the_lede_is_no_event(sentence: str) -> None:
    assert _events(sentence, _NEWS) == []


@pytest.mark.xfail(reason="round 61: the habit reading was not kept", strict=True)
@pytest.mark.parametrize("sentence", _HABITS)
def test_a_habit_after_the_lede_is_no_event(sentence: str) -> None:
    events = _events(f"{_LEDE}\n\n{sentence}", _NEWS)
    assert [e.primary.text for e in events] == [_LEDE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Storms hit the coast every winter, and on Monday one killed three people.",
        "Every year thousands of pilgrims visit the shrine, but on Sunday a stampede killed 12.",
        "The regulator said on Tuesday it would review the rules every year.",
    ],
)
def test_a_happening_told_beside_a_habit_stays_an_event(sentence: str) -> None:
    events = _events(f"{_LEDE}\n\n{sentence}", _NEWS)
    assert sentence in [e.primary.text for e in events]
