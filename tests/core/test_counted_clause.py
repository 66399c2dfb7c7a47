"""A clause of a time counted from the one its sentence names before it ("where, the night
before, …") is its own event, counted from that time, not from the day the story last named;
a "where" clause of no time of its own stays in its sentence. A clause cut after a count from
its sentence's main happening, its only time a relative clause's, is counted back from that
happening; one with no time of its own, from the time its sentence states before the count.
Invented sentences, and real ones of ECB+ development."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from tests.core.test_happenings_of_other_times import _pieces
from viewer.core.model import DateBasis

THURSDAY = date(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "clause", "day"),
    [
        # The night before the Tuesday the sentence names: Monday.
        (
            "On Tuesday, inspectors could be seen inside a pharmacy where, the night before, "
            "a crowd of teenagers rampaged through the aisles, knocking over shelves.",
            "where, the night before, a crowd",
            date(2024, 3, 4),
        ),
        # The day after the Saturday it names: Sunday.
        (
            "The ferry left the port on Saturday for the island, where, the day after, its crew "
            "walked out over pay.",
            "where, the day after, its crew",
            date(2024, 3, 3),
        ),
    ],
)
def test_a_clause_counted_from_its_sentences_time_is_its_own_event(
    text: str, clause: str, day: date
) -> None:
    (event,) = [e for e in events_in(text, THURSDAY) if e.primary.text.startswith(clause)]
    assert event.date.first == event.date.last == day
    assert text.endswith(event.primary.text)  # the clause runs on to the sentence's end


def test_a_where_clause_of_no_time_of_its_own_stays_in_its_sentence() -> None:
    text = "On Tuesday, inspectors visited the pharmacy where a crowd of teenagers rampaged."
    assert _pieces(text, THURSDAY) == [(False, text)]


def test_a_clause_cut_after_a_count_is_counted_back_from_the_main_happening() -> None:
    # Its only time, Sunday, is the injury's, told in a relative clause inside it: the
    # placing came one day before the move of Wednesday (ECB+ development, 25_11ecbplus).
    text = (
        "Pierre Thomas was placed on injured reserve on Wednesday because of his injured "
        "ankle. The Saints made that move only one day after placing leading rusher Chris "
        "Ivory on injured reserve because of a left foot injury that occurred during Sunday's "
        "regular season finale."
    )
    events = events_in(text, date(2011, 1, 6))
    (move,) = [e for e in events if e.primary.text.startswith("The Saints made")]
    assert move.date.first == date(2011, 1, 5)
    (placing,) = [e for e in events if e.primary.text.startswith("after placing")]
    assert placing.date.first == placing.date.last == date(2011, 1, 4)
    assert placing.date_basis is DateBasis.CONTEXT


def test_a_clause_cut_after_a_count_with_a_time_of_its_own_keeps_it() -> None:
    text = (
        "A judge ordered the discs destroyed three days after an arrest warrant was issued "
        "for him on June 10, 2005."
    )
    (warrant,) = [e for e in events_in(text, THURSDAY) if e.primary.text.startswith("after")]
    assert warrant.date.first == date(2005, 6, 10)


# A clause with no time of its own, cut right after a count that ends its sentence's main
# piece, is counted back from the time the sentence states before the count (ECB+
# development, 35_2ecb; a sports story's firing told "one day after" a loss).
@pytest.mark.parametrize(
    ("text", "published", "main", "clause", "first", "last"),
    [
        (
            "While none was as productive or possessed the upside of Jackson, Smith did last "
            "February release tackle Shane Olivea just two years after signing Olivea to a "
            "contract that guaranteed him $9 million.",
            date(2009, 2, 4),
            date(2008, 2, 1),
            "after signing Olivea",
            date(2006, 2, 1),
            date(2006, 2, 28),
        ),
        (
            "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the "
            "team continued its slide with a season-worst offensive effort.",
            date(2008, 12, 14),
            date(2008, 12, 13),
            "after the team continued its slide",
            date(2008, 12, 12),
            date(2008, 12, 12),
        ),
    ],
)
def test_a_clause_of_no_time_cut_after_a_count_is_counted_back_from_the_sentence_s_time(
    text: str, published: date, main: date, clause: str, first: date, last: date
) -> None:
    events = events_in(text, published)
    (head,) = [e for e in events if text.startswith(e.primary.text)]
    assert head.date.first == main
    (counted,) = [e for e in events if e.primary.text.startswith(clause)]
    assert (counted.date.first, counted.date.last) == (first, last)
    assert counted.date_text.endswith(" after")  # "two years after": the count's words


@pytest.mark.parametrize(
    "text",
    [
        # How long, not when: the storm is not three days before Monday.
        "The store stayed closed on Monday for three days after the storm hit the town.",
        # No time stated before the count: nothing to count from.
        "The club released the tackle just two years after signing him to a big contract.",
    ],
)
def test_a_count_of_how_long_or_from_no_stated_time_cuts_nothing(text: str) -> None:
    assert _pieces(text, THURSDAY) == [(False, text)]


@pytest.mark.parametrize(
    ("text", "main", "main_day", "clause", "clause_day"),
    [
        # Its verb an irregular past form, not one in "-ed": the shooting was two days before
        # the Monday night of the clashes.
        (
            "Hundreds of protesters clashed with police in Brooklyn on Monday night, two days "
            "after a teenager was shot dead by officers.",
            "Hundreds of protesters clashed",
            date(2024, 3, 4),
            "after a teenager was shot dead",
            date(2024, 3, 2),
        ),
        # A main clause left short by the cut is an event still, a day after the fall.
        (
            "Buckley died a day after Raite fell from a ridge on Sunday.",
            "Buckley died a day",
            date(2024, 3, 4),
            "after Raite fell from a ridge",
            date(2024, 3, 3),
        ),
    ],
)
def test_a_count_between_two_happenings_dates_both(
    text: str, main: str, main_day: date, clause: str, clause_day: date
) -> None:
    events = events_in(text, THURSDAY)
    (told,) = [e for e in events if e.primary.text.startswith(main)]
    (counted,) = [e for e in events if e.primary.text.startswith(clause)]
    assert told.date.first == told.date.last == main_day
    assert counted.date.first == counted.date.last == clause_day


def test_a_count_after_no_happening_cuts_no_clause() -> None:
    """After a count, a clause with only a copula tells no happening of its own: "two weeks
    after the minister was in Paris" stays in its sentence."""
    text = "The envoy flew home on Monday, two weeks after the minister was in Paris for talks."
    assert len(_pieces(text, THURSDAY)) == 1


@pytest.mark.parametrize(
    ("text", "main", "day"),
    [
        # The piece names its own day before the count: the count dates only a piece without.
        (
            "Shareholders approved the sale to a Japanese rival on Tuesday, six months after "
            "the deal was announced in December.",
            "Shareholders approved the sale",
            date(2024, 3, 5),
        ),
        (
            "The club sacked its manager on Monday, three weeks after he signed a new contract "
            "on February 2.",
            "The club sacked its manager",
            date(2024, 3, 4),
        ),
        # No day of its own: counted from the clause's date.
        (
            "The man was arrested three days after a warrant was issued on February 12.",
            "The man was arrested",
            date(2024, 2, 15),
        ),
    ],
)
def test_a_count_before_a_dated_clause_dates_only_a_piece_without_a_day(
    text: str, main: str, day: date
) -> None:
    (event,) = [e for e in events_in(text, THURSDAY) if e.primary.text.startswith(main)]
    assert event.date.first == event.date.last == day
