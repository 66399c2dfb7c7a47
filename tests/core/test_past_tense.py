"""What tells a past: a past form, a perfect; not "left" as the side it names (sentences of
the development articles)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
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


@pytest.mark.parametrize(
    "text",
    [
        "Chicago State University laid off a third of its staff in April.",
        "Protesters lit fires outside the parliament.",
        "The minister oversaw the sale of the state airline.",
        "Rebels overran the town on Sunday.",
    ],
)
def test_an_irregular_past_of_an_action_tells_a_past(text: str) -> None:
    low = text.lower()
    assert past(words_of(low), low)


def test_an_undated_state_before_it_does_not_hide_an_irregular_past() -> None:
    """ "laid off" read as no past made the lay-offs a detail of the budget before them."""
    text = (
        "The budget includes $720 million for state universities, which have gone without "
        "state money since July 1, 2015. Chicago State University laid off a third of its "
        "staff in April."
    )
    events = events_in(text, date(2016, 6, 30))
    (layoffs,) = [e for e in events if e.primary.text.startswith("Chicago State")]
    assert (layoffs.date.first, layoffs.date.last) == (date(2016, 4, 1), date(2016, 4, 30))
