"""A judgement says whether its passage is a statement, read from the words the judge read
already: the same answer `is_statement` gives for the passage on one line."""

from __future__ import annotations

from datetime import date

import pytest

from bench.synthetic_corpus import seed_texts
from tests.core.articles import events_in
from viewer.core.event_selection import judge
from viewer.core.model import Span
from viewer.core.sentences import split_sentences
from viewer.core.statement_cues import is_statement

_MADE_UP = [
    "“We will not retreat,” the minister told reporters on Monday.",
    "The board, according to two people briefed on it, approved the sale.",
    "The mayor's office announced a curfew after the storm.",
    "Officials stressed that the plant's reactors were safe.",
    "Troops crossed the river at dawn and took the town.",
    "Is this the end of the war?",
    "He said so.",
    "“The war is over,” he replied from the bridge.",
    "According to the report, prices rose.",
]


def _passages() -> list[str]:
    passages = list(_MADE_UP)
    for _, text in seed_texts():
        body = [Span(0, len(text))]
        passages += [" ".join(text[s.start : s.end].split()) for s in split_sentences(text, body)]
    return passages


@pytest.mark.parametrize("dated", [False, True])
def test_a_judgement_tells_a_statement_as_is_statement_does(dated: bool) -> None:
    passages = _passages()
    told = 0
    for text in passages:
        judged = judge(text, dated)
        if judged.statement is not None:
            assert judged.statement == is_statement(text), text
            told += 1
    assert told > len(passages) // 2  # most passages are read in full
    assert any(is_statement(text) for text in passages)
    assert not all(is_statement(text) for text in passages)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("he was booked into county jail and later released on bond.", False),
        ("Smith was released from prison in 2006.", False),
        ("The team released a statement on Monday.", True),
        ("Police released the names of the victims.", True),
    ],
)
def test_a_person_released_is_set_free_not_a_statement(text: str, statement: bool) -> None:
    assert is_statement(text) is statement


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("US employers added 142,000 jobs in May", False),
        ("The index added about 2% on the week.", False),
        ("Singler added six rebounds for Duke.", True),  # a count in words: not told apart
        ("He added that the talks would resume on Monday.", True),
        ("“We are ready,” she added.", True),
    ],
)
def test_an_amount_added_is_gained_not_said(text: str, statement: bool) -> None:
    assert is_statement(text) is statement
    assert judge(text, True).statement is statement


def test_figures_after_an_amount_added_are_of_its_period() -> None:
    """Not a statement, the jobs figure sets the period its report's figures are of."""
    text = (
        "US employers added 142,000 jobs in May, the Labor Department said Friday. "
        "Average hourly earnings rose 0.3%."
    )
    events = events_in(text, date(2026, 6, 5))
    (earnings,) = [e for e in events if e.primary.text.startswith("Average hourly")]
    assert earnings.date.first == date(2026, 5, 1)
