"""Answers given again, without reading, for a passage asked again: joining an article's events
asks `is_statement` of each passage again (its answers for the last passages are kept), a
clause's story time asks `reports_actors` of one passage in turn (its account, its run, its news
day), and joining events asks `closing_tag` for the words told twice and for the tag alone."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

import viewer.core.narrative_time as narrative_time
import viewer.core.statement_cues as statement_cues
import viewer.core.told_twice as told_twice
from viewer.core.narrative_time import reports_actors
from viewer.core.statement_cues import is_statement
from viewer.core.told_twice import closing_tag

# Each question: its module, the reading it does once, the question, a passage with its answer,
# and passages with their answers asked in several orders.
QUESTIONS: list[tuple[ModuleType, str, Callable[[str], Any], str, Any, list[tuple[str, Any]]]] = [
    (
        statement_cues,
        "words_of",
        is_statement,
        "The council, officials said late on Thursday, closed the old bridge to traffic.",
        True,
        [
            ("The board approved the sale, the company said on Monday.", True),
            ("According to the report, prices rose.", True),
            ("Troops crossed the river at dawn and took the town.", False),
            ("He was released on bond on Friday.", False),
            ("US employers added 142,000 jobs in May.", False),
            ("“We will not retreat,” the minister told reporters.", True),
        ],
    ),
    (
        narrative_time,
        "told_in_past",
        reports_actors,
        "According to police, the two suspects fled in a stolen van.",
        True,
        [
            ("According to reports, the robbers escaped with around €60,000.", True),
            ("He shot Ortiz once in the head and fled, Peavy said.", True),
            ("According to reports, the company is in charge of the port.", False),
            ("Troops crossed the river at dawn and took the town.", False),
        ],
    ),
    (
        told_twice,
        "words_of",
        closing_tag,
        "Two men were charged with the robbery, police said on Friday.",
        37,
        [
            ("The men were arrested in Leeds, police said.", 30),
            ("The men were arrested in Leeds, a town in the north of England.", -1),
            ("Prices rose, the ministry said on Monday.", 11),
            ("No comma closes this passage.", -1),
        ],
    ),
]
IDS = [asked.__name__ for _, _, asked, _, _, _ in QUESTIONS]


@pytest.mark.python_only
@pytest.mark.parametrize(("module", "reading", "asked", "text", "answer", "_"), QUESTIONS, ids=IDS)
def test_a_passage_asked_again_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
    module: ModuleType,
    reading: str,
    asked: Callable[[str], Any],
    text: str,
    answer: Any,
    _: list[tuple[str, Any]],
) -> None:
    reads: list[str] = []
    read = getattr(module, reading)

    def counted(arg: str) -> Any:
        reads.append(arg)
        return read(arg)

    monkeypatch.setattr(module, reading, counted)
    assert asked(text) == answer
    assert asked(text) == answer
    assert asked("".join(text)) == answer  # an equal text, another string
    assert len(reads) == 1


@pytest.mark.parametrize(("_m", "_r", "asked", "_t", "_a", "passages"), QUESTIONS, ids=IDS)
def test_the_answers_are_the_passages_own_in_any_order(
    _m: ModuleType,
    _r: str,
    asked: Callable[[str], Any],
    _t: str,
    _a: Any,
    passages: list[tuple[str, Any]],
) -> None:
    twice = [p for p in passages for _ in range(2)]
    for order in (passages, passages[::-1], passages * 3, twice):
        assert [asked(text) for text, _ in order] == [answer for _, answer in order]


def test_more_passages_than_are_kept_still_answer() -> None:
    texts = [f"The firm hired {n} workers in the spring." for n in range(1200)]
    assert not any(is_statement(text) for text in texts)
    assert is_statement("Its chief said the firm hired 1,200 workers.")
