"""The writer's reckoning of what may be is no happening: "it is possible that …", "it's
unlikely that …", "it is not inconceivable that …". A possible thing named in a happening is
left alone. Real sentences of the ECB+ development articles."""

from __future__ import annotations

import pytest

from viewer.core import event_selection
from viewer.core.event_selection import judge
from viewer.core.extract import UNDATED_THRESHOLD

RECKONINGS = [
    "Much like the Twilight franchise, or even Harry Potter, it's entirely possible that "
    "LionsGate will choose not to pay Ross and instead go with another filmmaker who is "
    "demanding less money.",
    "Given the current state of the heavyweight landscape, it is not inconceivable that "
    "Klitschko may well top that list before all is said and done.",
]
LEFT_ALONE = [
    "The Trail Blazers turned down Philadelphia's request to speak to Cheeks as a possible "
    "replacement for Brown, but the former point guard always remained popular with Philly fans "
    "and was at the top of the Sixers' short list to take over for Ford.",
    "Neighbors had complained about a possible natural gas leak, which led them to the scene.",
]


@pytest.mark.parametrize("sentence", RECKONINGS)
def test_a_reckoning_of_what_may_be_is_no_event(sentence: str) -> None:
    assert event_selection._OPINION.found(sentence.lower())
    assert judge(sentence, False).confidence < UNDATED_THRESHOLD


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_a_possible_thing_in_a_happening_is_left_alone(sentence: str) -> None:
    assert not event_selection._OPINION.found(sentence.lower())
    assert judge(sentence, False).confidence >= UNDATED_THRESHOLD
