"""Where a clause cut out of its sentence for a time of its own ends: not at the comma of a
list it began, when what follows holds no verb of its own (`sentence_pieces._list_end`);
and a "when" clause hung on a "since" date is cut with it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from tests.core.test_happenings_of_other_times import _pieces
from viewer.core import happenings


@pytest.mark.parametrize(
    ("text", "published", "clause"),
    [
        (
            "Turnover rose to $41.2 million in the quarter, compared with year-earlier sales of "
            "$38.5 million, or 95 cents a share.",
            date(1989, 10, 27),
            "compared with year-earlier sales of $38.5 million, or 95 cents a share.",
        ),
        (
            "The riots broke out overnight, when youths with petrol bombs attacked a town hall "
            "on Saturday, two shops and a bank.",
            date(2013, 3, 11),
            "when youths with petrol bombs attacked a town hall on Saturday, two shops and a bank.",
        ),
    ],
)
def test_a_list_ending_after_a_side_clause_s_comma_stays_in_the_clause(
    text: str, published: date, clause: str
) -> None:
    """The end of a list the clause began is no piece of its own."""
    assert (True, clause) in _pieces(text, published)


def test_a_teller_after_the_comma_is_not_a_list_s_end() -> None:
    text = (
        "The talks collapsed on Friday, after the unions rejected the offer on Tuesday, a "
        "spokesman said."
    )
    assert (True, "after the unions rejected the offer on Tuesday") in _pieces(
        text, date(2013, 3, 11)
    )


def test_a_when_clause_hung_on_a_since_date_is_of_that_date() -> None:
    """The clause holds the sentence's only happening, of 1999: cut out with its date, not
    left in a sentence whose "since" time dates nothing (it was put on the publication day)."""
    text = (
        "Australians voted on Saturday against the proposal.\n\n"
        "The referendum was the first since 1999, when voters rejected a proposal to become a "
        "republic."
    )
    events = events_in(text, date(2023, 10, 15))
    (rejected,) = [e for e in events if "voters rejected" in e.primary.text]
    assert rejected.date.first == date(1999, 1, 1)
    assert rejected.primary.text.startswith("since 1999, when voters rejected")


@pytest.mark.parametrize(
    ("clause", "bound"),
    [
        ("Prices fell in March. They have risen since then, to a record on Friday.", True),
        ("The team won in 2019. After that, on Monday, the coach left.", True),
        ("He scored after that NCAA Tournament game in 1999.", False),
        # A record's bound: "the hottest since records began in 1850".
        ("Last year was the hottest since records began in 1850.", True),
        ("It was the wettest month since record-keeping began.", True),
    ],
)
def test_since_then_is_a_bound_wherever_the_clause_stands(clause: str, bound: bool) -> None:
    """The rule is asked at the clause's opener, anywhere in the article's text."""
    at = next(clause.find(w) for w in ("since", "After", "after") if w in clause)  # the opener
    assert (happenings._SINCE_ONLY.match(clause, at) is not None) is bound
