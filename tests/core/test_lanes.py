"""Lanes by source, tag and status: one lane per event, the busiest sources or tags first."""

from __future__ import annotations

import numpy as np

from viewer.core.lanes import LaneKind, assign_lanes, lanes_with_events
from viewer.core.timeline import TimelineData

DAY = 738_000


def data(n: int, source: list[int], tags: list[tuple[str, ...]], status: list[int]) -> TimelineData:
    return TimelineData.from_arrays(
        [DAY] * n,
        [DAY] * n,
        ids=[f"e{i}" for i in range(n)],
        source=source,
        source_names=[f"s{k}.txt" for k in range(max(source) + 1)],
        tags=tags,
        status=status,
    )


def test_lanes_by_source_are_named_and_ordered_by_how_many_events() -> None:
    d = data(6, [2, 2, 2, 0, 0, 1], [()] * 6, [0] * 6)
    lanes = assign_lanes(d, LaneKind.SOURCE, lambda doc: doc.upper())
    assert lanes.names == ["S2.TXT", "S0.TXT", "S1.TXT"]
    assert [lanes.names[lane] for lane in lanes.of_row] == [
        f"S{s}.TXT" for s in np.asarray(d.source).tolist()
    ]


def test_many_sources_share_an_other_lane() -> None:
    n = 40
    d = data(n, [k % 20 for k in range(n)], [()] * n, [0] * n)
    lanes = assign_lanes(d, LaneKind.SOURCE, max_lanes=5)
    assert len(lanes) == 5 and lanes.names[-1] == "Other sources"
    assert int(np.count_nonzero(lanes.of_row == 4)) == n - 4 * 2


def test_lanes_by_tag_keep_untagged_events_in_a_lane_of_their_own() -> None:
    d = data(4, [0] * 4, [("nato", "army"), (), ("army",), ("nato",)], [0] * 4)
    lanes = assign_lanes(d, LaneKind.TAG)
    assert lanes.names == ["nato", "army", "No tag"]
    assert [lanes.names[k] for k in lanes.of_row] == ["nato", "No tag", "army", "nato"]


def test_lanes_by_status_and_no_lanes() -> None:
    d = data(3, [0] * 3, [()] * 3, [1, 0, 1])
    assert assign_lanes(d, LaneKind.STATUS).names == ["Unreviewed", "Confirmed"]
    none = assign_lanes(d, LaneKind.NONE)
    assert len(none) == 1 and not none.of_row.any()


def test_under_a_search_lanes_are_ranked_by_the_events_shown() -> None:
    """Sources s0..s9 have 10..1 events; a search finds only s9's and s8's. Ranked by their
    totals, both fell into "Other sources"; they lead now, and every row keeps one lane."""
    source = [k for k in range(10) for _ in range(10 - k)]
    n = len(source)
    d = data(n, source, [()] * n, [0] * n)
    shown = np.isin(np.asarray(d.source), [8, 9])
    lanes = lanes_with_events(assign_lanes(d, LaneKind.SOURCE, max_lanes=5, shown=shown), shown)
    assert lanes.names == ["s8.txt", "s9.txt"]
    assert {lanes.names[k] for k in lanes.of_row[shown]} == {"s8.txt", "s9.txt"}
    everything = assign_lanes(d, LaneKind.SOURCE, max_lanes=5)
    assert everything.names == ["s0.txt", "s1.txt", "s2.txt", "s3.txt", "Other sources"]
