"""A period of now ("this year") framing a present clause before a dash does not date the
happening told in the past after it (framed_times.py). Real sentences of the ECB+ development
articles."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.framed_times import governing_time
from viewer.core.temporal import tag

PUBLISHED = date(2012, 6, 11)


def _governing(sentence: str) -> str | None:
    found = governing_time(sentence, 0, len(sentence), tag(sentence, PUBLISHED))
    return None if found is None else found.text


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # The frame and the happening: the happening names no time of its own.
        (
            "Apple is certainly making WWDC a hardware conference this year - - it just unveiled "
            "a refresh of the existing MacBook Pro running Intel's newer Ivy Bridge processors "
            "on the San Francisco gathering's opening day.",
            None,
        ),
        # A day before the dash is the happening's own.
        (
            "All of them are shipping today - - we're not seeing any mention of an updated "
            "17-inch version, so it may have been cast aside.",
            "today",
        ),
        # No dash: the period dates the sentence.
        (
            "The keynote was decidedly low-key this year, being Apple's last following a "
            "decision to pull out from the IDG-run show.",
            "this year",
        ),
        (
            "Earlier this year, Amy Bishop, a former instructor and researcher at the University "
            "of Alabama's Huntsville campus, was charged with murder in a campus shooting spree.",
            "Earlier this year",
        ),
    ],
)
def test_a_period_of_now_before_a_dash_frames_the_clause_not_the_happening(
    sentence: str, words: str | None
) -> None:
    assert _governing(sentence) == words


def test_the_happening_after_the_dash_keeps_a_time_of_its_own() -> None:
    sentence = (
        "Apple is certainly making WWDC a hardware conference this year - - it unveiled a "
        "refresh of the existing MacBook Pro on Monday."
    )
    assert _governing(sentence) == "Monday"


def test_a_frame_told_in_the_past_is_left_alone() -> None:
    sentence = (
        "Apple made WWDC a hardware conference this year - - it just unveiled a refresh of "
        "the existing MacBook Pro."
    )
    assert _governing(sentence) == "this year"
