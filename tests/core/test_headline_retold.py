"""A headline told in the past that no lede retells is of the day the story retells its
happening further down; one told in the news present, or retold on no day, is of the day the
story is told on. Invented articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.headline_retold import headline_in_past

# A feature that opens on the past and comes to its news later, published on a Wednesday.
BODY = (
    "In the winter of 1998, the coach invited his young forward Nils Berg into his office "
    "and told him to turn professional.\n\n"
    "Berg said no, and stayed four more seasons.\n\n"
    "He scored 1,900 points in those years, a mark nobody came near for two decades.\n\n"
    "Last spring, Rivera faced the same choice and turned the money down.\n\n"
    "It was a long night for the home fans, but Rivera delivered on Tuesday night, when he "
    "broke the club's career scoring mark with ten minutes left in the first half."
)
WEDNESDAY = date(2024, 3, 6)


@pytest.mark.parametrize(
    ("title", "day"),
    [
        # Told in the past, retold below on Tuesday night: of that Tuesday.
        ("Rivera broke the club's career scoring record in style", date(2024, 3, 5)),
        # Told in the past, but no sentence below tells it again.
        ("Harbour pilots walked out over pay", WEDNESDAY),
    ],
)
def test_a_headline_told_in_the_past_is_of_the_day_the_story_retells_it(
    title: str, day: date
) -> None:
    headline = _found(_events(BODY, WEDNESDAY, title=title), title[:12])
    assert headline.primary.text == title
    assert headline.date.first == day


@pytest.mark.parametrize(
    ("title", "past"),
    [
        ("Rivera broke the club's career scoring record in style", True),
        ("Harbour pilots walked out over pay", True),
        ("Man charged with arson over warehouse fire", True),
        # The news present tells no happening that is over.
        ("Rivera breaks the club's career scoring record", False),
        ("Ferry strike enters its second week", False),
        ("Coastal towns brace for storm", False),
    ],
)
def test_a_headline_is_told_in_the_past_by_a_past_form_after_its_first_word(
    title: str, past: bool
) -> None:
    assert headline_in_past(title) is past
