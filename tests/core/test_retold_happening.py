"""A happening told again further down its article by a definite noun is one event with its
earlier telling, dated by the more precise of the two; a phrase naming it beside another
happening is cut out and dated by the later telling. Kept apart: another one of the kind, one
at a date apart, one named as what another came from, a noun of something else. Excerpts of
ECB+ development articles (37_6ecbplus, 14_3ecbplus, 14_8ecb, 38_1ecb, 20_4ecb, 37_10ecbplus,
14_1ecbplus)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Event
from viewer.core.retold_happening import introduced, told_again


def _holding(events: list[Event], words: str) -> Event:
    """The one event with a passage that opens on `words`."""
    (event,) = [e for e in events if any(p.text.startswith(words) for p in e.passages)]
    return event


ACEH = (
    "Rescue operations are under way after a 6.1 magnitude earthquake hit Indonesia's Aceh "
    "province, flattening houses and causing landslides.\n\n"
    "Officials say at least 24 people were killed and more than 200 injured by the quake, which "
    "struck the western tip of Sumatra island on Tuesday."
)
WELLINGTON = (
    "A man has been charged with arson after a fire at the Waitrose supermarket in Wellington, "
    "Somerset.\n\n"
    "Half of the roof at the entrance of the store in the High Street collapsed during the "
    "blaze, shortly after 06:00 BST on Sunday."
)


@pytest.mark.parametrize(
    ("text", "published", "main", "named", "day"),
    [
        # The lede's quake, named beside the rescue, is the one that struck on Tuesday.
        (ACEH, date(2013, 7, 3), "Rescue operations", "after a 6.1 magnitude", date(2013, 7, 2)),
        # The fire the man is charged over is the blaze of Sunday.
        (WELLINGTON, date(2013, 7, 22), "A man has been", "after a fire", date(2013, 7, 21)),
    ],
)
def test_a_happening_named_beside_another_takes_the_day_told_later(
    text: str, published: date, main: str, named: str, day: date
) -> None:
    events = events_in(text, published)
    lede, happening = _holding(events, main), _holding(events, named)
    assert lede is not happening
    assert named not in lede.primary.text
    assert lede.date.first == published
    assert happening.date.first == happening.date.last == day


def test_the_toll_the_quake_caused_stays_an_event_of_its_own() -> None:
    events = events_in(ACEH, date(2013, 7, 3))
    toll = _holding(events, "Officials say at least 24 people")
    assert len(toll.passages) == 1


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # The definite told_again with its clock time: one quake.
        (
            "An earthquake with a preliminary magnitude of 4.4 struck in Sonoma County this "
            "morning near The Geysers, according to the U.S. Geological Survey.\n\n"
            "The earthquake struck at about 9:30 a.m. and had a depth of 2.7 miles, according "
            "to the USGS.",
            date(2013, 3, 14),
            date(2013, 3, 14),
        ),
        # The lede tells no time; the fire told again does: the lede's event takes it.
        (
            "A huge fire has destroyed the Waitrose store in Banstead High Street.\n\n"
            "The fire, which is being treated as suspicious, broke out in the roof of the store "
            "at 8.49pm on Friday night and quickly spread to the rest of the building.",
            date(2013, 7, 22),
            date(2013, 7, 19),
        ),
        # A demonstrative and what the quake did, on no one's authority.
        (
            "The same island was hit by a 6.1 quake in September.\n\n"
            "That temblor killed at least six people, injured almost 50 and caused heavy damage "
            "to residential units in September.",
            date(2005, 11, 28),
            date(2005, 9, 30),
        ),
        # Where it was centred or when it was recorded, by its measurer or no one
        # (20_7ecbplus, 38_3ecb).
        (
            "An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday, killing "
            "at least 10 people and injuring many others.\n\n"
            "The quake was centred near Qeshm Island, home to 200,000 people, the U.S. "
            "Geological Survey said.",
            date(2005, 11, 27),
            date(2005, 11, 27),
        ),
        (
            "A powerful earthquake centered near The Geysers shook not just communities on Cobb "
            "but startled residents in other parts of the county and even in other states.\n\n"
            "The 4.2-magnitude earthquake was recorded at approximately 9:27 a.m. Sunday, "
            "according to the US Geological Survey, which originally had rated the quake as 4.4 "
            "in magnitude.",
            date(2013, 3, 14),
            date(2013, 3, 10),
        ),
        # Two words of the noun joined by "and" (38_11ecbplus).
        (
            "A California earthquake today 2013 has erupted outside Santa Rosa.\n\n"
            "The strong and shallow quake began in the predawn morning hours today Thursday, "
            "March 14, 2013.",
            date(2013, 3, 14),
            date(2013, 3, 14),
        ),
    ],
)
def test_a_happening_told_again_is_one_event(text: str, published: date, day: date) -> None:
    (event,) = events_in(text, published)
    assert len(event.passages) == 2
    assert event.date.first <= day <= event.date.last


def test_the_quake_told_again_is_the_nearest_one_told_before() -> None:
    events = events_in(
        "An earthquake with a preliminary magnitude of 4.4 struck in Sonoma County this morning "
        "near The Geysers, according to the U.S. Geological Survey.\n\n"
        "Earlier this morning, an earthquake with a preliminary magnitude of 2.0 struck near The "
        "Geysers, according to the USGS.\n\n"
        "The earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles, according to "
        "the USGS.",
        date(2013, 3, 14),
    )
    assert len(events) == 2
    smaller = _holding(events, "Earlier this morning")
    assert _holding(events, "The earthquake struck at about 7:30") is smaller


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # Another quake, at a date apart from the lede's.
        (
            "An earthquake with a magnitude of 5.6 on the Richter scale shook the southern "
            "Iranian island of Qeshm and caused damage to residential buildings in villages on "
            "Sunday, ISNA news agency reported.\n\n"
            "The same island was hit by a 6.1 quake in September.\n\n"
            "That temblor killed at least six people, injured almost 50 and caused heavy damage "
            "to residential units in September.",
            "An earthquake with a magnitude of 5.6",
        ),
        # A toll told by a source is a step of its own.
        (
            "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque "
            "collapsed during a Koran reading session in Indonesia's Aceh province.\n\n"
            "The quake, which hit at a shallow depth of just 10 kilometres, injured more than 200 "
            "people and damaged more than 300 houses in Aceh, said national disaster agency "
            "spokesman Sutopo Purwo Nugroho.",
            "The quake, which hit",
        ),
        # The fire service is no fire.
        (
            "A man has been charged with arson after a fire at the Waitrose supermarket in "
            "Wellington, Somerset.\n\n"
            "The fire service was called at 06:00 BST to the Waitrose store in High Street, "
            "Wellington, on Sunday.",
            "A man has been charged with arson after a fire",
        ),
    ],
)
def test_a_happening_not_told_again_is_kept_apart(text: str, apart: str) -> None:
    events = events_in(text, date(2013, 7, 22))
    assert len(_holding(events, apart).passages) == 1


@pytest.mark.parametrize(
    ("text", "beside"),
    [
        ("An earthquake with a preliminary magnitude of 4.4 struck in Sonoma County", False),
        ("after a huge fire at a Waitrose store in Banstead on Friday night", False),
        ("since it was first rocked by a magnitude-5.9 earthquake early Sunday afternoon.", False),
        ("A man has been charged with arson after a fire at the Waitrose supermarket", True),
    ],
)
def test_a_happening_introduced(text: str, beside: bool) -> None:
    mention = introduced(text)
    assert mention is not None and mention.beside is beside


@pytest.mark.parametrize(
    "text",
    [
        "Relief aid and medical teams have already been dispatched to the quake site.",
        "A man was shot outside his home.",
        "Officials say at least 24 people were killed and more than 200 injured by the quake",
        # What the sentence tells of the fire is its treatment, not the fire.
        "A fire that ripped through a Waitrose store in Surrey is being treated as “potentially "
        "suspicious”, police said.",
    ],
)
def test_no_happening_introduced(text: str) -> None:
    assert introduced(text) is None


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("The temblor struck at 2:09 a.m. and was centered in Geyserville.", ""),
        ("after the blaze broke out about 8.40pm.", ""),
        ("which struck the western tip of Sumatra island on Tuesday.", "injured by the quake,"),
        ("which broke out in the early hours of Sunday morning.", "Eight crews fought the blaze"),
        ("Half of the roof collapsed during the blaze, shortly after 06:00 BST on Sunday.", ""),
        ("The quake was centered seventy-five miles north of San Francisco.", ""),  # 38_11ecbplus
        ("The strong and shallow quake began in the predawn morning hours today.", ""),
    ],
)
def test_a_happening_told_again(text: str, before: str) -> None:
    assert told_again(text, before) is not None


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # Another one, something else, a state, a toll on someone's authority.
        ("The second quake struck at 4 p.m.", ""),
        ("The second and third quakes struck at 4 p.m.", ""),
        ("The fire service was called at 06:00 BST to the store.", ""),
        ("The fire was still burning on Saturday morning.", ""),
        ("The tremor also damaged hospitals on the island.", ""),
        ("The quake injured more than 200 people, said a spokesman.", ""),
        ("which struck on Sunday.", "the road to the village,"),
        ("No-one was injured in the fire.", ""),
        ("The main temblor was followed by at least four major aftershocks.", ""),
    ],
)
def test_no_happening_told_again(text: str, before: str) -> None:
    assert told_again(text, before) is None
