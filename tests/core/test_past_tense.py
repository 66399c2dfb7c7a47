"""What tells a past: a past form, a perfect; not "left" as the side it names (sentences of
the development articles)."""

from __future__ import annotations

import pytest

from viewer.core.cue_words import words_of
from viewer.core.past_tense import past


@pytest.mark.parametrize(
    ("text", "told_in_past"),
    [
        ("to remove a cancerous growth on his left kidney.", False),
        ("He was hit in the left leg.", True),  # "was": a past all the same
        ("Farrakhan left the hospital on Tuesday.", True),
        ("before she left for work", True),
        ("the left wing of the party wants a vote", False),
        ("has sent a team to recover the remains", True),
    ],
)
def test_a_past_is_told_by_its_verb_not_by_the_side_called_left(
    text: str, told_in_past: bool
) -> None:
    low = text.lower()
    assert past(words_of(low), low) is told_in_past


@pytest.mark.parametrize(
    ("text", "told_in_past"),
    [
        # A participle after a present copula, past an adverb or two: a present passive.
        (
            "Codes for boarding passes (United, Amtrak), store cards (Starbucks, Target), "
            "tickets (Fandango, SF Giants), reservations (W Hotels), etc. are all collected in "
            "one app.",
            False,
        ),
        ("the bay is relatively confined", False),
        # An adverb that tells a change just come about: the news of it, read as before.
        (
            "Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women "
            "at a Staunton ice cream store in 1967.",
            True,
        ),
        # A past copula, or a perfect, before it: a past all the same.
        ("Ms. Sanders was hit several times and was pronounced dead at the scene.", True),
        ("The pair have each been held since Monday.", True),
        ("Jenkin, who was described as a Goth, was arrested nearby on suspicion of murder.", True),
    ],
)
def test_a_participle_after_a_present_copula_and_its_adverbs_is_no_past(
    text: str, told_in_past: bool
) -> None:
    low = text.lower()
    assert past(words_of(low), low) is told_in_past
