"""`is_statement` keeps its answers for the last passages asked: the steps that join an
article's events ask it again of each passage, and the words are read once."""

from __future__ import annotations

import pytest

import viewer.core.statement_cues as statement_cues
from viewer.core.cue_words import words_of
from viewer.core.statement_cues import is_statement

_PASSAGES = [
    ("The board approved the sale, the company said on Monday.", True),
    ("According to the report, prices rose.", True),
    ("Troops crossed the river at dawn and took the town.", False),
    ("He was released on bond on Friday.", False),
    ("US employers added 142,000 jobs in May.", False),
    ("“We will not retreat,” the minister told reporters.", True),
]


def test_a_passage_asked_again_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []

    def counted(low: str) -> list[str]:
        reads.append(low)
        return words_of(low)

    monkeypatch.setattr(statement_cues, "words_of", counted)
    text = "The council, officials said late on Thursday, closed the old bridge to traffic."
    assert is_statement(text)
    assert is_statement(text)
    assert is_statement("".join(text))  # an equal text, another string
    assert len(reads) == 1


def test_answers_kept_are_the_answers_in_any_order() -> None:
    for passages in (_PASSAGES, _PASSAGES[::-1], _PASSAGES * 3):
        assert [is_statement(text) for text, _ in passages] == [said for _, said in passages]


def test_more_passages_than_are_kept_still_answer() -> None:
    texts = [f"The firm hired {n} workers in the spring." for n in range(1200)]
    assert not any(is_statement(text) for text in texts)
    assert is_statement("Its chief said the firm hired 1,200 workers.")
