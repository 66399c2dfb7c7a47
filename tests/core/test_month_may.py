""" "May" is the month's name after a preposition of time or a word of its part ("until May",
"since early May", "last May") or before a day's number or a year ("May 2008"), and the modal
elsewhere: one rule (viewer/core/month_may.py) for every test of "may". A month in a phrase set
off by commas after the subject ("The mayor, a councillor until May 2008, ordered an
evacuation.") no longer makes the sentence read as what may be, and the act stays on the
timeline; a sentence hedged by the modal stays off it. Sentences written for the purpose, each
read after a dated lede as a user's article would give it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.cue_words import words_of
from viewer.core.main_clause import tells_now
from viewer.core.month_may import modal_may, months_read

_LEDE = "Floods hit the city on Monday.\n\n"
_PUBLISHED = date(2011, 3, 4)

_ACTS = [
    "The mayor, a councillor until May 2008, ordered an evacuation.",
    "The minister, a member of parliament since May 2010, resigned over the scandal.",
    "The coach, in charge since May, was sacked after the defeat.",
    "The company, listed in May 2012, cut 300 jobs.",
    "The suspect, on the run since early May, was arrested at the border.",
    "The general, in office until last May, fled the country.",
    "The senator, elected in May 2004, announced his retirement.",
    "The striker, signed from Ajax in May, scored twice.",
    "The ship, launched in May 1998, ran aground off the coast.",
    "The prosecutor, appointed by the king in May, charged three officials.",
    "The firm, founded in May 1987 by two brothers, filed for bankruptcy.",
    "The president, sworn in on May 10, dissolved parliament.",
    "The union, on strike until May, called off the talks.",
    "The striker, injured since late May, returned to training.",
    "The chairman, at the helm until May, stepped down on the spot.",
    "The envoy, in Kabul until late May, left for Islamabad.",
    "The striker, on loan until May, scored the winner.",
    "The minister, a deputy until May 1997, signed the treaty.",
    "The chief executive, a banker until May 2001, sold his shares.",
    "The airline, in talks since last May, bought six jets.",
    "Police, on alert since early May, raided two homes.",
    "The mayor, a former minister, ordered an evacuation.",
    "The company, a maker of car parts, cut 200 jobs.",
    "The envoy, a veteran of the talks, left Geneva.",
]

_HEDGED = [
    "The mayor may order an evacuation.",
    "Prices may rise, analysts said.",
    "This may take years.",
    "The company may cut 200 jobs by May 2014.",
    "The minister, a former lawyer, may resign.",
    "The rebels, in control since May, may withdraw.",
    "The firm may file for bankruptcy.",
    "The envoy, in Kabul until May, may leave soon.",
    "The club, in debt since May 2010, may be sold.",
    "Officials fear the dam may fail.",
]


def _on_timeline(sentence: str) -> bool:
    """Whether the sentence after the lede is a passage of an event."""
    return any(
        p.text == sentence for e in events_in(_LEDE + sentence, _PUBLISHED) for p in e.passages
    )


@pytest.mark.parametrize("sentence", _ACTS)
def test_an_act_beside_the_month_of_may_is_on_the_timeline(sentence: str) -> None:
    assert _on_timeline(sentence)


@pytest.mark.parametrize("sentence", _HEDGED)
def test_what_may_be_stays_off(sentence: str) -> None:
    assert not _on_timeline(sentence)


@pytest.mark.parametrize(
    ("text", "modal"),
    [
        ("a councillor until may 2008", False),
        ("since early may, prices rose", False),
        ("on may 3 the court ruled", False),
        ("it may rain in may", True),
        ("prices may rise", True),
        ("this may take years", True),
    ],
)
def test_one_rule_of_what_may_is(text: str, modal: bool) -> None:
    assert modal_may(text) is modal
    assert ("may" in months_read(words_of(text), text)) is modal


def test_the_main_clause_after_a_phrase_with_the_month_is_read() -> None:
    low = "the mayor, a councillor until may 2008, ordered an evacuation."
    assert not tells_now(words_of(low), low)
