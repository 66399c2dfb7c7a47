"""Where merging leaves apart two tellings of one happening: the step named for each pair."""

from __future__ import annotations

from datetime import date

import pytest

from bench.merge_apart import apart_steps
from tests.core.test_merge import _single as single
from viewer.core.model import Event

DAY = date(2013, 7, 2)
QUAKE = "A powerful earthquake struck Aceh province on Tuesday, killing 22 people in Bener Meriah."


def _single(document: str, text: str, day: date = DAY) -> Event:
    return single(document, text, day)


# A filler passage per article for the corpus's token counts: a token found in every passage
# is no rarer than any other.
FILLER = [
    _single(f"f{n}", f"Residents of village number {n} gathered supplies at the market.")
    for n in range(12)
]


@pytest.mark.parametrize(
    ("other", "step"),
    [
        # Told two weeks later: no day in common.
        (_single("b", QUAKE, date(2013, 7, 16)), "dates apart"),
        # Another moment of the story, sharing nothing rare.
        (
            _single("b", "Rescue teams handed out blankets to families on Tuesday."),
            "share too little",
        ),
        # The same article: never a pair across articles.
        (_single("a", QUAKE.replace("22", "twenty-two")), "one article"),
    ],
)
def test_the_step_that_kept_a_pair_apart_is_named(other: Event, step: str) -> None:
    events = [_single("a", QUAKE), other, *FILLER]
    assert apart_steps(events, [([0], [1])]) == {step: 1}


def test_a_pair_merged_is_not_counted() -> None:
    events = [_single("a", QUAKE), _single("b", QUAKE), *FILLER]
    assert apart_steps(events, [([0], [1])]) == {}
