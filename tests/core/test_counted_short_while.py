"""A short while before or after a happening the article names by a noun ("a short time before
the slaying", "shortly after the quake hit", "moments after the shooting") is of that
happening's day, as "hours after" is, where the article dates it elsewhere; left as it was for
a while of how long, a happening not named, a speaker's words, a relative clause's happening
or what holds now. Excerpts of ECB+ development articles (45_5ecbplus, 37_3ecbplus,
19_4ecbplus, 33_5ecb)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.counted_phrases import counted_phrase, counts_from_named
from viewer.core.model import DateBasis

TOLD_FRIEND = (
    "The 20-year-old woman, who aspired to be a nurse, allegedly told a friend a short time "
    "before the slaying that Simpson had threatened to end the pregnancy for her if she refused "
    "to abort the baby."
)


@pytest.mark.parametrize(
    ("shown", "noun"),
    [
        (TOLD_FRIEND, "slaying"),
        (
            "Bensu Elianita, a 22-year-old resident of Bukit Sama village in Central Aceh "
            "district, said shortly after the quake hit.",
            "quake",
        ),
        ("Moments after the Saturday shooting, one cop put both hands on his head.", "shooting"),
    ],
)
def test_a_short_while_from_a_named_happening_is_its_day(shown: str, noun: str) -> None:
    counted = counted_phrase(shown)
    assert counted is not None
    assert (counted.noun, counted.first, counted.last) == (noun, 0, 0)


@pytest.mark.parametrize(
    "shown",
    [
        # How long, not when.
        "The road was closed for a short time after the crash.",
        # No happening named.
        "Aid arrived shortly after the party.",
        # A speaker's words.
        "“I saw him shortly before the shooting,” a neighbour said.",
        # The relative clause's happening, not the sentence's.
        "Timmons, who was arrested shortly after the shooting, faces a maximum sentence of 15 "
        "years to life in prison if convicted.",
        # Told in the present, as no count is.
        "Police say the gunman fled shortly after the shooting.",
    ],
)
def test_no_short_while_from_a_named_happening(shown: str) -> None:
    assert counts_from_named(shown) is None


MURDER = (
    "An Oklahoma jury has found Christopher Simpson guilty of first degree murder of his "
    "pregnant girlfriend Ka'loni Flynn.\n\n"
    "The murder is said to have taken place on April 9 at 3 am in Flynn's car which was parked "
    "at the time.\n\n"
)
SEPTEMBER_27 = date(2013, 9, 27)


def _told_friend(text: str) -> tuple[date, date, DateBasis]:
    (event,) = [e for e in events_in(text, SEPTEMBER_27) if e.primary.text.startswith("The 20")]
    return event.date.first, event.date.last, event.date_basis


def test_a_short_time_before_a_murder_dated_elsewhere() -> None:
    day = date(2013, 4, 9)
    assert _told_friend(MURDER + TOLD_FRIEND) == (day, day, DateBasis.CONTEXT)


def test_a_short_time_before_a_happening_never_dated_leaves_the_date() -> None:
    # No day of the slaying anywhere: the telling keeps the article's day.
    text = MURDER.split("\n\n", 1)[0] + "\n\n" + TOLD_FRIEND
    assert _told_friend(text)[:2] == (SEPTEMBER_27, SEPTEMBER_27)
