"""A relative clause with no comma ends before the main clause's verb when that verb follows
the clause's own with nothing joining them: a time after it is the main clause's ("A Brooklyn
woman who was watching … | was killed Thursday evening"), and the clause keeps only a time
before it. Real sentences of the development articles, short excerpts."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.relative_main_verb import relative_main_verb


@pytest.mark.parametrize(
    ("text", "published", "start", "day"),
    [
        # The main clause's time after its verb: the killing, Thursday evening.
        (
            "A Brooklyn woman who was watching her clothes dry in a laundromat was killed "
            "Thursday evening when two would-be robbers emptied their pistols into the store, "
            "the police said.",
            date(1998, 2, 12),
            "A Brooklyn woman who was watching",
            date(1998, 2, 12),
        ),
        # The clause's time before the main verb, its object after it: one call, at 3 p.m.
        (
            "A passer-by who found the wounded deputy shortly after 3 p.m. called the Lakewood "
            "sheriff's station to report the shooting, said sheriff's Sgt. Vanette Christiansen.",
            date(2005, 6, 24),
            "A passer-by who found",
            date(2005, 6, 24),
        ),
        # A month's day after "since" is a time, no clause: the main verb after it is found
        # (a written probe lede).
        (
            "A 61-year-old man who has refused food since April 3 outside the county courthouse "
            "was taken to Mercy Hospital on Monday afternoon after collapsing, police said.",
            date(2003, 4, 29),
            "A 61-year-old man who has refused food",
            date(2003, 4, 28),
        ),
    ],
)
def test_the_main_happening_is_one_event_at_the_time(
    text: str, published: date, start: str, day: date
) -> None:
    events = events_in(text, published)
    assert len(events) == 1
    assert text[events[0].primary.start :].startswith(start)
    assert events[0].date.first == day


def test_the_main_clause_after_the_clause_is_not_dated_by_it() -> None:
    text = (
        "The woman who allegedly shot and killed two co-workers in September at the Kraft "
        "Foods plant in Northeast Philadelphia will face trial on multiple counts of murder and "
        "attempted murder."
    )
    dates = {
        text[e.primary.start : e.primary.end]: e.date.first
        for e in events_in(text, date(2010, 12, 7))
    }
    assert dates == {
        "who allegedly shot and killed two co-workers in September at the Kraft Foods plant in "
        "Northeast Philadelphia": date(2010, 9, 1),
        "will face trial on multiple counts of murder and attempted murder.": date(2010, 12, 7),
    }


def test_a_list_of_the_main_verbs_stays_with_them() -> None:
    text = (
        "A 6.1-magnitude earthquake which hit the Indonesian province of Aceh on Tuesday killed "
        "a child, injured dozens and destroyed buildings, sparking panic in a region."
    )
    passages = [text[e.primary.start : e.primary.end] for e in events_in(text, date(2013, 7, 2))]
    assert passages[0].startswith("A 6.1-magnitude earthquake which hit")
    assert not any(p.startswith("injured dozens") for p in passages)


# Cases that stay as they are: a clause told to a verb whose object is a clause, a verb of the
# clause's own chain, one joined by "but", one with a subject of its own, a participle naming a
# thing.
@pytest.mark.parametrize(
    "clause",
    [
        "which showed the bullet touched a hard surface before entering the boy's chest",
        "who told police his dozen rounds were intended for members of a rival gang",
        "who are believed to have carried out 300 similar robberies across the world",
        "who was signed on Tuesday but also was with the Saints during the preseason",
        "who fired the shot says he killed the boy accidentally",
        "who bought high risk junk bonds sold by Keating's employees",
        "who has been silent since his trial began last Thursday",
    ],
)
def test_no_main_verb_is_found_in(clause: str) -> None:
    opener = clause.index(" ")
    assert relative_main_verb(clause, opener, len(clause)) is None


@pytest.mark.parametrize(
    ("clause", "ends"),
    [
        ("who was watching her clothes dry in a laundromat was killed", "laundromat"),
        ("who spent three months eluding the FBI in 2006 also could be housed", "2006"),
        ("who had been placed in protective custody were eventually returned", "custody"),
        ("who were hiding in the office next door tipped off building security", "door"),
    ],
)
def test_the_clause_ends_before_the_main_verb(clause: str, ends: str) -> None:
    end = relative_main_verb(clause, clause.index(" "), len(clause))
    assert end is not None
    assert clause[:end].endswith(ends)
