"""A time counted from another ("Two days earlier") in a sentence told as done counts from the
story's own day, not from a plan's day ahead that the sentence before named ("announced on
Thursday that an election will be held on July 4"); and a title does not take such an opening
time for what a speaker said."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.headline import headline

_WRITTEN = date(2024, 5, 10)  # a Friday
_LEDE = "The prime minister announced on Thursday that a general election will be held on July 4. "


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Two days earlier, the prime minister had told colleagues he was considering an "
            "autumn vote.",
            date(2024, 5, 7),
        ),
        (
            "Two days earlier, the prime minister told colleagues he was considering an autumn "
            "vote.",
            date(2024, 5, 7),
        ),
        # Told ahead, it counts from the plan: the day before the vote.
        ("A day earlier, the parties will hold their final rallies.", date(2024, 7, 3)),
    ],
)
def test_a_count_told_as_done_is_from_the_story_s_day(sentence: str, day: date) -> None:
    *_, event = events_in(_LEDE + sentence, _WRITTEN)
    assert event.date.first == day


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "A week later, the coach told players he would resign.",
            "A week later, the coach told players he would resign",
        ),
        (
            "Late on Friday night, police told residents to stay indoors.",
            "Police told residents to stay indoors",
        ),
        ("Early on Sunday, rebels shelled the airport.", "Rebels shelled the airport"),
        # Counted from a happening named by its noun: a time too.
        (
            "The day before the fall, forecasters had warned of ice.",
            "The day before the fall, forecasters had warned of ice",
        ),
        # A statement before its speaker stays the statement.
        (
            "The talks have failed for good, the minister told reporters.",
            "Minister: The talks have failed for good",
        ),
    ],
)
def test_an_opening_time_is_not_what_was_said(sentence: str, title: str) -> None:
    assert headline(sentence) == title
