"""A thing a dated happening brought in with "a", named again by "The" in an undated sentence
told in the simple past, is of that happening's day, not of the day the story is told on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_TOLD_ON = date(2007, 8, 2)  # a Thursday
_STORY = (
    "MINNEAPOLIS - Divers returned to the Mississippi River at first light Thursday to search "
    "for victims of the Interstate 35W bridge collapse.\n\n"
    "The eight-lane bridge buckled and fell into the river during the evening rush hour "
    "Wednesday, at about 6:05 p.m., sending dozens of cars and a school bus plunging more than "
    "60 feet.\n\n"
    "Hennepin County Sheriff Rich Stanek said at a 6 a.m. briefing that the operation was now a "
    "recovery, not a rescue.\n\n"
)


def _date_of(text: str, sentence: str) -> date | None:
    """The date of the event holding a sentence, None when none does."""
    for event in events_in(text, _TOLD_ON):
        if any(p.text == sentence for p in event.passages):
            return event.date.first
    return None


@pytest.mark.parametrize(
    "sentence",
    [
        "The school bus, carrying about 60 children back from a swimming trip, came to rest "
        "against a guard rail on a section of the deck that had fallen.",
        "The school bus, carrying about 60 children, came to rest against a guard rail.",
    ],
)
def test_the_thing_brought_in_is_of_the_happening_s_day(sentence: str) -> None:
    assert _date_of(_STORY + sentence, sentence) == date(2007, 8, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        # What is told now, and a speaker's words, are not of the collapse's day.
        "The school bus is being lifted from the river by a crane.",
        "The school bus came to rest against a guard rail, the driver said.",
    ],
)
def test_what_holds_now_or_a_speaker_s_words_keep_the_story_s_day(sentence: str) -> None:
    assert _date_of(_STORY + sentence, sentence) != date(2007, 8, 1)


def test_a_possessive_brings_in_the_thing_it_owns() -> None:
    """ "by a sheriff's SWAT team" brings in the team, not the sheriff."""
    text = (
        "Orozco was arrested around midnight Friday by a sheriff's SWAT team, three houses from "
        "the scene of the fatal shooting.\n\n"
        "The sheriff contrasted the suspect's life with that of Ortiz, a 15-year department "
        "veteran."
    )
    for event in events_in(text, date(2005, 6, 26)):
        if event.primary.text.startswith("The sheriff"):
            assert event.date.first != date(2005, 6, 24)
