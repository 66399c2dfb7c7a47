"""A race told stretch by stretch, with no time of its own, is a detail of the race told before
it, as a fight round by round is (sentences of a probe article of a marathon, then written)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.detail_cues import part_of_play

LEDE = (
    "Paul Tergat of Kenya became the first man to run a marathon in under two hours and five "
    "minutes yesterday, winning the Berlin Marathon in 2hr 4min 55sec."
)

STRETCHES = [
    "The 34-year-old, a five-time world cross-country champion who had never won a major "
    "marathon, broke clear of his pacemaker and compatriot Sammy Korir in the final two "
    "kilometres on a cool, still morning.",
    "He went through halfway in 62min 2sec.",
    "Vettel lost the lead on lap 23 and never got it back.",
    "Hamilton passed him with five laps to go.",
]

# No stretch of a race: "halfway through" a year, a last mile of something else told apart.
NOT_STRETCHES = [
    "The company is halfway through its restructuring.",
    "The airline cut 800 jobs in the last year.",
]


@pytest.mark.parametrize("sentence", STRETCHES)
def test_a_stretch_of_a_race_is_part_of_play(sentence: str) -> None:
    assert part_of_play(sentence)


@pytest.mark.parametrize("sentence", STRETCHES[:2])
def test_a_stretch_of_the_race_told_is_a_passage_of_it(sentence: str) -> None:
    events = events_in(f"{LEDE}\n\n{sentence}", date(2003, 9, 29))
    assert [[p.text for p in e.passages] for e in events] == [[LEDE, sentence]]


@pytest.mark.parametrize("sentence", NOT_STRETCHES)
def test_no_stretch_of_a_race_is_read_in_other_news(sentence: str) -> None:
    assert not part_of_play(sentence)
