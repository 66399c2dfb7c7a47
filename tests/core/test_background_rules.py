"""Background told with a date is no event: a state at a time, hearsay of what once was, a
record, an age reached, a tenure, how old a thing is, a tally since a time. A happening told
beside such background keeps its own time and stays an event. Invented sentences."""

from __future__ import annotations

import pytest

from viewer.core.background_cues import background_doubt
from viewer.core.event_selection import judge

BACKGROUND = [
    # A state at a time.
    "The mayor was in office in 2004, a clerk said.",
    # Hearsay of what once was.
    "The captain is said to have owned the boat in 1999.",
    "The old mill reportedly was once a tannery in the 1880s.",
    # A comparison with another time.
    "She faced a crowd far larger than the one her father addressed two decades ago.",
    # A tenure.
    "Pryce has coached the club since 2012.",
    # A tally since a time.
    "The final, her third since 2019, drew a crowd of 9,000.",
]
HAPPENINGS = [
    # The time is the happening's, the background a phrase beside it.
    "Exports rose 9% in June, the most since 1998.",
    "The mill, built in 1921, closed on Friday.",
    "The chapel, built in 1890, was set alight over the weekend.",
    "The judge, who has served since 2009, ruled on Tuesday that the law stands.",
    "Fewer than a year ago, the bridge collapsed in a storm, officials said.",
    # Hearsay of an action is a happening told on someone's word.
    "The gunman is believed to have entered the school at 9 a.m. on Monday.",
    "Rebels reportedly seized the airport on Sunday.",
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


def test_background_without_a_time_is_left_to_the_other_cues() -> None:
    # Undated, the cue is not read: a state told without a time is state_cues.py's.
    assert judge("The striker turned 30 and signed a new deal.", False).is_event
