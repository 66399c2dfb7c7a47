"""A summary of a period up to now is no happening: a perfect told over the last years or
months, with no time of its own. A perfect alone, a past over such a period and a perfect
over the last days stay what they were. Real sentences of the ECB+ development articles and
of TempEval-3's development articles."""

from __future__ import annotations

import pytest

from viewer.core.event_selection import judge
from viewer.core.extract import UNDATED_THRESHOLD

SUMMARIES = [
    "Over the past few years, AMPAS has gone to great lengths to pick a host",
    "Gomes has been incarcerated at least three times for violent crimes against women in the "
    "last four years and at one point was held for 90 days without bail as a danger to "
    "society, according to court records.",
    "Hiller has worked for Kraft for about 15 years, and had been in repeated arguments there "
    "in the past several years, a few of them physical, Clark said.",
    "Long-term interest rates, an important indicator of economic stability, have fallen in "
    "the last few months.",
    # The period told in the singular (written probe sentences).
    "Government funding per student has fallen in real terms over the past decade.",
    "The company has shed more than 2,000 jobs in the last year.",
]
LEFT_ALONE = [
    # A perfect with no period: what has just happened (see docs/events.md).
    "A series of aftershocks have hit the island",
    # A past over the last days: a happening of a recent day.
    "Wynn and Bell were added to the roster in the last two days, but figure to be reserves.",
    # A perfect over the last weeks: recent happenings, judged as before.
    "Fullback Mike Karney has received five utilizations in the last two weeks, though most are "
    "on short-yardage situations.",
]


@pytest.mark.parametrize("sentence", SUMMARIES)
def test_a_summary_of_a_period_is_no_event(sentence: str) -> None:
    # Not worth a guess at a date where nothing in the story says when (extract.py).
    assert judge(sentence, False).confidence < UNDATED_THRESHOLD


@pytest.mark.parametrize("sentence", SUMMARIES)
def test_a_summary_with_a_time_of_its_own_is_judged_as_before(sentence: str) -> None:
    assert judge(sentence, True).confidence >= judge(sentence, False).confidence + 0.3


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_other_perfects_and_pasts_are_left_alone(sentence: str) -> None:
    assert judge(sentence, False).confidence >= UNDATED_THRESHOLD


# A count run up since a time: a running total, not one happening (the issue's "running
# totals"). A perfect with a count and no "since" is left alone.
COUNTS_SINCE = [
    "The club has appointed five managers since 2013.",
    "Police have arrested 40 people since the protests began.",
    "The company has cut 3,000 jobs since 2019.",
    # The time first, then the count.
    "Since 2001, the race has raised more than 4 million pounds for local hospitals.",
    "Since the shooting, police have made over 50 arrests.",
    # A trend run up since a time.
    "Prices have doubled since January.",
    "Kidnappings of oil workers have surged in the region since the militants' campaign began.",
]
COUNTS_LEFT_ALONE = [
    "Police have arrested 40 people.",
    "Since Monday, the club has appointed a new manager.",
    "The club has appointed a new manager since the season ended.",
]


@pytest.mark.parametrize("sentence", COUNTS_SINCE)
def test_a_count_run_up_since_a_time_is_no_event(sentence: str) -> None:
    assert judge(sentence, False).confidence < UNDATED_THRESHOLD


@pytest.mark.parametrize("sentence", COUNTS_LEFT_ALONE)
def test_a_count_alone_or_a_since_alone_is_left_alone(sentence: str) -> None:
    assert judge(sentence, False).confidence >= UNDATED_THRESHOLD


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers had been kept out for five days by high levels of toxic gas.",
        "The men had been held for 11 days.",
    ],
)
def test_how_long_a_state_had_lasted_is_no_event(sentence: str) -> None:
    """A stretch told in the past perfect ("had been held for 11 days"): how long a state
    lasted by the story's time, not a happening (written probe sentences)."""
    assert judge(sentence, False).confidence < UNDATED_THRESHOLD


def test_a_sentence_of_years_is_still_an_event() -> None:
    assert judge("He was jailed for 10 years.", False).confidence >= UNDATED_THRESHOLD
