"""A part of the day opening a sentence ("In the morning, …", "By evening, …") is of the day
the story is at, as "That night, …" is, in a new paragraph too; told inside a clause it is no
time of the story's ("will leave in the morning")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events
from viewer.core.temporal import tag

PUBLISHED = date(2011, 3, 4)  # a Friday
STORY = "A storm hit the coastal town of Easton on Tuesday, flooding dozens of homes."

# (the sentence, opening a new paragraph after the story's Tuesday, the words that date it)
OPENING = [
    ("In the evening, the governor visited the flooded streets.", "the evening"),
    ("In the morning, rescuers pulled two fishermen from the harbour.", "the morning"),
    ("During the afternoon, the river burst its banks at Milford.", "the afternoon"),
    ("By evening, the water had begun to recede.", "By evening"),
    ("By nightfall, the power had been restored to most homes.", "By nightfall"),
    ("Late in the evening, police closed the coast road.", "the evening"),
]


@pytest.mark.parametrize(("sentence", "words"), OPENING)
def test_a_part_of_the_day_opening_a_paragraph_is_of_the_story_s_day(
    sentence: str, words: str
) -> None:
    events = headed_events("Storm floods town", f"{STORY}\n\n{sentence}", PUBLISHED)
    (event,) = [e for e in events if e.primary.text == sentence]
    assert (event.date.first, event.date.last) == (date(2011, 3, 1), date(2011, 3, 1))
    (timex,) = [t for t in tag(sentence, PUBLISHED) if "anaphoric" in t.flags]
    assert timex.text == words


# Inside a clause, after a verb, or "by night" (how): no part of the story's day.
NOT_OPENING = [
    "The ferry will leave in the morning, weather permitting.",
    "Dealers placed heavy buy orders in the morning, traders said.",
    "The convoy travelled by night, avoiding the checkpoints.",
    "He said he would decide by evening, his aides said.",
]


@pytest.mark.parametrize("sentence", NOT_OPENING)
def test_a_part_of_the_day_inside_a_clause_is_no_time_of_the_story_s(sentence: str) -> None:
    assert not [t for t in tag(sentence, PUBLISHED) if "anaphoric" in t.flags]
