"""A statement carried on by its speaker ("…, he added") that tells only what may be, its
subject and "could", "might" or "may", is a guess, not a happening of its own, whatever figure
it holds. A continuation that tells a figure as done, or a plan, stays an event. Sentences of
an ECB+ development article (16_9ecbplus) and of the seeds (002)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.event_selection import judge

ESTIMATE = "At the very least, Perlo estimated the appeals process will last five years.\n\n"
GUESS = (
    "It could run into 20 years because there are both state and federal requirements that "
    "must be met, he added."
)


@pytest.mark.parametrize(
    "text",
    [
        GUESS,
        "He added that the appeals might take 20 years.",
        "The process may last until 2030, she added.",
    ],
)
def test_a_guess_carried_on_is_no_event(text: str) -> None:
    assert judge(text, False).continues
    (event,) = events_in(ESTIMATE + text, date(2007, 2, 4))
    assert "estimated" in event.primary.text


@pytest.mark.parametrize(
    "text",
    [
        # A figure told as done, a plan, what could have been: news of their own.
        "The number of destroyers in Spain will be increased to six from four, he added.",
        "He added that more than 300 buildings have been damaged in the quake.",
        "It could have taken 20 years, he added.",
    ],
)
def test_a_continuation_with_news_is_kept(text: str) -> None:
    assert not judge(text, False).continues
