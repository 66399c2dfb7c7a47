"""A statement told again further down by its speaker's name and the day it was made ("The
police commissioner, Raymond W. Kelly, said Tuesday that …", lines later "Mr. Kelly, the police
commissioner, said Tuesday that …") is one event with the first telling (docs/events.md,
section 1, statements; section 3, two sentences about one happening). Written articles in many
outlets' shapes; the shape of the ECB+ development article 19_7ecbplus. Kept apart: another
speaker, another day, a statement with no day of its own or dated only to a month, a day that
is not the statement's own, a speaker named only in what an earlier statement said, and a
speaker told by a pronoun after others are named (`test_said_again_pronoun.py`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events
from viewer.core.model import Event


def _holding(events: list[Event], words: str) -> Event:
    """The one event with a passage that opens on `words`."""
    (event,) = [e for e in events if any(p.text.startswith(words) for p in e.passages)]
    return event


# A Thursday: the days the articles tell are the days before it.
_PUBLISHED = date(2014, 10, 16)
_BETWEEN = (
    "Protesters marched to the station on Monday night and threw bottles at officers.\n\n"
    "The family's lawyer disputed that account on Wednesday.\n\n"
)
# (headline, body, the first telling's opening, the later telling's opening)
JOINED = [
    (
        "Anger persists over police shooting",
        "The police commissioner, Raymond W. Kelly, said Tuesday that the police had interviewed "
        "three witnesses who saw the teenager holding a gun.\n\n" + _BETWEEN + "Mr. Kelly, the "
        "police commissioner, said Tuesday that there was nothing to indicate that the shooting "
        "was outside the guidelines.",
        "The police commissioner",
        "Mr. Kelly",
    ),
    (
        "Minister defends budget cuts",
        "Finance Minister Anna Berg said on Tuesday that the cuts would save 2 billion crowns a "
        "year.\n\n" + _BETWEEN + "Berg said on Tuesday the hospitals would be spared.",
        "Finance Minister Anna Berg",
        "Berg said on Tuesday",
    ),
    (
        "Club stands by coach after defeat",
        "Club chairman Peter Walsh told reporters Tuesday that the coach retained his full "
        "support.\n\n" + _BETWEEN + "“We are not a club that panics,” Walsh said on Tuesday.",
        "Club chairman Peter Walsh",
        "“We are not a club",
    ),
    (
        "Governor orders review of prison deaths",
        "“Every one of these deaths will be looked at,” Governor Maria Lopez said Tuesday.\n\n"
        + _BETWEEN
        + "Lopez, a Democrat, said Tuesday that she had asked the state attorney general to "
        "lead the review.",
        "“Every one of these",
        "Lopez, a Democrat",
    ),
]


@pytest.mark.parametrize(("title", "body", "first", "later"), JOINED)
def test_a_statement_told_again_by_its_speaker_and_day_is_one_event(
    title: str, body: str, first: str, later: str
) -> None:
    told_as_one(title, body, first, later)


def told_as_one(title: str, body: str, first: str, later: str) -> None:
    """That the tellings opening on `first` and on `later` are one event, of the Tuesday."""
    events = headed_events(title, body, _PUBLISHED)
    event = _holding(events, first)
    assert _holding(events, later) is event
    assert event.date.first == event.date.last == date(2014, 10, 14)


APART = [
    # Another speaker, the same day.
    (
        "Police defend shooting",
        "Commissioner Raymond Kelly said Tuesday that the officers had acted properly.\n\n"
        + _BETWEEN
        + "Councilman Jumaane Williams said Tuesday that the officers should be suspended.",
        "Commissioner Raymond Kelly",
        "Councilman Jumaane Williams",
    ),
    # The same speaker, another day.
    (
        "Minister defends budget cuts",
        "Finance Minister Anna Berg said on Tuesday that the cuts would save 2 billion crowns a "
        "year.\n\n" + _BETWEEN + "Berg said on Monday that the hospitals would be spared.",
        "Finance Minister Anna Berg",
        "Berg said on Monday",
    ),
    # The same speaker, a statement dated only to a month.
    (
        "Club stands by coach",
        "Club chairman Peter Walsh said last month that the coach had his full support.\n\n"
        + _BETWEEN
        + "Walsh said last month that no new signing was planned.",
        "Club chairman Peter Walsh",
        "Walsh said last month that no",
    ),
    # A day that is not the statement's own: the arrest's.
    (
        "Suspect held in bank robbery",
        "Police Chief Tom Hardy said Tuesday that investigators had found the getaway car.\n\n"
        + _BETWEEN
        + "Hardy said the suspect was arrested at his home Tuesday after a neighbour called.",
        "Police Chief Tom Hardy",
        "Hardy said the suspect",
    ),
    # The speaker named only in what the earlier statement said.
    (
        "Mayor backs police chief",
        "The mayor said Tuesday that Kelly had acted properly throughout the protests.\n\n"
        + _BETWEEN
        + "Kelly said Tuesday that he would not resign.",
        "The mayor said Tuesday",
        "Kelly said Tuesday",
    ),
    # A speaker told by a pronoun, others named between: whose words is not told.
    (
        "Governor orders review",
        "Governor Maria Lopez said Tuesday that the review would begin at once.\n\n"
        + _BETWEEN
        + "He said Tuesday that the union would take part.",
        "Governor Maria Lopez",
        "He said Tuesday",
    ),
    # An earlier telling of the speaker that is no statement: an act of the same day.
    (
        "Commissioner meets grieving family",
        "Commissioner Raymond Kelly met the teenager's family at their home on Tuesday.\n\n"
        + _BETWEEN
        + "Kelly said Tuesday that the inquiry would be open.",
        "Commissioner Raymond Kelly",
        "Kelly said Tuesday",
    ),
    # The same speaker, a day a week apart.
    (
        "Coach signs new deal",
        "Coach Ed Marsh said on October 7 that he expected to stay.\n\n"
        + _BETWEEN
        + "Marsh said on October 14 that he had signed a new contract.",
        "Coach Ed Marsh",
        "Marsh said on October 14",
    ),
]


@pytest.mark.parametrize(("title", "body", "first", "later"), APART)
def test_another_statement_stays_apart(title: str, body: str, first: str, later: str) -> None:
    events = headed_events(title, body, _PUBLISHED)
    assert _holding(events, later) is not _holding(events, first)
