"""How the strip shows a project's events, kept per project: key events or all, and lanes."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.importance import KEY_THRESHOLD
from viewer.core.lanes import LaneKind


@dataclass(frozen=True)
class TimelineDisplay:
    """Cards for key events only or for all, the importance a key event needs (0–1), and
    what the strip's lanes group by."""

    key_only: bool = False
    threshold: float = KEY_THRESHOLD
    lanes: LaneKind = LaneKind.NONE


@dataclass(frozen=True)
class ListOrder:
    """How the event list is sorted, kept per project: by which column (its name: "DATE",
    "SURE" …), which way round, and, for the Sure column, whether by the date's confidence."""

    column: str = "DATE"
    descending: bool = False
    of_date: bool = False
