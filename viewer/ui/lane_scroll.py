"""Which lane the strip is scrolled to, kept at the top when the lanes change: a search that
leaves fewer lanes, or sources coming in while a folder loads."""

from __future__ import annotations

from viewer.core.strip_layout import StripLayouter, View


def lane_at_top(layouter: StripLayouter | None, view: View, offset: int) -> str:
    """The name of the lane at the top of the strip scrolled down by offset pixels."""
    if layouter is None:
        return ""
    bands = layouter.bands(view)
    return next((b.name for b in reversed(bands) if b.top - bands[0].top <= offset), "")


def offset_of_lane(layouter: StripLayouter, view: View, name: str) -> int:
    """The scroll that puts a lane at the top of the strip; 0 (the top) when it is gone."""
    bands = layouter.bands(view)
    return next((round(b.top - bands[0].top) for b in bands if b.name == name), 0)
