"""A phrase of time told with a noun ("after a huge fire at a Waitrose store in Banstead on
Friday night") ends at its time when the main verb, told of now, follows it with no comma
("have been allowed to return"): it is cut out with its time, and the main verb is left to the
main clause. A phrase with a verb of its own is a clause, read to its end. Real sentences of
the development articles."""

from __future__ import annotations

from datetime import date

from viewer.core.happenings import split_happenings
from viewer.core.model import Span
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
