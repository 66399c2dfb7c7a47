"""`closing_tag` answers again, without reading, the passage it was just asked: joining an
article's events asks it of each passage in turn, for its words told twice and for its tag
alone."""

from __future__ import annotations

import pytest

import viewer.core.told_twice as told_twice
from viewer.core.cue_words import words_of
from viewer.core.told_twice import closing_tag

_TAGS = [
    ("The men were arrested in Leeds, police said.", 30),
    ("The men were arrested in Leeds, a town in the north of England.", -1),
    ("Prices rose, the ministry said on Monday.", 11),
    ("No comma closes this passage.", -1),
]


def test_a_passage_asked_in_turn_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []

    def counted(low: str) -> list[str]:
        reads.append(low)
        return words_of(low)

    monkeypatch.setattr(told_twice, "words_of", counted)
    text = "Two men were charged with the robbery, police said on Friday."
    assert closing_tag(text) == 37
    assert closing_tag(text) == 37
    assert closing_tag("".join(text)) == 37  # an equal text, another string
    assert len(reads) == 1


def test_the_answers_are_the_passages_own() -> None:
    for tags in (_TAGS, _TAGS[::-1], [t for t in _TAGS for _ in range(2)]):
        assert [closing_tag(text) for text, _ in tags] == [at for _, at in tags]
