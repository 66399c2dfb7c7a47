"""TimelineData: chronological order, lookups, range queries and density."""

from __future__ import annotations

from datetime import date

import numpy as np

from viewer.core.annotations import Anchor, Annotation, Status
from viewer.core.model import DateBasis, DateValue, Event, Passage, Precision
from viewer.core.timeline import STATUS_CODE, TimelineData


def make_event(eid: str, value: DateValue, *docs: str) -> Event:
    passages = [Passage(d, 0, 4, f"text {eid}") for d in docs or ("a.txt",)]
    return Event(eid, value, "", DateBasis.EXPLICIT, f"title {eid}", passages)


def build(events: list[Event], annotations: dict[str, Annotation] | None = None) -> TimelineData:
    return TimelineData.from_events(events, annotations or {})


D = date(2022, 3, 7)
EVENTS = [
    make_event("z", DateValue.day(D)),
    make_event("b", DateValue.month_of(D), "a.txt", "b.txt"),
    make_event("a", DateValue.day(D)),
    make_event("c", DateValue.day(date(2022, 1, 1)), "b.txt"),
    make_event("y", DateValue.year_of(D)),
]


def test_rows_are_sorted_by_first_then_the_longer_span_then_id() -> None:
    data = build(EVENTS)
    # A year sorts before the day it starts with, as the whole before its parts; the month of
    # 7 March before the days of 7 March.
    assert data.ids == ["y", "c", "b", "a", "z"]
    assert len(data) == 5
    assert list(data.first) == sorted(data.first)


def test_columns_follow_their_rows() -> None:
    ann = Annotation("b", Anchor("a.txt", 0, 4, "text"), note="check", tags=("nato",))
    data = build(EVENTS, {"b": ann.with_(status=Status.DISPUTED, starred=True)})
    row = data.index_of("b")
    assert data.titles[row] == "title b"
    assert data.precision[row] == list(Precision).index(Precision.MONTH)
    assert data.status[row] == STATUS_CODE[Status.DISPUTED]
    assert data.starred[row] and data.has_note[row]
    assert data.source_count[row] == 2
    assert data.tags[row] == ("nato",)
    assert data.source_names[data.source[row]] == "a.txt"
    assert data.date_of(row) == DateValue.month_of(D)


def test_the_users_date_and_title_are_the_columns_date_and_title() -> None:
    corrected = DateValue.day(date(2021, 5, 4))
    ann = Annotation("b", Anchor("a.txt", 0, 4, "text"), title="Their own", date=corrected)
    data = build(EVENTS, {"b": ann})
    row = data.index_of("b")
    assert data.titles[row] == "Their own"
    assert data.date_of(row) == corrected
    assert data.ids[0] == "b"  # sorted by the date the user sees
    assert data.edited[row]


def test_index_of_unknown_is_minus_one() -> None:
    assert build(EVENTS).index_of("nope") == -1


def test_range_indices_finds_overlapping_intervals() -> None:
    data = build(EVENTS)
    got = [data.ids[i] for i in data.range_indices(D.toordinal(), D.toordinal())]
    assert got == ["y", "b", "a", "z"]  # the year and month overlap the day
    jan = [data.ids[i] for i in data.range_indices(date(2022, 1, 1).toordinal(), 738160)]
    assert jan == ["y", "c"]
    assert len(data.range_indices(date(2023, 1, 1).toordinal(), 800000)) == 0


def test_range_indices_matches_a_naive_scan() -> None:
    rng = np.random.default_rng(1)
    first = rng.integers(0, 1000, 2000)
    last = first + rng.choice([0, 0, 0, 6, 30, 365], 2000)
    data = TimelineData.from_arrays(first, last)
    for lo, hi in [(0, 10), (500, 520), (990, 2000), (-5, -1)]:
        naive = [i for i in range(len(data)) if data.last[i] >= lo and data.first[i] <= hi]
        assert list(data.range_indices(lo, hi)) == naive


def test_density_counts_each_event_once() -> None:
    data = TimelineData.from_arrays([0, 1, 2, 5, 9, 9], [0, 1, 2, 5, 9, 9])
    assert list(data.density(0, 10, 5)) == [2, 1, 1, 0, 2]
    assert int(data.density(0, 10, 7).sum()) == 6
    mask = np.array([True, False, True, True, True, False])
    assert list(data.density(0, 10, 5, mask)) == [1, 1, 1, 0, 1]
    assert list(data.density(0, 10, 0)) == []


def test_update_annotation_in_place_and_refuses_a_moved_date() -> None:
    data = build(EVENTS)
    ann = Annotation("a", Anchor("a.txt", 0, 4, "text"), tags=("x",), starred=True)
    assert data.update_annotation(ann, title="New")
    row = data.index_of("a")
    assert data.starred[row] and data.tags[row] == ("x",) and data.titles[row] == "New"
    assert data.tag_pairs()[0] == ["x"]
    moved = ann.with_(date=DateValue.day(date(2020, 1, 1)))
    assert not data.update_annotation(moved)


def test_empty_data() -> None:
    data = TimelineData.empty()
    assert len(data) == 0
    assert len(data.range_indices(0, 10**6)) == 0
    assert data.density(0, 10, 3).sum() == 0
