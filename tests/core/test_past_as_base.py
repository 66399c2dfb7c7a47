"""A past spelt as its base ("spread", "hit", "cut", "set", "shut", "burst" …) right after a
plural subject, in a story told in the past, is the past: "But at night the flames spread to
two more buildings." after "A fire destroyed a warehouse on Saturday." is an act of that
Saturday, as "the flames reached two more buildings" is. A sentence with a word of the present
or of a habit in it stays a generic present, off the timeline ("The flames spread every
summer.", "Prices hit records every year."). Sentences written for the purpose, in the shapes of
many outlets and topics, each read after a dated lede."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import days_of
from viewer.core.cue_words import words_of
from viewer.core.past_tense import past_as_base

_LEDE = "A fire destroyed a warehouse on Saturday.\n\n"
_PUBLISHED = date(2011, 3, 4)
_SATURDAY = date(2011, 2, 26)

_ACTS = [
    "But at night the flames spread to two more buildings.",
    "By evening the rebels cut the road to the airport.",
    "Within hours the protesters set fire to two police cars.",
    "Later the troops shut the border crossing.",
    "Overnight the strikers put up barricades at the gates.",
    "On the second day the workers quit the site.",
    "In the afternoon the waters burst through a second dam.",
    "Hours later the ministers cast their votes.",
    "After the vote the delegates split into two camps.",
    "In the chaos the guards let the prisoners go.",
    "Late in the game the visitors beat the home side.",
    "Then the winds spread the fire towards the village.",
    "Soon afterwards the lenders cut off credit to the firm.",
    "In the final minutes the fans upset the referee.",
    "Demonstrators set up tents outside parliament.",
    "Shortly afterwards the storms hit the coast again.",
    "In response the banks cut their rates.",
    "The rioters burst into the town hall.",
    "That night the militants cut the power lines.",
    "The negotiators set a new deadline for the talks.",
]

_NOT_EVENTS = [
    "The flames spread every summer.",
    "Prices hit records every year.",
    "The fires spread quickly in dry weather, experts say.",
    "Droughts hit the region often.",
    "Such delays cost airlines millions each year.",
    "The tolls cost drivers more each year.",
    "Locusts split into smaller swarms every autumn.",
    "Heavy rains often burst the old levees.",
    "The new rules let banks set their own fees now.",
    "The gates shut at dusk each day.",
    "Doctors often set broken bones without surgery.",
]


def _dated(sentence: str) -> list[date]:
    """The days the sentence after the lede is dated on, one per event it is a passage of."""
    return days_of(_LEDE, sentence, _PUBLISHED)


@pytest.mark.parametrize("sentence", _ACTS)
def test_a_past_spelt_as_its_base_after_a_plural_subject_is_on_the_timeline(
    sentence: str,
) -> None:
    assert _dated(sentence) == [_SATURDAY]


@pytest.mark.parametrize("sentence", _NOT_EVENTS)
def test_a_generic_present_stays_off(sentence: str) -> None:
    assert _dated(sentence) == []


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("the flames spread to two more buildings", True),
        ("they cut the power", True),
        ("the flames spread every summer", False),
        ("officials say the rebels cut the road", False),
        ("the fire spread to the roof", True),
        ("a set of rules", False),
        ("plans to cut jobs", False),
    ],
)
def test_the_reading_of_the_words(text: str, base: bool) -> None:
    assert past_as_base(words_of(text), text) is base


# After a singular subject the present would take an "-s" ("the river bursts"): the base is
# the past, in the shapes of many outlets (a wire's, a local paper's, a sports desk's).
_SINGULAR_ACTS = [
    "The river burst its banks near the town.",
    "Later the blaze spread to a neighbouring school.",
    "By noon the company shut its two plants in the region.",
    "The central bank set its main rate at 1.5 per cent.",
    "She quit the party the same evening.",
    "He hurt his knee in the first half.",
    "The result upset the bookmakers.",
    "A second dam burst in the early hours.",
    "The fund bet $2 billion on a rebound in bonds.",
    "The coalition split over the budget.",
    "The ministry shed 4,000 jobs in the restructuring.",
    "The court let the verdict stand.",
    "The repair cost the council $3 million.",
    "The government set up an inquiry into the collapse.",
    "The striker cast doubt on his future at the club.",
    "The virus spread to three more provinces.",
    "It spread to the roof within minutes.",
]

# A base that is a noun, a plan's participle, a present or a base after a word that takes it:
# none is an act of the story's day (a state may stay, dated by the publication).
_SINGULAR_NOT_EVENTS = [
    "The cost of the repairs remains unclear.",
    "A set of new rules covers the sale of fireworks.",
    "The plan, set to start in May, needs approval.",
    "The new set of rules applies to every trader.",
    "The river may burst its banks again.",
    "Officials fear the dam will burst.",
    "Residents want the council to shut the plant.",
    "The best bet for savers remains a fixed deposit.",
    "The flood barrier cost less than a new bridge every year.",
]


@pytest.mark.parametrize("sentence", _SINGULAR_ACTS)
def test_a_past_spelt_as_its_base_after_a_singular_subject_is_on_the_timeline(
    sentence: str,
) -> None:
    assert _dated(sentence) == [_SATURDAY]


@pytest.mark.parametrize("sentence", _SINGULAR_NOT_EVENTS)
def test_a_base_that_is_no_past_after_a_singular_subject_is_not_read_as_past(
    sentence: str,
) -> None:
    assert _SATURDAY not in _dated(sentence)
