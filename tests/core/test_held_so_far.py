"""A post or a place held up to now, told in the perfect, is a career's summary, not a
happening (sentences of ECB+ development articles, and the issue's example)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

LEDE = "The board approved the merger on Tuesday."

HELD = [
    "Smith, a former banker, has served on the board since 2004 and chairs its audit committee.",
    "Since then, she has held leadership positions in physician organizations and other groups.",
    "DiLeo has spent 19 seasons with the 76ers.",
    "He has spent much of his time in jail talking about his faith, fasting and praying.",
    # Held in custody up to now (ECB+ development; then written).
    "The pair have each been held since Monday.",
    "He has been jailed since his arrest.",
]

# Another step told after it, a phrasal verb's act, or a clause hung on a subject: events.
STEPS = [
    "DiLeo has spent 19 seasons with the 76ers and was promoted to senior vice president and "
    "assistant general manager in 2003.",
    "Dr. Benjamin has also served on the Board of Trustees for the Catholic Health Association, "
    "a position that she will resign from to take on her new job.",
    "For users who have held off on buying Leopard, Apple introduced a new Mac Box Set.",
    # A gathering held, told with no "since".
    "A vigil has been held outside the school.",
]


@pytest.mark.parametrize("sentence", HELD)
def test_a_post_held_up_to_now_is_no_event(sentence: str) -> None:
    events = events_in(f"{LEDE}\n\n{sentence}", date(2011, 3, 4))
    assert [e.primary.text for e in events] == [LEDE]


@pytest.mark.parametrize("sentence", STEPS)
def test_a_step_told_with_a_post_held_stays_an_event(sentence: str) -> None:
    events = events_in(f"{LEDE}\n\n{sentence}", date(2011, 3, 4))
    assert sentence in [e.primary.text for e in events]
