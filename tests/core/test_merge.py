"""One event, many sources: the seeds' shared happenings merge, near misses stay apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from viewer.core.extract import extract_events
from viewer.core.merge import REASON_LINKS, apply_plan, merge_events
from viewer.core.model import DateBasis, DateValue, Dating, Event, Passage
from viewer.corpus import read_corpus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def merged() -> list[Event]:
    documents, _ = read_corpus([SEEDS])
    return merge_events([e for d in documents for e in extract_events(d)])


def _event_with(events: list[Event], words: str) -> Event:
    found = [e for e in events if any(words in p.text for p in e.passages)]
    assert len(found) == 1, (words, len(found))
    return found[0]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("an additional 500 US troops announced Monday", "deployment of an additional 500 troops"),
        ("US destroyers stationed in Rota", "destroyers at its naval base at Rota"),
        ("as many as 300,000 troops", "from 40,000 to 300,000"),
    ],
)
def test_the_same_happening_in_two_articles_is_one_event(
    merged: list[Event], one: str, other: str
) -> None:
    event = _event_with(merged, one)
    assert event is _event_with(merged, other)
    assert event.source_count == 2
    assert event.merge_reason


def test_a_list_of_announcements_merges_with_one_it_lists(merged: list[Event]) -> None:
    # One article lists what another reports sentence by sentence: one of them, not all.
    listed = _event_with(merged, "establishing a permanent headquarters in Poland")
    assert listed.source_count == 2
    other = next(p for p in listed.passages if not p.document_id.startswith("002"))
    assert any(
        words in other.text
        for words in ("“permanent headquarters”", "F-35 fighter aircraft", "air defence battery")
    )


def test_distinct_happenings_of_one_speech_stay_apart(merged: list[Event]) -> None:
    f35 = _event_with(merged, "two additional F-35 fighter aircraft squadrons")
    rota = _event_with(merged, "US destroyers stationed in Rota")
    headquarters = _event_with(merged, "establish a “permanent headquarters”")
    assert len({id(f35), id(rota), id(headquarters)}) == 3


def test_merging_joins_no_two_events_of_one_seed_article() -> None:
    documents, _ = read_corpus([SEEDS])
    extracted = [e for d in documents for e in extract_events(d)]
    home = {p.key(): e.id for e in extracted for p in e.passages}
    for event in merge_events([e.copy() for e in extracted]):
        # An article's passages share an event as extraction made them (a headline and its
        # lede, a statement and its continuation); merging joins two only when both report
        # one happening alike (test_merge_words.py), which no two of the seeds do.
        by_article: dict[str, set[str]] = {}
        for p in event.passages:
            by_article.setdefault(p.document_id, set()).add(home[p.key()])
        assert all(len(ids) == 1 for ids in by_article.values()), event.passages


def test_a_merged_event_keeps_the_most_precise_stated_date(merged: list[Event]) -> None:
    troops = _event_with(merged, "an additional 500 US troops announced Monday")
    assert troops.date == DateValue.day(date(2022, 3, 7))
    assert troops.date_basis is DateBasis.RELATIVE
    assert troops.primary.document_id.startswith("001")


def _single(doc: str, text: str, day: date, basis: DateBasis = DateBasis.EXPLICIT) -> Event:
    value = DateValue.day(day)
    return Event(
        id=f"{doc}-{day}",
        date=value,
        date_text=str(day),
        date_basis=basis,
        title=text,
        passages=[Passage(doc, 0, len(text), text)],
        dating=[Dating(value, basis, str(day))],
    )


def test_same_numbers_in_different_weeks_stay_apart() -> None:
    text = "The Pentagon ordered an additional 500 troops to Poland and Romania."
    events = [
        _single("a.txt", text, date(2022, 3, 7)),
        _single("b.txt", text, date(2022, 3, 21)),
    ]
    assert len(merge_events(events)) == 2


# One offer extended twice is two happenings, told apart by their new deadlines: a deadline's
# day is a figure (TempEval-3 development, wsj_0542 and wsj_0152, told within a week).
EXTENDED = "Dow Jones extended its $18-a-share tender offer for Telerate Inc. until 5 p.m. EST, {}."


@pytest.mark.parametrize(("other", "merged"), [("Nov. 9", False), ("Nov. 6", True)])
def test_an_offer_extended_to_another_deadline_is_another_happening(
    other: str, merged: bool
) -> None:
    events = [
        _single("a.txt", EXTENDED.format("Nov. 6"), date(1989, 10, 27), DateBasis.CONTEXT),
        _single("b.txt", EXTENDED.format(other), date(1989, 11, 2), DateBasis.PUBLICATION),
    ]
    assert (len(merge_events(events)) == 1) is merged


def test_sources_that_disagree_on_the_date_say_so() -> None:
    text = "The Pentagon ordered an additional 500 troops to Poland and Romania."
    week = DateValue.week_of(date(2022, 3, 7))
    a = _single("a.txt", text, date(2022, 3, 7))
    b = _single("b.txt", text, date(2022, 3, 8))
    c = Event(
        "c",
        week,
        "this week",
        DateBasis.RELATIVE,
        text,
        [Passage("c.txt", 0, len(text), text)],
        dating=[Dating(week, DateBasis.RELATIVE, "this week")],
    )
    (event,) = merge_events([c, a, b])
    assert event.source_count == 3
    assert event.date.precision.value == "day"
    assert "a.txt" in event.date_conflict and "b.txt" in event.date_conflict
    assert "Kept" in event.date_conflict


def test_every_link_of_a_merge_is_in_its_reason() -> None:
    # a~b and c~d join first (closest pairs), then the two pairs join: three links in all.
    day = date(2022, 3, 7)
    events = [
        _single("a.txt", "NATO sends 500 troops and THAAD batteries to Romania", day),
        _single("b.txt", "NATO sends 500 troops and THAAD batteries to Romania now", day),
        _single("c.txt", "The 500 troops will guard Romania's border with THAAD", day),
        _single("d.txt", "The 500 troops will guard Romania's border with THAAD units", day),
    ]
    (event,) = merge_events(events)
    links = event.merge_reason.split("; ")
    assert len(links) == 3, event.merge_reason
    named = " ".join(link.split(":")[0] for link in links)
    assert all(doc in named for doc in ("a.txt", "b.txt", "c.txt", "d.txt"))


def test_a_merge_of_many_sources_names_a_dozen_links_and_counts_the_rest() -> None:
    day = date(2022, 3, 7)
    text = "NATO sends 500 troops and THAAD batteries to Romania"
    copies = [_single(f"{k:02d}.txt", text, day) for k in range(20)]
    # Other news, so that the copies' words stay rare enough to bring them together.
    others = [_single(f"x{k}.txt", f"Item w{k}a on w{k}b and w{k}c", day) for k in range(400)]
    (event,) = [e for e in merge_events(copies + others) if len(e.passages) > 1]
    assert len(event.passages) == 20
    links = event.merge_reason.split("; ")
    assert len(links) == REASON_LINKS + 1
    assert links[-1].startswith(f"and {19 - REASON_LINKS} more links")
    assert all(" ~ " in link for link in links[:-1])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The carmaker now holds a 17% market share in Norway, its chief executive said.",
            "The new phone goes on sale on June 17 across Norway, the company said.",
        ),
        (
            "The S&P 500 fell 2 percent as investors sold technology shares.",
            "About 500 guests attended the gala dinner at the museum.",
        ),
        (
            "The iPhone 14 arrives in shops with a faster chip.",
            "Police said 14 people were arrested after the match.",
        ),
    ],
)
def test_a_number_alone_never_merges(one: str, other: str) -> None:
    day = date(2022, 6, 17)
    events = [_single("a.txt", one, day), _single("b.txt", other, day)]
    assert len(merge_events(events)) == 2


def test_the_same_count_and_what_it_counts_merge() -> None:
    day = date(2022, 3, 7)
    events = [
        _single("a.txt", "The Pentagon ordered an additional 500 troops to Eastern Europe.", day),
        _single("b.txt", "An additional 500 US troops will deploy to Eastern Europe.", day),
    ]
    (event,) = merge_events(events)
    assert "500" in event.merge_reason


def test_passages_a_week_apart_never_meet_in_one_event_through_a_third() -> None:
    # Each pair compared shares its dates: the closing "yesterday" of 25 October with a
    # passage dated only by its article of 1 November (which may report the week before),
    # and that one with a closing "yesterday" of 1 November. The two closings are a week
    # apart: no one event holds them both.
    a = _single(
        "a.txt",
        "Du Pont shares closed at $117.375 in New York Stock Exchange composite trading yesterday.",
        date(1989, 10, 25),
        DateBasis.RELATIVE,
    )
    b = _single(
        "b.txt",
        "Shares closed at $43.50 in New York Stock Exchange composite trading, up $1.",
        date(1989, 11, 1),
        DateBasis.PUBLICATION,
    )
    c = _single(
        "c.txt",
        "Philip Morris shares closed yesterday at $43.50 in New York Stock Exchange trading.",
        date(1989, 11, 1),
        DateBasis.RELATIVE,
    )
    for event in merge_events([a, b, c]):
        days = {d.value for d in event.dating if d.basis is DateBasis.RELATIVE}
        assert len(days) == 1, event.merge_reason


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Two companies' results told in the same words: no name in common.
        (
            "Last year's results were hurt by $41.3 million in restructuring charges.",
            "Last year, DSM had 71 million guilders of extraordinary charges for the "
            "restructuring program and other transactions.",
        ),
        (
            "The move was approved at a special shareholders' meeting yesterday.",
            "A.L. Williams Corp. was merged into Primerica Corp., New York, after a special "
            "meeting of Williams shareholders cleared the transaction, the companies said.",
        ),
        # One company's shares on two days: the same name, other figures.
        (
            "Telerate shares fell 50 cents on Friday to close at $20 each in New York Stock "
            "Exchange composite trading.",
            "In composite trading on the New York Stock Exchange, Telerate shares closed at "
            "$19.50, up 12.5 cents.",
        ),
    ],
)
def test_passages_about_other_actors_or_other_figures_stay_apart(one: str, other: str) -> None:
    day = date(1989, 10, 27)
    events = [_single("a.txt", one, day), _single("b.txt", other, day)]
    assert len(merge_events(events)) == 2


def test_a_merged_event_may_come_first_by_a_passage_that_was_not_first() -> None:
    """Two Waitrose fire reports, each a headline and its lede: the lede of one states the
    day, so it comes first in the merged event. Loading the two articles stopped with a
    KeyError (the event was named by its first passage's event only)."""
    headline = "Fire at Waitrose in Wellington"
    lede = "More than 50 firefighters tackled the blaze, which broke out on Friday."
    friday = date(2013, 7, 19)
    first = _single("14_11.txt", headline, friday, DateBasis.CONTEXT)
    first.add_passage(
        Passage("14_11.txt", 40, 40 + len(lede), lede),
        Dating(DateValue.day(friday), DateBasis.EXPLICIT, "Friday"),
    )
    other = _single("14_10.txt", headline, friday, DateBasis.CONTEXT)
    (event,) = apply_plan([first, other], [([1, 0], "shares waitrose, wellington, fire")])
    assert event.primary.text == lede
    assert (event.id, event.title) == (first.id, first.title)
    assert event.source_count == 2
