"""Swimlanes: the timeline grouped by source, by tag or by review status.

Each event sits in one lane: its first source's, its first tag's, its status's. The sources
or tags with the most events get a lane each and the rest share one, so that a corpus of
thousands of articles still gives a strip a person can read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from viewer.core.timeline import STATUSES, TimelineData

MAX_LANES = 8


class LaneKind(StrEnum):
    """What the strip is grouped by."""

    NONE = "none"
    SOURCE = "source"
    TAG = "tag"
    STATUS = "status"


@dataclass(frozen=True)
class Lanes:
    """Lane names top to bottom, and each row's lane."""

    kind: LaneKind
    names: list[str]
    of_row: npt.NDArray[np.int32]

    def __len__(self) -> int:
        return len(self.names)


def one_lane(data: TimelineData) -> Lanes:
    return Lanes(LaneKind.NONE, ["All events"], np.zeros(len(data), np.int32))


def assign_lanes(
    data: TimelineData,
    kind: LaneKind,
    source_label: Callable[[str], str] = str,
    max_lanes: int = MAX_LANES,
    shown: npt.NDArray[np.bool_] | None = None,
) -> Lanes:
    """Every row's lane for this grouping; source_label names a source by its document id.
    Sources and tags are ranked by the events `shown` first (a search's results), then by
    all their events: ranked by all alone, a search's results fell into "Other sources"."""
    if kind is LaneKind.SOURCE:
        names = [source_label(name) for name in data.source_names]
        by_source = _Codes(data.source, names, shown)
        return _by_code(kind, by_source, max_lanes, "Other sources", "No source")
    if kind is LaneKind.TAG:
        codes, names = _first_tags(data)
        return _by_code(kind, _Codes(codes, names, shown), max_lanes, "Other tags", "No tag")
    if kind is LaneKind.STATUS:
        present = sorted(set(np.unique(data.status).tolist()))
        lane_of = np.zeros(len(STATUSES), np.int32)
        for lane, code in enumerate(present):
            lane_of[code] = lane
        names = [STATUSES[code].value.capitalize() for code in present]
        return Lanes(kind, names or ["All events"], lane_of[data.status])
    return one_lane(data)


def lanes_with_events(lanes: Lanes, shown: npt.NDArray[np.bool_]) -> Lanes:
    """Only the lanes that hold an event `shown` lets through: under a search, lanes by source
    were mostly empty bands of the sources it hid ("Judge sentences Orozco… (0)"), pushing
    the lane with the results out of sight. With nothing shown, every lane stays."""
    used = np.unique(lanes.of_row[shown])
    if lanes.kind is LaneKind.NONE or len(used) in (0, len(lanes)):
        return lanes
    renumbered = np.zeros(len(lanes), np.int32)
    renumbered[used] = np.arange(len(used), dtype=np.int32)
    return Lanes(lanes.kind, [lanes.names[i] for i in used], renumbered[lanes.of_row])


def _first_tags(data: TimelineData) -> tuple[npt.NDArray[np.int32], list[str]]:
    names: dict[str, int] = {}
    codes = np.full(len(data), -1, np.int32)
    for row, tags in enumerate(data.tags):
        if tags:
            codes[row] = names.setdefault(tags[0], len(names))
    return codes, list(names)


@dataclass(frozen=True)
class _Codes:
    """Each row's code (-1 for none), the codes' names, and the rows shown (None: all)."""

    of_row: npt.NDArray[np.int32]
    names: list[str]
    shown: npt.NDArray[np.bool_] | None


def _by_code(kind: LaneKind, codes: _Codes, max_lanes: int, other: str, missing: str) -> Lanes:
    """Lanes for the most frequent codes, by how many events shown each has, then by how many
    in all (then by name); the rest share a lane, and rows with no code (-1) have one of their
    own, last."""
    names = codes.names
    valid = codes.of_row >= 0
    counts = _counted(codes.of_row, valid, len(names))
    in_view = (
        counts if codes.shown is None else _counted(codes.of_row, valid & codes.shown, len(names))
    )
    used = [c for c in range(len(names)) if counts[c] > 0]
    used.sort(key=lambda c: (-int(in_view[c]), -int(counts[c]), names[c].lower()))
    crowded = len(used) > max_lanes
    kept = used[: max_lanes - 1] if crowded else used
    lane_of = np.full(len(names) + 1, -1, np.int32)
    for lane, code in enumerate(kept):
        lane_of[code] = lane
    lane_names = [names[c] for c in kept]
    if crowded:
        rest = np.flatnonzero(lane_of[: len(names)] == -1)
        lane_of[rest] = len(lane_names)
        lane_names.append(other)
    of_row = lane_of[np.where(valid, codes.of_row, len(names))]
    if (of_row < 0).any():
        of_row[of_row < 0] = len(lane_names)
        lane_names.append(missing)
    return Lanes(kind, lane_names or ["All events"], of_row.astype(np.int32))


def _counted(
    codes: npt.NDArray[np.int32], rows: npt.NDArray[np.bool_], n: int
) -> npt.NDArray[np.int64]:
    """How many of the rows picked have each code."""
    return np.bincount(codes[rows], minlength=n) if n else np.zeros(0, np.int64)
