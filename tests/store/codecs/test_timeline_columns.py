"""The timeline's columns survive being kept as bytes, and damaged bytes are refused."""

from __future__ import annotations

import numpy as np

from viewer.core.timeline import TimelineData
from viewer.store.codecs.timeline_columns import from_bytes, to_bytes


def _columns() -> TimelineData:
    return TimelineData.from_arrays(
        [738_000, 737_990, 738_100],
        [738_006, 737_990, 738_100],
        precision=[2, 0, 0],
        status=[1, 0, 3],
        starred=[True, False, False],
        has_note=[False, True, False],
        source_count=[2, 1, 1],
        ids=["eb", "ea", "ec"],
        titles=["Troops sent", "Summit opens", "Ships «return»"],
        source=[0, 1, 0],
        source_names=["001.md", "004.html"],
        tags=[("nato",), (), ("navy", "spain")],
        doc_pairs=([0, 0, 1, 2], [0, 1, 1, 0]),
    )


def test_every_column_reads_back() -> None:
    before = _columns()
    after = from_bytes(to_bytes(before))
    assert after is not None
    assert after.ids == before.ids and after.titles == before.titles
    assert after.source_names == before.source_names and after.tags == before.tags
    for name in ("first", "last", "precision", "status", "starred", "has_note", "source_count"):
        assert np.array_equal(getattr(after, name), getattr(before, name)), name
        assert getattr(after, name).dtype == getattr(before, name).dtype, name
    assert np.array_equal(after.doc_event, before.doc_event)
    assert np.array_equal(after.last_cummax, before.last_cummax)
    assert after.index_of("ec") == before.index_of("ec")


def test_damaged_bytes_are_refused() -> None:
    good = to_bytes(_columns())
    assert from_bytes(b"nonsense") is None
    assert from_bytes(good[: len(good) // 2]) is None


def test_the_ranking_columns_read_back() -> None:
    before = TimelineData.from_arrays(
        [738_000, 737_990],
        [738_000, 737_990],
        ids=["eb", "ea"],
        basis=[0, 2],
        cues=[3, 0],
        confidence=[0.25, np.nan],
        edited=[True, False],
    )
    after = from_bytes(to_bytes(before))
    assert after is not None
    for name in ("basis", "cues", "edited"):
        assert np.array_equal(getattr(after, name), getattr(before, name)), name
    assert np.allclose(after.confidence, before.confidence, equal_nan=True)
