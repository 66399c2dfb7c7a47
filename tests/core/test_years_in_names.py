"""A year that is part of a name (of a law, a body, a car model, a firm given its name, a
street address) names a thing, not a time of what the sentence tells, nor is a figure by a
figure (a screen's size): the sentence is dated as if the year were not there. A year before a
time-bound happening or period stays a time. Sentences of development articles (ECB+ 14_8,
33_3, 35_2, 35_6, 38_7, 40_4, 40_6; TempEval-3 APW19980418.0210) and of news."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal.tagger import tag

IN_NAMES = [
    # A law's or an order's title ends in its year.
    "commercial buildings and non-domestic premises in England and Wales are already forced"
    " to undertake a 'suitable and sufficient' fire risk assessment carried out under the"
    " Regulatory Reform (Fire Safety) Order 2005.",
    "The council failed in its duty under the Children Act 1989, the judge said.",
    # A body named for its year puts the year before its capitalized name.
    "The 2007 Working Group for California Earthquake Probability assigned a total slip rate"
    " on the Maacama Fault of approximately 9 mm/yr.",
    # A car's model year, after whose car it is.
    "Williams, 32, was going west in his 2008 Bentley about 1:30 a.m., CHP Officer Brian"
    " Pennings said.",
    "He could have been intoxicated when officers pulled him over for speeding in his 2008"
    " Bentley.",
    "Witnesses identified the vehicle as a grey 2013 Toyota Camry, police said.",
    # A firm given its name.
    "With American astronaut Jon McBride, Farkas set up an American-Hungarian joint venture"
    " called Orion 1980, manufacturing space-travel related technology.",
    # A building's street number.
    "All three live in a fifth-floor apartment inside 1800 Pitkin Ave., the same building from"
    " where the gunman opened fire, police said.",
    "He was shot outside 2010 Main Street late on Friday.",
    # A figure by a figure: a size.
    "It also features built-in iSight camera and 1920 x 1200 resolution.",
    "One key change is that the old native screen resolution of 1680 x 1050 is gone.",
    "The panel shows 1200×1920 pixels.",
]


@pytest.mark.parametrize("text", IN_NAMES)
def test_a_year_in_a_name_is_not_a_time(text: str) -> None:
    assert not [t for t in tag(text, date(2013, 7, 22)) if t.text.isdigit()]


# Dated as if the year were not there: by the sentence's other time, else the story's day.
DATED = [
    (
        "Williams, 32, was going west in his 2008 Bentley about 1:30 a.m., CHP Officer Brian"
        " Pennings said.",
        date(2009, 2, 2),
    ),
    (
        "The council failed in its duty under the Children Act 1989, the judge said on Tuesday.",
        date(2013, 7, 23),
    ),
]


@pytest.mark.parametrize(("text", "published"), DATED)
def test_a_sentence_naming_a_year_is_dated_by_its_other_times(text: str, published: date) -> None:
    for event in events_in(text, published):
        assert event.date.first is not None and event.date.first.year == published.year


# Years before or after a time-bound happening or period, and years opening a clause: times.
TIMES = [
    ("The 2012 Olympics opened in London.", "2012"),
    ("Over the last eight years, the 2007 Oscars hosted by DeGeneres stands as the top.", "2007"),
    ("Apple unveiled a 17-inch MacBook Pro at Macworld 2009.", "2009"),
    ("The 2008-09 season was supposed to be a good one.", "2008-09"),
    ("In 2007, the group met in Sacramento.", "2007"),
    ("He won his 2008 Olympic gold in the relay.", "2008"),
    ("In fiscal 1989, the company earned $4.1 million.", "fiscal 1989"),
    ("The 2008 Wall Street crash cost him his job.", "2008"),
    ("He moved from Ohio to Texas in 2010.", "2010"),
    ("Analysts were predicting 1990 BellSouth earnings in the range of $3.90 a share.", "1990"),
]


@pytest.mark.parametrize(("text", "year"), TIMES)
def test_a_year_of_a_happening_or_a_period_stays_a_time(text: str, year: str) -> None:
    assert year in [t.text for t in tag(text, date(2013, 7, 22))]
