"""Background told with a date is no event: a comparison with another time, when it holds
the passage's only time. A happening told beside it keeps its own time and stays an event.
Invented sentences."""

from __future__ import annotations

import pytest

from viewer.core.background_cues import background_doubt
from viewer.core.event_selection import judge

BACKGROUND = [
    # A comparison with another time.
    "She faced a crowd far larger than the one her father addressed two decades ago.",
    "Turnout was higher than it was in 2015, officials said.",
]
HAPPENINGS = [
    # The time is the happening's, the background a phrase beside it.
    "The crowd, larger than the one in 2019, gathered on Friday.",
    "Fewer than a year ago, the bridge collapsed in a storm, officials said.",
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
