"""What did not happen, told in the perfect after a subject of more than a few words, or a
name with a hyphen or an appositive in it, is no happening: "No decision has been made" holds
for "Results of Williams' blood-alcohol test have not been released" too. A perfect's negation
after a clause opened before it is left alone. Real sentences of the ECB+ development
articles, each told past the lede."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.extract import extract_events
from viewer.core.model import Document, Span

LEDE = "A jury convicted the man of murder on Tuesday."

NOT_HAPPENED = [
    "Results of Williams' blood-alcohol test have not been released.",
    "The identities of the victims has not yet been released.",
    "Mr. Jackman, 40, has never been nominated for an Oscar but has artistic credibility, an "
    "important credential for the M.C. of the film awards show.",
    "T-Mobile has not released a specific launch date or pricing information.",
    "Despite leading the team in scoring, Brand has not yet lived up to expectations and the "
    "rest of the team also has struggled.",
]
LEFT_ALONE = [
    # The negation is in a clause opened after the happening told.
    "Another two people are also reported to have been killed, although it has not been "
    "stated where.",
]


def _events(sentence: str) -> list[str]:
    text = f"{LEDE}\n\n{sentence}"
    cut = len(LEDE)
    doc = Document(
        id="a.txt",
        path="a.txt",
        text=text,
        title="",
        body=[Span(0, cut), Span(cut + 2, len(text))],
        header=[],
        date=date(2013, 4, 10),
    )
    return [e.primary.text for e in extract_events(doc)]


@pytest.mark.parametrize("sentence", NOT_HAPPENED)
def test_what_did_not_happen_after_a_long_subject_is_no_event(sentence: str) -> None:
    assert _events(sentence) == [LEDE]


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_a_negation_in_another_clause_leaves_the_happening(sentence: str) -> None:
    assert _events(sentence) == [LEDE, sentence]
