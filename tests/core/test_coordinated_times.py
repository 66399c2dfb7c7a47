"""Coordinated clauses told at times of their own: a sentence is cut at "and", ", and",
"but", "; " when the clause after it tells a happening in the past at a time apart from the
clause before it, each part an event dated by its own words (a time counted from the first
part's date: "the following week"); a plain list, a shared time, a list of times or nouns,
a time inside a phrase or a clause of its own, a plan and a part of a game are not cut. Real
sentences of the development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from tests.core.test_happenings_of_other_times import _pieces
from viewer.core.coordinated_times import (
    coordinated_cuts,
    later_steps,
    planned_after,
    undone_later,
)
from viewer.core.model import DateValue, Span
from viewer.core.temporal import tag

CUT = [
    # The second clause's time counted from the first's.
    (
        "He returned to action against Tampa Bay on October 30 and scored a touchdown the "
        "following week against Atlanta.",
        date(2011, 1, 5),
        ("He returned to action against Tampa Bay on October 30", date(2010, 10, 30)),
        ("and scored a touchdown the following week against Atlanta.", date(2010, 11, 1)),
    ),
    (
        "On May 22, 1995, Farkas was made a brigadier general, and the following year he was "
        "appointed military attache at the Hungarian embassy in Washington.",
        date(1998, 4, 18),
        ("On May 22, 1995, Farkas was made a brigadier general", date(1995, 5, 22)),
        ("and the following year he was appointed military attache", date(1996, 1, 1)),
    ),
    # Each clause dated by its own words.
    (
        "A major earthquake killed more than 31,000 in city of Bam in central Iran in 2003, and "
        "600 were killed in the city of Zarand in February in an earthquake with a magnitude "
        "of 6.4.",
        date(2005, 11, 28),
        (
            "A major earthquake killed more than 31,000 in city of Bam in central Iran in 2003",
            date(2003, 1, 1),
        ),
        ("and 600 were killed in the city of Zarand in February", date(2005, 2, 1)),
    ),
    (
        "She initially dismissed a neighbor's report Thursday that Hiller might be involved in "
        "a fatal workplace shooting, but then heard her named on the news Friday.",
        date(2010, 9, 10),
        ("She initially dismissed a neighbor's report Thursday", date(2010, 9, 9)),
        ("but then heard her named on the news Friday.", date(2010, 9, 10)),
    ),
    (
        "Dr. Benjamin received the Nelson Mandela Award for Health and Human Rights in 1998, "
        "and was elected to the American Medical Association Board of Trustees in 1995, making "
        "her the first physician under age 40 and the first African-American woman to be "
        "elected.",
        date(2009, 12, 5),
        ("Dr. Benjamin received the Nelson Mandela Award", date(1998, 1, 1)),
        ("and was elected to the American Medical Association Board of Trustees", date(1995, 1, 1)),
    ),
    # A plan at a time of its own after a clause told in the past (ECB+ development).
    (
        "Gary Gomes, 35, was arrested yesterday and will be arraigned today in New Bedford "
        "District Court on two counts of murder and one count of kidnapping.",
        date(2008, 11, 25),
        ("Gary Gomes, 35, was arrested yesterday", date(2008, 11, 24)),
        ("and will be arraigned today in New Bedford District Court", date(2008, 11, 25)),
    ),
    # "is due" tells a plan as "will" does.
    (
        "He was released on bail on Thursday and is due back in court on Aug. 15.",
        date(2024, 7, 27),
        ("He was released on bail on Thursday", date(2024, 7, 25)),
        ("and is due back in court on Aug. 15.", date(2024, 8, 15)),
    ),
    # "before" after a verb of appearing is a place, no clause of its own.
    (
        "He was arrested on Monday and appeared before magistrates on Wednesday.",
        date(2024, 7, 27),
        ("He was arrested on Monday", date(2024, 7, 22)),
        ("and appeared before magistrates on Wednesday.", date(2024, 7, 24)),
    ),
    # A set of times ("annual") before the clause's own time is no time of the clause.
    (
        "The Lochalsh entered service in 2019 and had undergone an annual overhaul in April.",
        date(2026, 7, 7),
        ("The Lochalsh entered service in 2019", date(2019, 1, 1)),
        ("and had undergone an annual overhaul in April.", date(2026, 4, 1)),
    ),
    # The same happening again, at a time of its own, with no verb.
    (
        "The Cobra committee met on Monday and again on Thursday morning.",
        date(2025, 7, 18),
        ("The Cobra committee met on Monday", date(2025, 7, 14)),
        ("and again on Thursday morning.", date(2025, 7, 17)),
    ),
    # A plan after "and" with a subject of its own.
    (
        "The first rover landed on January 3, and the second will land on Sunday.",
        date(2004, 1, 22),
        ("The first rover landed on January 3", date(2004, 1, 3)),
        ("and the second will land on Sunday.", date(2004, 1, 25)),
    ),
    (
        "NASA's Spirit rover landed on January 3, and its twin Opportunity is due to land tonight.",
        date(2004, 1, 25),
        ("NASA's Spirit rover landed on January 3", date(2004, 1, 3)),
        ("and its twin Opportunity is due to land tonight.", date(2004, 1, 25)),
    ),
    # "is expected to": a plan told in the present, as "is due to" (a written probe sentence).
    (
        "Crews cleared the track on Tuesday, and the line is expected to reopen on Friday.",
        date(2004, 8, 18),
        ("Crews cleared the track on Tuesday", date(2004, 8, 17)),
        ("and the line is expected to reopen on Friday.", date(2004, 8, 20)),
    ),
    # A figure's comma in the clause after is no mark of a phrase (a written probe sentence).
    (
        "In February, Holden recalled 26,000 cars over a faulty ignition switch, and in May a "
        "further 8,500 were called back for a brake fault.",
        date(2014, 8, 5),
        ("In February, Holden recalled 26,000 cars", date(2014, 2, 1)),
        ("and in May a further 8,500 were called back", date(2014, 5, 1)),
    ),
    # A gerund after a preposition is no participle's phrase (a written probe sentence).
    (
        "Shares in Unity Trust fell 9.8 per cent on the Nigerian Stock Exchange on Tuesday and "
        "were suspended from trading on Wednesday morning at the bank's request.",
        date(2016, 9, 14),
        ("Shares in Unity Trust fell 9.8 per cent", date(2016, 9, 13)),
        ("and were suspended from trading on Wednesday morning", date(2016, 9, 14)),
    ),
]


@pytest.mark.parametrize(("text", "published", "first", "second"), CUT)
def test_a_coordinated_clause_of_its_own_time_is_an_event_of_its_own(
    text: str, published: date, first: tuple[str, date], second: tuple[str, date]
) -> None:
    pieces = _pieces(text, published)
    assert [side for side, _ in pieces] == [False, False]
    assert pieces[0][1].startswith(first[0]) and pieces[1][1].startswith(second[0])
    events = events_in(text, published)
    for words, day in (first, second):
        (event,) = [e for e in events if e.primary.text.startswith(words)]
        assert event.date.first == day


KEPT = [
    # The clause after the coordinator has no time of its own: one occasion.
    (
        "Rahman, who won the WBC and IBF belts from Lennox Lewis in 2001 and the vacant WBC "
        "belt in 2005, arrived in Germany on Monday and declared he was in top shape.",
        date(2012, 7, 7),
    ),
    (
        "Bush suffered a left knee injury against Carolina on October 19 and missed the next "
        "four games following arthroscopic surgery.",
        date(2011, 1, 5),
    ),
    # A list of times, or of nouns, with no verb of its own.
    (
        "Cordova was sued in 2011 and 2012, with one plaintiff claiming the cop punched him in "
        "the eye.",
        date(2013, 3, 12),
    ),
    (
        "Aceh was hit extremely hard by the massive Boxing Day earthquake and tsunami in 2004, "
        "killing 170,000 people in Sumatra alone-with 35,000 bodies never recovered.",
        date(2013, 7, 2),
    ),
    # The time sits in a phrase or a clause of its own after the verb.
    (
        "She completed her residency in family practice at the Medical Center of Central "
        "Georgia in 1987 and has served as CEO of the Bayou La Batre Rural Health Clinic since "
        "its founding in 1990.",
        date(2009, 7, 13),
    ),
    (
        "Cheeks returned to the Sixers in 1994 as an assistant coach and stayed for seven "
        "seasons until the Trail Blazers hired him as head coach on June 27, 2001.",
        date(2005, 5, 24),
    ),
    (
        "A series of earthquakes killed a 10-year-old girl and injured dozens Sunday in remote "
        "eastern Indonesia and briefly triggered fears of another tsunami in a country still "
        "recovering from such a disaster in 2004.",
        date(2009, 1, 4),
    ),
    # The clause after is told in the present; the first is a plan.
    (
        "He was held without a catch for the second time all year last week, and this week he "
        "faces Pittsburgh's top-ranked pass defense (156.9 yards allowed per game).",
        date(2009, 1, 13),
    ),
    (
        "Putting the show in jeopardy, however, was this week's announcement by SAG that strike "
        "authorization ballots will be mailed to its 120,000 members on January 2 and tallied "
        "on January 23, a full month before the Oscars.",
        date(2008, 12, 19),
    ),
    # A quarter with no year after a day: a part of that day's game.
    (
        "In the Saints 17-14 victory over the Falcons on Dec. 27, Thomas rushed for 63 yards "
        "and scored on a 2-yard touchdown in the second quarter.",
        date(2011, 1, 5),
    ),
    # A time shared by both clauses.
    (
        "On Wednesday, two police officers involved in Saturday's shooting were arrested, and "
        "one was charged with murder.",
        date(2013, 3, 12),
    ),
]


@pytest.mark.parametrize(("text", "published"), KEPT)
def test_a_list_a_shared_time_or_a_plan_is_not_cut(text: str, published: date) -> None:
    assert coordinated_cuts(text, Span(0, len(text)), tag(text, published)) == []


# A happening of the story's time and its undoing at a later one, after "but" or ", and": the first
# clause keeps the story's day (named in the sentence before), the second is cut out at its own.
_CALLED = (
    "Fire crews and police officers were called to the High Street premises shortly before "
    "9pm on Friday after a CCTV operator noticed smoke coming from the building's roof.\n\n"
)
UNDONE = [
    (
        "Roads around the area, including Banstead High Street itself, were closed for some "
        "time, but the spokeswoman said they were all reopened by 4.30pm on Saturday.",
        ("Roads around the area", date(2013, 7, 19)),
        ("but the spokeswoman said they were all reopened", date(2013, 7, 20)),
    ),
    (
        "Sixty local residents had to be evacuated from their homes, initially to a nearby "
        "church and later to a local day care centre, but they had all been allowed to return "
        "by Saturday evening.",
        ("Sixty local residents had to be evacuated", date(2013, 7, 19)),
        ("but they had all been allowed to return by Saturday evening", date(2013, 7, 20)),
    ),
    # After ", and" too, its subject its own.
    (
        "Residents nearby were told to stay indoors, and the order was lifted at 7am on Saturday.",
        ("Residents nearby were told to stay indoors", date(2013, 7, 19)),
        ("and the order was lifted at 7am on Saturday", date(2013, 7, 20)),
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), UNDONE)
def test_a_happening_undone_at_a_later_time_is_cut_from_it(
    text: str, first: tuple[str, date], second: tuple[str, date]
) -> None:
    events = events_in(_CALLED + text, date(2013, 7, 22))
    for words, day in (first, second):
        (event,) = [e for e in events if e.primary.text.startswith(words)]
        assert event.date.first == day


FRIDAY = DateValue.day(date(2013, 7, 19))
NOT_UNDONE = [
    # One subject's actions: the clause after "but" opens with its verb.
    "The suspect was arrested at the scene but released on Saturday without charge.",
    # Not later than the story's day.
    "Roads around the area were closed for some time, but the spokeswoman said they were all "
    "reopened by 11pm on Friday.",
    # A plan, not a happening told done.
    "Roads around the area were closed for some time, but the spokeswoman said they will be "
    "reopened on Monday.",
    # Up to now, not of the story's day.
    "The store has been closed to shoppers, but staff returned to collect their belongings on "
    "Sunday.",
    # The time sits in a clause of its own after "but".
    "Roads around the area were closed for some time, but they stayed shut until police "
    "finished their work on Saturday.",
]


@pytest.mark.parametrize("text", NOT_UNDONE)
def test_a_list_a_plan_or_a_time_of_the_story_is_not_an_undoing(text: str) -> None:
    timexes = tag(text, date(2013, 7, 22))
    assert undone_later(text, Span(0, len(text)), timexes, FRIDAY) is None


def test_no_undoing_without_a_day_of_the_story() -> None:
    text = UNDONE[0][0]
    timexes = tag(text, date(2013, 7, 22))
    assert undone_later(text, Span(0, len(text)), timexes, FRIDAY) is not None
    assert undone_later(text, Span(0, len(text)), timexes, None) is None


# A step told as coming later, "and later …", with no time of its own: an event of its own, of
# the first step's date, the earliest it can be (ECB+ development, 35_3ecbplus, 35_1ecbplus).
ARREST = (
    "Williams was stopped for speeding westbound on state route 94 at approximately 1:30 a.m. "
    "Sunday.\n\n"
    "Arrested by the CHP on suspicion of drunken driving, he was booked into county jail and "
    "later released on bond."
)


def test_a_step_told_as_coming_later_is_an_event_of_its_own() -> None:
    events = events_in(ARREST, date(2009, 2, 4))
    texts = {e.primary.text: e for e in events}
    released = texts["and later released on bond."]
    booked = next(e for t, e in texts.items() if t.endswith("booked into county jail"))
    assert released is not booked
    assert released.date == booked.date == DateValue.day(date(2009, 2, 1))


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Williams was booked into county jail and later released on bond.", "and later"),
        ("The police released store surveillance video and later announced an arrest.", "and"),
        # A summary up to now; a relative clause; a career told with its year; no past verb.
        ("He has been booked and later released on bail.", None),
        ("Williams, who was booked and later released on bail, gave a blood sample.", None),
        ("McBride flew aboard Challenger in October 1984 and later served at NASA.", None),
        ("The talks stalled and later this week resume.", None),
    ],
)
def test_where_a_later_step_is_cut(text: str, cut: str | None) -> None:
    cuts = later_steps(text, Span(0, len(text)))
    assert [text[c:].split()[0] for c in cuts] == ([] if cut is None else [cut.split()[0]])


# A plan told after a clause in the past with no time of its own: the clause is of the story's
# day, the plan cut out at its own time ahead (as when the clause before has a time).
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The twins each got three A*s and will study medicine at Sheffield in October.",
            ("The twins each got three A*s", date(2026, 8, 13)),
            ("and will study medicine at Sheffield in October", date(2026, 10, 1)),
        ),
        (
            "Smith was charged with burglary and is due in court on Friday.",
            ("Smith was charged with burglary", date(2026, 8, 13)),
            ("and is due in court on Friday", date(2026, 8, 14)),
        ),
    ],
)
def test_a_plan_after_a_clause_of_the_story_s_day_is_cut_from_it(
    text: str, first: tuple[str, date], second: tuple[str, date]
) -> None:
    events = events_in(text, date(2026, 8, 13))
    for words, day in (first, second):
        (event,) = [e for e in events if e.primary.text.startswith(words)]
        assert event.date.first == day


@pytest.mark.parametrize(
    "text",
    [
        # Up to now, not of the story's day.
        "He has won the title and will defend it in May.",
        # The plan's time in a clause of its own after "and will".
        "Smith was charged with burglary and will stay in custody until the trial in May.",
        # No plan: a list of actions told in the past.
        "Smith was charged with burglary and appeared in court on Friday.",
    ],
)
def test_a_summary_a_time_of_its_own_clause_or_no_plan_is_not_cut_as_a_plan(text: str) -> None:
    timexes = tag(text, date(2026, 8, 13))
    assert planned_after(text, Span(0, len(text)), timexes, None) is None
