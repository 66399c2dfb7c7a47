"""A phrase of time told with a noun ("after a huge fire at a Waitrose store in Banstead on
Friday night") ends at its time when the main verb, told of now, follows it with no comma
("have been allowed to return"): it is cut out with its time, and the main verb is left to the
main clause. A phrase with a verb of its own is a clause, read to its end. Real sentences of
the development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Span
from viewer.core.sentence_pieces import split_happenings
from viewer.core.temporal import tag


def _pieces(text: str, published: date) -> list[tuple[bool, str]]:
    pieces = split_happenings(text, Span(0, len(text)), tag(text, published))
    return [(p.side, text[p.span.start : p.span.end]) for p in pieces]


def test_the_phrase_ends_at_its_time_before_the_main_verb() -> None:
    text = (
        "Residents evacuated from their homes after a huge fire at a Waitrose store in Banstead "
        "on Friday night have been allowed to return to their homes."
    )
    assert _pieces(text, date(2013, 7, 22)) == [
        (False, "Residents evacuated from their homes"),
        (True, "after a huge fire at a Waitrose store in Banstead on Friday night"),
        (False, "have been allowed to return to their homes."),
    ]


def test_a_clause_with_its_own_verb_reads_on() -> None:
    text = (
        "They were initially sent to Banstead Baptist Church after the blaze broke out about "
        "8.40pm."
    )
    assert _pieces(text, date(2013, 7, 22))[-1] == (True, "after the blaze broke out about 8.40pm.")


def test_a_date_with_a_comma_does_not_keep_the_clause_whole() -> None:
    """The comma of "June 10, 2005" is the date's, not one that sets the clause off."""
    text = "A man who shot two police officers on June 10, 2005 was arrested Friday in Ohio."
    assert (True, "who shot two police officers on June 10, 2005") in _pieces(
        text, date(2005, 6, 17)
    )


# A relative clause with a verb of its own, no comma, ends at its time when the main clause's
# verb follows right after it (ECB+ development articles): the main happening keeps its verb
# and its own time, the clause its own.
@pytest.mark.parametrize(
    ("text", "published", "clause", "rest"),
    [
        (
            "The murder trial of a suspended female employee who allegedly shot and killed two "
            "co-workers two years ago starts Monday.",
            date(2012, 9, 10),
            "who allegedly shot and killed two co-workers two years ago",
            "starts Monday.",
        ),
        (
            "The woman who allegedly shot three co-workers — killing two– at the Kraft Plant "
            "Thursday night has been charged with murder, attempted murder, aggravated assault, "
            "burglary, and other related charges, says Philadelphia District Attorney Seth "
            "Williams.",
            date(2010, 9, 10),
            "who allegedly shot three co-workers — killing two– at the Kraft Plant Thursday night",
            "has been charged with murder, attempted murder, aggravated assault, burglary, and "
            "other related charges, says Philadelphia District Attorney Seth Williams.",
        ),
    ],
)
def test_a_relative_clause_ends_at_its_time_before_the_main_verb(
    text: str, published: date, clause: str, rest: str
) -> None:
    pieces = _pieces(text, published)
    assert (True, clause) in pieces
    assert pieces[-1] == (False, rest)


@pytest.mark.parametrize(
    "text",
    [
        # No verb of its own before the time: the clause reads on to its verb.
        "A man who on Tuesday was named chief executive resigned.",
        # A comma before the time: the main clause's verb came before it.
        "The actor, who also starred in the three “X-Men” movies and is an award-winning "
        "musical theater performer, has hosted Broadway's Tony awards three times and last "
        "month was named 2008's “sexiest man alive” by People magazine.",
    ],
)
def test_a_relative_clause_is_not_cut_before_a_verb_that_is_its_own(text: str) -> None:
    pieces = _pieces(text, date(2013, 8, 2))
    assert not any(side and text_.endswith(("Tuesday", "last month")) for side, text_ in pieces)


def test_the_main_happening_after_a_relative_clause_keeps_its_own_date() -> None:
    text = "A man who shot two police officers on Tuesday was arrested Friday in Ohio."
    events = {e.title: e.date.first for e in events_in(text, date(2012, 9, 16))}
    assert events == {
        "A man who shot two police officers": date(2012, 9, 11),
        "A man was arrested in Ohio": date(2012, 9, 14),
    }
