"""What a story narrates around its happenings is no happening: a feeling, a line leading in
to a quotation or a list, a life told in a few words, what was seldom so, courtesies, the
writer summing up. Invented sentences, with those the cues must leave alone."""

from __future__ import annotations

import pytest

from viewer.core.cue_words import words_of
from viewer.core.event_selection import judge
from viewer.core.narration_cues import NARRATION_DOUBT, narration_doubt

NARRATIONS = [
    # A feeling, with no act.
    "The goalkeeper was so relieved that he sat down on the pitch.",
    "Harbour officials said they were grateful for the volunteers' patience.",
    "The captain said he was glad the season was over.",
    # A line that leads in to a quotation or a list.
    "The mayor set out her reasons in a letter to residents:",
    "The organisers released the following figures on attendance:",
    # A life, or a stretch of one.
    "Moreno grew up in a fishing village north of the capital.",
    "He has spent most of his career at the one club.",
    "The striker spent two years in Spain before the move.",
    # What was seldom so.
    "The visitors have rarely won on the island.",
    # Courtesies: thanks and condolences.
    "The coastguard said it wanted to thank the crews for their help.",
    "The club's chairman extended his condolences to the rider's family.",
    # The writer summing up.
    "In the final analysis, the home side's nerve held.",
    "To her credit, the keeper recovered her footing, but the ball crossed the line.",
]
HAPPENINGS = [
    # A passive with its agent is an action, not a feeling.
    "The coastal town was devastated by the storm, officials said.",
    # An agreement to do something is a decision.
    "The two sides agreed to resume talks, a spokesman said.",
    # A colon inside a sentence leads in to nothing.
    "The club sold its two best players: the striker and the captain.",
    # A source's wish not to be named hangs on a statement that may carry news.
    "Two hundred troops will leave for the border, said an officer who asked not to be named.",
    # A feeling about an act told with it.
    "The bakery chain is pleased to announce it will open four shops, its owner said.",
    # A deadline extended is no courtesy.
    "The council said it wanted to extend the deadline for comments.",
]


@pytest.mark.parametrize("sentence", NARRATIONS)
def test_narration_is_not_an_event(sentence: str) -> None:
    assert not judge(sentence, False).is_event


@pytest.mark.parametrize("sentence", HAPPENINGS)
def test_happenings_stay_events(sentence: str) -> None:
    assert judge(sentence, False).is_event


@pytest.mark.parametrize("sentence", NARRATIONS)
def test_a_time_of_its_own_is_judged_elsewhere(sentence: str) -> None:
    low = sentence.lower()
    assert narration_doubt(low, low, words_of(low)) == NARRATION_DOUBT
    # The cues are read only where a passage has no time of its own.
    assert judge(sentence, True).confidence >= judge(sentence, False).confidence
