"""Happenings told with no stock verb of news, and what only looks like one: table cases from
real sentences (the seeds and the development part of the event benchmark)."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.event_selection import judge
from viewer.core.extract import extract_events
from viewer.core.model import DateBasis, Document, Event, Span


def _events(sentence: str, published: date = date(1998, 2, 27)) -> list[Event]:
    """The events of a one-paragraph article published on `published`."""
    doc = Document(
        id="a.txt", path="a.txt", text=sentence, body=[Span(0, len(sentence))], date=published
    )
    return extract_events(doc)


# An action told in the past by its actor is a happening even undated and even when its verb
# is not one news reports decisions with.
PAST_ACTIONS = [
    "The president lined up alongside Stoltenberg and 29 other national leaders for a photo at "
    "the highly anticipated summit of the military alliance.",
    "Har-Shefi described Amir as an “original thinker,” as well as delusional and a liar.",
    "However, Russia has stalled ratification, trying to tie it to an agreement that would "
    "permit the Russian navy to use a naval base on Ukraine's Crimean peninsula.",
    "But revenue declined to $3 billion from $3.2 billion.",
    # An irregular past form is as much one: "lent", "fled", "built".
    "The McAlpine family, which operates a number of multinational companies, also lent to "
    "Meridian National $500,000.",
]


@pytest.mark.parametrize("sentence", PAST_ACTIONS)
def test_an_undated_action_told_in_the_past_is_an_event(sentence: str) -> None:
    (event,) = _events(sentence)
    assert event.date_basis is DateBasis.PUBLICATION
    assert event.date.first == date(1998, 2, 27)


# Participles that describe, a state told in the present, and a credit line are not actions.
NOT_ACTIONS = [
    "The area is relatively confined to aircraft carrier operations due to the number of small "
    "islands and heavy commercial shipping traffic.",
    "Merieux, a vaccine and bioresearch firm based in Lyon, France, is controlled 50.1% by "
    "state-owned Rhone Poulenc S.A.",
    "Andy Zipser in Dallas contributed to this article.",
]


@pytest.mark.parametrize("sentence", NOT_ACTIONS)
def test_a_description_or_a_credit_line_is_not_an_event(sentence: str) -> None:
    lede = "The company sold its stake on Monday."  # a lede needs only to be an event
    events = _events(f"{lede} {sentence}")
    assert [e.primary.text for e in events] == [lede]


def test_the_lede_needs_no_more_than_to_be_an_event() -> None:
    # Past the lede an undated sentence must be surer of being a happening; the lede tells the
    # story's news (an ECB+ development lede, once dropped).
    lede = (
        "So in choosing Gupta, the TV star and neurosurgeon, President-elect Barack Obama seems "
        "to be reaching back to the era when C. Everett Koop was the straight-talking surgeon "
        "general advocating for the public's health."
    )
    (event,) = _events(lede)
    assert event.date_basis is DateBasis.PUBLICATION
    assert judge(lede, dated=False).confidence < 0.7  # past the lede, it would not be kept


# Broadcast and feature news tell a statement in the present: it is a statement all the same,
# and the same speaker's next line carries it on.
@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli Prime Minister Benjamin Netanyahu says considerable gaps remain between "
        "Israeli and Palestinian positions before next week's talks in London.",
        "A senior law enforcement source tells CNN the two bombings are connected.",
    ],
)
def test_a_statement_told_in_the_present_is_an_event(sentence: str) -> None:
    # The talks of next week are a passage of their own (happening_nouns.py).
    event = _events(sentence)[0]
    assert sentence.startswith(event.primary.text)
    assert event.date.first == date(1998, 2, 27)


def test_the_same_speaker_in_the_present_again_carries_the_statement_on() -> None:
    (event,) = _events(
        "Ms. Atimadi says the women of Kabul symbolize the suffering of all the women in "
        "Afghanistan. She says security under the fundamentalist Taleban government is better, "
        "but everything else is worse."
    )
    assert [p.text[:14] for p in event.passages] == ["Ms. Atimadi sa", "She says secur"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report says the city's water is among the cleanest in the region.",
        "The treaty says members must come to the defence of any ally that is attacked.",
        "The documentary says the dam is the largest on the river and the oldest in the region.",
    ],
)
def test_what_a_text_says_in_the_present_is_still_its_reading(sentence: str) -> None:
    assert _events(sentence) == []


def test_a_quotation_told_on_its_own_goes_on_with_the_statement_before_it() -> None:
    (event,) = _events(
        "“It looks as though they panicked,” a detective, speaking on condition of anonymity, "
        "said of the robbers. “They intended to rob the place. There were four or five people "
        "inside, and they just started firing.”"
    )
    assert [p.text[:10] for p in event.passages] == ["“It looks ", "“They inte"]


def test_a_story_sentence_run_on_into_a_credit_line_is_judged_by_its_story() -> None:
    sentence = (
        "The carrier Independence has been on patrol since March and was scheduled to return "
        "to port before hostilities erupted in Kuwait. --- Andy Pasztor contributed to this "
        "article."
    )
    assert judge(sentence, dated=True).is_event
    assert not judge("Andy Pasztor contributed to this article.", dated=False).is_event
