"""The event model: copies that can be regrouped without touching the original."""

from __future__ import annotations

import dataclasses
from datetime import date

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
