"""The event model: copies that can be regrouped without touching the original."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from viewer.core.model import DateBasis, DateValue, Dating, Event, Passage, Precision


def _event() -> Event:
    day = DateValue(date(2022, 3, 7), date(2022, 3, 7), Precision.DAY)
    return Event(
        "e1",
        day,
        "Monday",
        DateBasis.RELATIVE,
        "troops sent",
        [Passage("001", 0, 12, "Troops sent."), Passage("004", 5, 17, "Troops went.")],
        merge_reason="shares troops",
        date_conflict="sources disagree",
        dating=[Dating(day, DateBasis.RELATIVE, "Monday")],
    )


def test_a_copy_keeps_every_field() -> None:
    original = _event()
    assert dataclasses.asdict(original.copy()) == dataclasses.asdict(original)


def test_changing_a_copys_passages_leaves_the_original_alone() -> None:
    original = _event()
    copy = original.copy()
    copy.remove_passage(1)
    copy.add_passage(Passage("002", 1, 4, "Yes"), copy.dating_of(0))
    assert [p.document_id for p in original.passages] == ["001", "004"]
    assert len(original.dating) == 1


def test_a_passage_of_a_document_reads_its_part_of_the_text() -> None:
    text = "Header line.\nTroops sent. More text follows here."
    passage = Passage.of("001", text, 13, 25)
    assert passage.text == "Troops sent."
    assert passage == Passage("001", 13, 25, "Troops sent.")
    assert hash(passage) == hash(Passage("001", 13, 25, "Troops sent."))
    assert passage != Passage("001", 13, 25, "Troops went.")


def test_a_passage_goes_to_another_process_without_its_whole_document() -> None:
    text = "x" * 100_000 + "Troops sent."
    passage = Passage.of("001", text, 100_000, len(text))
    sent = pickle.dumps(passage)
    assert len(sent) < 200
    assert pickle.loads(sent) == passage


def test_a_passage_cannot_be_changed() -> None:
    passage = Passage("001", 0, 12, "Troops sent.")
    with pytest.raises(AttributeError):
        passage.start = 3  # type: ignore[misc]
    assert passage.start == 0


def test_a_passage_kept_without_its_text_gets_it_once_its_document_is_read() -> None:
    text = "Header line.\nTroops sent. More text follows here."
    passage = Passage.unread("001", 13, 25)
    assert passage.text == ""
    passage.read_in(text)
    assert passage.text == "Troops sent."
    with pytest.raises(ValueError):
        passage.read_in("Another text altogether, from some other file.")
    assert passage.text == "Troops sent."
