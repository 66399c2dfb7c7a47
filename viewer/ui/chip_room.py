"""Room for a cluster chip's label: a chip whose label is wider than the chip laid out takes
the free room around it, up to halfway to its neighbours in the lane, so that "30 Oct –
5 Nov 1985" is not cut where there is room to say it whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChipPlace:
    """A chip as laid out: its lane, left edge and width, and the width its label wants."""

    lane: int
    x: float
    w: float
    wanted: float


def widened(
    chips: Sequence[ChipPlace], left: float, right: float, gap: float
) -> list[tuple[float, float]]:
    """The left edge and width of each chip, in order: at least as wide as laid out and
    covering where it was laid out, never reaching past halfway to a neighbour (less half a
    gap) nor out of left–right."""
    order = sorted(range(len(chips)), key=lambda i: (chips[i].lane, chips[i].x))
    spans = [(0.0, 0.0)] * len(chips)
    for k, i in enumerate(order):
        chip = chips[i]
        before = chips[order[k - 1]] if k and chips[order[k - 1]].lane == chip.lane else None
        after = chips[order[k + 1]] if k + 1 < len(order) else None
        after = after if after is not None and after.lane == chip.lane else None
        lo = left if before is None else (before.x + before.w + chip.x + gap) / 2
        hi = right if after is None else (chip.x + chip.w + after.x - gap) / 2
        lo, hi = min(lo, chip.x), max(hi, chip.x + chip.w)
        w = max(chip.w, min(chip.wanted, hi - lo))
        x = min(max(chip.x + chip.w / 2 - w / 2, lo), hi - w)
        spans[i] = (x, w)
    return spans
