"""`reports_actors` answers again, without reading, the passage it was just asked: a clause's
story time asks it of the same passage in turn (its account, its run, its news day)."""

from __future__ import annotations

import pytest

import viewer.core.narrative_time as narrative_time
from viewer.core.narrative_time import reports_actors
from viewer.core.sentence_tense import told_in_past

_ACCOUNTS = [
    ("According to reports, the robbers escaped with around €60,000.", True),
    ("He shot Ortiz once in the head and fled, Peavy said.", True),
    ("According to reports, the company is in charge of the port.", False),
    ("Troops crossed the river at dawn and took the town.", False),
]


def test_a_passage_asked_in_turn_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []

    def counted(text: str) -> bool:
        reads.append(text)
        return told_in_past(text)

    monkeypatch.setattr(narrative_time, "told_in_past", counted)
    text = "According to police, the two suspects fled in a stolen van."
    assert reports_actors(text)
    assert reports_actors(text)
    assert reports_actors("".join(text))  # an equal text, another string
    assert len(reads) == 1


def test_the_answers_are_the_passages_own() -> None:
    for accounts in (_ACCOUNTS, _ACCOUNTS[::-1], [a for a in _ACCOUNTS for _ in range(2)]):
        assert [reports_actors(text) for text, _ in accounts] == [said for _, said in accounts]
