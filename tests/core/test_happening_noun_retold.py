"""A happening told in the headline or the lede and named again further down by its definite
noun, the line telling of it (its cause, its toll, its place, what came of it), is one event:
"The quake cut telephone links …" after "Strong earthquake jolts southern Iran". Kept apart:
another one of the family, an aftershock, the arrest of another person, a noun of the reaction
or the inquiry, a happening told ahead, another day, a crime's pursuit. Written sentences in
several outlets' shapes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in, headed_events
from viewer.core.model import Event


def _together(text: str, published: date) -> bool:
    """Whether the last paragraph of `text` (its first line a headline where it has no full
    stop) is a passage of the event of its headline or its lede."""
    first, _, body = text.partition("\n\n")
    lede, later = body.split("\n\n")[0], text.rsplit("\n\n", 1)[1]
    if first.endswith("."):
        events: list[Event] = events_in(text, published)
    else:
        events = headed_events(first, body, published)
    (holding,) = [e for e in events if any(p.text.startswith(later[:30]) for p in e.passages)]
    return any(p.text.startswith((first[:30], lede[:30])) for p in holding.passages)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Strong earthquake jolts southern Iran\n\n"
            "An earthquake of magnitude 5.9 shook a sparsely populated area of southern Iran on "
            "Sunday, flattening seven villages.\n\n"
            "The quake cut telephone links between Qeshm Island and the mainland, the report said.",
            date(2005, 11, 28),
        ),
        (
            "Man shoots pregnant girlfriend dead in her car\n\n"
            "A Texas man shot his pregnant girlfriend dead in her car early on Tuesday, police "
            "said.\n\n"
            "The murder came after she refused his demands to have an abortion.",
            date(2013, 9, 25),
        ),
        (
            "Leeds man held over burglaries\n\n"
            "Police arrested a 34-year-old man in Leeds on Tuesday over a series of burglaries.\n\n"
            "The arrest came after a three-month inquiry by detectives.",
            date(2019, 3, 6),
        ),
        (
            "Historic mill gutted by fire\n\n"
            "A fire swept through a historic mill in Lancashire early on Monday.\n\n"
            "The blaze destroyed the roof and two upper floors, firefighters said.",
            date(2017, 8, 14),
        ),
        (
            "Three killed in shooting at Texas mall\n\n"
            "A man opened fire at a shopping mall in Dallas on Saturday, killing three people.\n\n"
            "The shooting happened near the food court at about 1:15 p.m., police said.",
            date(2015, 5, 3),
        ),
        (
            "Rebels attack army post in Mali\n\n"
            "Rebels attacked an army post in the north of Mali on Thursday.\n\n"
            "The attack left 12 soldiers dead and a dozen wounded.",
            date(2011, 2, 11),
        ),
        (
            "Train derailed outside Lyon\n\n"
            "Dozens of passengers were injured when a train derailed outside Lyon on Monday.\n\n"
            "The derailment was caused by a broken rail, the operator said.",
            date(2008, 10, 20),
        ),
        (
            "Thousands march in Santiago over fares\n\n"
            "Thousands of students marched through Santiago on Friday in protest at higher bus "
            "fares.\n\n"
            "The protest drew some 20,000 people, organisers said.",
            date(2012, 4, 14),
        ),
    ],
)
def test_a_happening_named_again_by_its_noun_is_one_event(text: str, published: date) -> None:
    assert _together(text, published)


@pytest.mark.parametrize(
    "text",
    [
        # Another one of the family.
        "Strong earthquake jolts southern Iran\n\n"
        "An earthquake of magnitude 5.9 shook a sparsely populated area of southern Iran on "
        "Sunday.\n\n"
        "The second quake struck on Sunday evening near the coast.",
        # An aftershock, another noun.
        "Strong earthquake jolts southern Iran\n\n"
        "An earthquake of magnitude 5.9 shook a sparsely populated area of southern Iran on "
        "Sunday.\n\n"
        "The aftershock struck on Sunday evening near the coast.",
        # The arrest of another person.
        "Leeds man held over burglaries\n\n"
        "Police arrested Tom Smith in Leeds on Tuesday over a series of burglaries.\n\n"
        "The arrest of Jane Brown came on Tuesday after a raid on her flat.",
        # A noun of the inquiry.
        "Warehouse destroyed by fire\n\n"
        "A fire destroyed a warehouse in Ohio on Friday.\n\n"
        "The investigation began on Friday with a search of the site.",
        # A noun of the reaction: the funeral after a death.
        "Singer dies at 62\n\n"
        "The singer died at his home in Memphis on Monday.\n\n"
        "The funeral drew 3,000 mourners on Monday.",
        # A happening told ahead.
        "Receiver arrested\n\n"
        "Police arrested the team's receiver on Tuesday on suspicion of drunken driving.\n\n"
        "The arrest will not affect his status for Sunday's game.",
        # Another day.
        "Strong earthquake jolts southern Iran\n\n"
        "An earthquake of magnitude 5.9 shook a sparsely populated area of southern Iran on "
        "Sunday.\n\n"
        "The 2003 quake struck the city of Bam on December 26, 2003.",
        # A crime's pursuit, not the crime.
        "Two held over Bradford murder\n\n"
        "Two men were arrested over the murder of a shopkeeper on Friday.\n\n"
        "The murder happened in March, outside his shop in Bradford.",
        # No happening of the family told before.
        "Council passes schools budget\n\n"
        "The council approved a new budget for the city's schools on Monday.\n\n"
        "The blaze destroyed a barn on Monday, firefighters said.",
    ],
)
def test_other_tellings_stay_apart(text: str) -> None:
    assert not _together(text, date(2013, 9, 9))
