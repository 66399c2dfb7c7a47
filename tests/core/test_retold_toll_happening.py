"""A happening a lede introduces by the toll or the ruin it brought ("Two people were killed
… in a shooting at …", "A warehouse has been destroyed in a fire"), told again further down by
its definite noun ("The shooting took place just after 8:30 p.m. Monday"), or by a report of it
("KYW's Pat Loeb reports that the shooting took place …"), is one event with the headline and
the lede, dated by the later telling's time (docs/events.md, section 3). Written articles in
many outlets' shapes; the shape of the ECB+ development article 22_8ecbplus. Kept apart:
another one of the kind, one named by a place or a figure the lede does not name, one at a day
after the lede's own, another family, a noun of something else, what the happening did on a
source's authority, and a toll told of a happening already named."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events
from viewer.core.model import Event
from viewer.core.retold_happening import introduced, told_again


def _holding(events: list[Event], words: str) -> Event:
    """The one event with a passage that opens on `words`."""
    (event,) = [e for e in events if any(p.text.startswith(words) for p in e.passages)]
    return event


# A Tuesday and a Sunday, after the days the articles tell.
_PUBLISHED = {2013: date(2013, 3, 5), 2015: date(2015, 5, 10)}
# (headline, body, the lede's opening, the later telling's opening, the day of the happening)
JOINED = [
    (
        "2 Dead, 1 Wounded in Shooting at Dayton Plant",
        "Police say two people have been killed and another wounded in a shooting at a car parts "
        "factory in Dayton, Ohio.\n\n"
        "The alleged shooter is in police custody.\n\n"
        "A local radio station reports that the shooting took place just after 8:30 p.m. Monday "
        "inside the plant.",
        "Police say two people",
        "A local radio station reports",
        date(2013, 3, 4),
    ),
    (
        "Fire destroys Leeds warehouse",
        "A carpet warehouse in Leeds has been destroyed in a fire.\n\n"
        "Roads near the site were closed for several hours.\n\n"
        "The blaze broke out on the roof at about 8.45pm on Sunday.",
        "A carpet warehouse",
        "The blaze broke out",
        date(2013, 3, 3),
    ),
    (
        "Quake kills 12 in western Nepal",
        "At least 12 people died in an earthquake in western Nepal, officials said.\n\n"
        "Rescue teams were sent to the district by helicopter.\n\n"
        "The quake struck at 4:10 a.m. on Saturday, the national seismological centre said.",
        "At least 12 people",
        "The quake struck",
        date(2015, 5, 9),
    ),
    (
        "Blast at chemical plant near Lyon",
        "Three workers were injured in an explosion at a chemical plant near Lyon.\n\n"
        "Firefighters sealed off the site.\n\n"
        "The company said that the explosion occurred shortly before noon on Tuesday.",
        "Three workers were",
        "The company said that",
        date(2015, 5, 5),
    ),
    (
        "Four hurt as bus and lorry collide on A9",
        "Four people were hurt in a collision between a bus and a lorry on the A9.\n\n"
        "The road was closed for six hours.\n\n"
        "The crash happened at about 7am on Friday near Perth, police said.",
        "Four people were hurt",
        "The crash happened",
        date(2015, 5, 8),
    ),
    (
        "Soldiers wounded in Kandahar bombing",
        "Nine soldiers were wounded in a bombing near a checkpoint in Kandahar province.\n\n"
        "No group has claimed responsibility.\n\n"
        "The blast took place on Wednesday evening, a provincial spokesman said.",
        "Nine soldiers were",
        "The blast took place",
        date(2015, 5, 6),
    ),
    (
        "Quake jolts northern Chile",
        "A strong earthquake shook northern Chile on Saturday, damaging homes in Arica.\n\n"
        "Hundreds of families spent the night outdoors.\n\n"
        "The national seismological office said the quake measured 6.4 on Saturday night.",
        "A strong earthquake",
        "The national seismological office",
        date(2015, 5, 9),
    ),
    (
        "Blaze guts Glasgow school",
        "A primary school in Glasgow has been gutted by a fire.\n\n"
        "Pupils will be taught in a church hall this week.\n\n"
        "Firefighters said the blaze broke out in a classroom at about 2am on Friday.",
        "A primary school",
        "Firefighters said",
        date(2015, 5, 8),
    ),
    (
        "Dozens hurt in Jakarta market fire",
        "Dozens of traders were hurt in a fire at a market in central Jakarta.\n\n"
        "The city's governor visited the site.\n\n"
        "Police said the blaze broke out at about 3 a.m. on Thursday in a food stall.",
        "Dozens of traders",
        "Police said the blaze",
        date(2015, 5, 7),
    ),
    (
        "Homes gutted in Mombasa blaze",
        "Six homes were gutted in a fire in a crowded district of Mombasa.\n\n"
        "Residents tried to put out the flames with buckets.\n\n"
        "The county commissioner said that the fire started in a kitchen on Thursday night.",
        "Six homes were gutted",
        "The county commissioner",
        date(2015, 5, 7),
    ),
]


@pytest.mark.parametrize(("title", "body", "lede", "later", "day"), JOINED)
def test_a_happening_introduced_by_its_toll_and_told_again_is_one_event(
    title: str, body: str, lede: str, later: str, day: date
) -> None:
    events = headed_events(title, body, _PUBLISHED[day.year])
    event = _holding(events, lede)
    assert _holding(events, later) is event
    assert event.date.first <= day <= event.date.last


APART = [
    # Another one of the kind.
    (
        "Two people were killed in a shooting at a bar in Dayton.\n\n"
        "The second shooting took place on Tuesday in Toledo.",
        "The second shooting",
    ),
    # A place the lede does not name.
    (
        "Three guests were injured in a fire at a hotel in Cairo.\n\n"
        "The Alexandria fire broke out on Friday at a warehouse.",
        "The Alexandria fire",
    ),
    # A figure the lede's noun does not hold, at a year apart.
    (
        "Ten people died in a 6.1 magnitude earthquake in Sumatra.\n\n"
        "The 9.1 magnitude quake struck the same coast in 2004.",
        "The 9.1 magnitude",
    ),
    # At a day after the lede's own.
    (
        "Two people were killed in a shooting in Dayton on Monday.\n\n"
        "The shooting took place on Wednesday at a school in Toledo.",
        "The shooting took place",
    ),
    # Another family.
    (
        "Three people were killed in a crash on the M6 on Friday.\n\n"
        "The fire broke out on Friday at a farm near the motorway.",
        "The fire broke out",
    ),
    # A noun of something else.
    (
        "Two firefighters were hurt in a fire at a mill in Bolton.\n\n"
        "The fire service was called at 06:00 on Sunday to the mill.",
        "The fire service",
    ),
    # What it did, on a source's authority: a toll of its own.
    (
        "Five people were injured in an earthquake in southern Iran.\n\n"
        "Officials said that the quake damaged 300 homes on Sunday.",
        "Officials said that",
    ),
    # A report of something else than the happening coming about.
    (
        "Two people were killed in a shooting at a mall in Omaha.\n\n"
        "Police said that the shooting suspect was arrested on Sunday.",
        "Police said that",
    ),
]


@pytest.mark.parametrize(("body", "apart"), APART)
def test_a_happening_not_told_again_stays_apart(body: str, apart: str) -> None:
    events = headed_events("News of the day", body, date(2015, 5, 8))
    assert len(_holding(events, apart).passages) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Two people have been killed and another wounded in a shooting at the plant.",
        "A warehouse in Leeds has been destroyed in a fire.",
        "Nine soldiers were wounded in a roadside bombing on Monday.",
        "A primary school in Glasgow has been gutted by a fire.",
        "Four people were injured by an explosion at a gas station.",
    ],
)
def test_a_toll_introduces_its_happening(text: str) -> None:
    mention = introduced(text)
    assert mention is not None and not mention.beside


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause tells it; a toll of a happening already named; no happening's noun;
        # an act that is not a toll or a ruin.
        "Five people were killed in an attack that began at dawn.",
        "Officials say at least 24 people were killed and more than 200 injured by the quake",
        "A woman was injured in a fall at her home.",
        "Two men were arrested in a raid on a flat in Leeds.",
        "A driver was hurt by a falling tree in a storm.",
    ],
)
def test_no_happening_introduced_by_a_toll(text: str) -> None:
    assert introduced(text) is None


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("KYW's Pat Loeb reports that the shooting took place just after 8:30pm Thursday.", True),
        ("The company said that the explosion occurred shortly before noon.", True),
        ("Police said that the quake killed 10 people.", False),
        ("Police said that the suspect was arrested on Sunday.", False),
        ("Police said the fire broke out in a kitchen.", True),
        ("Tehran's seismologic center said the quake measured magnitude-5.9.", True),
        ("The quake measured 6.4 on the Richter scale, the agency said.", True),
        ("Officials said the quake damaged 300 homes.", False),
        ("Police said the fire service was called at 06:00.", False),
        ("The quake measured up to the worst fears of the town.", False),
        ("The surveyors measured the damage the quake did.", False),
    ],
)
def test_a_report_telling_it_again(text: str, told: bool) -> None:
    assert (told_again(text, "") is not None) is told
