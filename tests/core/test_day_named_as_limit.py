"""A day named as the limit a state was reached by ("they had all been allowed to return by
Saturday evening", "the line had been reopened by late Saturday") ends a stretch that began with
the story's happening: it moves the story on to no later day (news_day.py). An account told after
it with no time of its own ("A police spokeswoman said other premises suffered smashed windows and
smoke damage", "Two of the wagons overturned on the embankment, rail officials said") is still of
the news day, as it was before the limit was named, not of the publication day. Written articles
in other outlets' shapes: a flood, a derailment, a strike, a storm, a protest, a quake, a fire, a
blast, a landslide, a ferry aground; a lede in the present perfect, the happening's day in the
next paragraph, the limit a day after it, the account last."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue

MONDAY = date(2021, 11, 8)  # the day the stories are published
THURSDAY = DateValue.day(date(2021, 11, 4))
FRIDAY = DateValue.day(date(2021, 11, 5))
SATURDAY = DateValue.day(date(2021, 11, 6))
SUNDAY = DateValue.day(date(2021, 11, 7))

# Each article's last paragraph is an account of the happening's Friday.
ACCOUNTS = [
    (
        "Floods have swept through the centre of Cockermouth.",
        "The river burst its banks on Friday after two days of rain.",
        "The water had gone down by Saturday afternoon.",
        "Rescuers said dozens of residents were lifted from upstairs windows.",
    ),
    (
        "A freight train has derailed near Lyon.",
        "The train left the rails on Friday morning, spilling grain on the tracks.",
        "The line had been reopened by late Saturday.",
        "Two of the wagons overturned on the embankment, rail officials said.",
    ),
    (
        "A strike has shut the port of Antwerp.",
        "Dock workers walked out on Friday over a pay offer.",
        "Most ships had been moved to other ports by Saturday morning.",
        "Union leaders said several cranes stood idle for the whole shift.",
    ),
    (
        "A storm has battered the coast of Galicia.",
        "High winds brought down power lines on Friday.",
        "Power had been restored to most homes by Saturday night.",
        "The regional government says other roads were blocked by fallen trees.",
    ),
    (
        "Farmers have marched on the parliament in Warsaw.",
        "Thousands of them arrived on Friday.",
        "The square had been cleared by early Saturday.",
        "Police said some of the marchers threw eggs at the building.",
    ),
    (
        "An earthquake has shaken the island of Crete.",
        "The magnitude 5.9 quake struck on Friday evening.",
        "Aftershocks had eased by Saturday evening.",
        "Officials say most of the island's hotels lost power for several hours.",
    ),
    (
        "A fire has gutted a school in Cork.",
        "Crews were called on Friday night.",
        "The blaze had been brought under control by Saturday morning.",
        "The roof collapsed within an hour of the first call, firefighters said.",
    ),
    (
        "A gas explosion has wrecked a block of flats in Lodz.",
        "The blast happened on Friday.",
        "All the residents had been accounted for by Saturday.",
        "Neighbours said both staircases collapsed.",
    ),
    (
        "A landslide has buried a road in Nepal.",
        "The hillside gave way on Friday.",
        "The road had been cleared by Saturday evening.",
        "Police said three of the buses were swept into the valley.",
    ),
    (
        "A ferry has run aground off Bergen.",
        "The ship struck rocks on Friday.",
        "It had been towed to port by Saturday afternoon.",
        "The coastguard said 200 passengers were taken off by lifeboat.",
    ),
]

# Near shapes that keep their date: the story moved on to Saturday by a happening or a statement
# of its own day ("said on Saturday it would pay", "visited the town on Saturday", "A second leak
# hit the plant on Saturday"); after a limit, a statement as news of its own day ("said on Sunday
# it would appeal"), a report of a new act of the later day ("arrested a looter on Sunday"), an
# account with a time of its own ("on Thursday").
KEPT = [
    (
        (
            "A huge fire has destroyed a furniture warehouse in Leeds.",
            "Crews were called shortly before 9pm on Friday after a guard noticed smoke.",
            "The council said on Saturday it would pay for temporary housing.",
            "A police spokeswoman said other premises suffered smashed windows and smoke damage.",
        ),
        SATURDAY,
    ),
    (
        (
            "Floods have swept through the centre of Cockermouth.",
            "The river burst its banks on Friday after two days of rain.",
            "The prime minister visited the town on Saturday.",
            "Rescuers said dozens of residents were lifted from upstairs windows.",
        ),
        SATURDAY,
    ),
    (
        (
            "A freight train has derailed near Lyon.",
            "The train left the rails on Friday morning, spilling grain on the tracks.",
            "The line had been reopened by late Saturday.",
            "The operator said on Sunday it would appeal against the fine.",
        ),
        SUNDAY,
    ),
    (
        (
            "A storm has battered the coast of Galicia.",
            "High winds brought down power lines on Friday.",
            "Power had been restored to most homes by Saturday night.",
            "Police said they arrested a looter on Sunday.",
        ),
        SUNDAY,
    ),
    (
        (
            "Chlorine has leaked from a water treatment plant in Ohio.",
            "The leak began on Friday afternoon.",
            "A second leak hit the plant on Saturday.",
            "Hospital officials said seven workers were treated for breathing problems.",
        ),
        SATURDAY,
    ),
    (
        (
            "Farmers have marched on the parliament in Warsaw.",
            "Thousands of them arrived on Friday.",
            "The square had been cleared by early Saturday.",
            "Police said some of the marchers had thrown eggs at the building on Thursday.",
        ),
        THURSDAY,
    ),
    (
        (
            "An earthquake has shaken the island of Crete.",
            "The magnitude 5.9 quake struck on Friday evening.",
            "Aftershocks had eased by Saturday evening.",
            "The tourism minister said on Sunday that hotels would stay open.",
        ),
        SUNDAY,
    ),
    (
        (
            "A gas explosion has wrecked a block of flats in Lodz.",
            "The blast happened on Friday.",
            "Prosecutors opened an inquiry on Saturday.",
            "Neighbours said both staircases collapsed.",
        ),
        SATURDAY,
    ),
    (
        (
            "A landslide has buried a road in Nepal.",
            "The hillside gave way on Friday.",
            "The road had been cleared by Saturday evening.",
            "The transport minister said on Sunday the road would be widened.",
        ),
        SUNDAY,
    ),
    (
        (
            "A ferry has run aground off Bergen.",
            "The ship struck rocks on Friday.",
            "It had been towed to port by Saturday afternoon.",
            "Divers inspected the hull on Sunday.",
        ),
        SUNDAY,
    ),
]


@pytest.mark.parametrize("article", ACCOUNTS)
def test_an_account_after_a_day_named_as_a_limit_is_of_the_news_day(
    article: tuple[str, ...],
) -> None:
    event = _found(_events("\n\n".join(article), MONDAY), article[-1][:30])
    assert event.date == FRIDAY
    assert event.date_basis is DateBasis.CONTEXT


@pytest.mark.parametrize(("article", "expected"), KEPT)
def test_a_near_shape_keeps_its_date(article: tuple[str, ...], expected: DateValue) -> None:
    event = _found(_events("\n\n".join(article), MONDAY), article[-1][:30])
    assert event.date == expected
